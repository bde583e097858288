import "server-only";
// Service-area rules (e.g. the Dinas Kesehatan JKN counter serves only residents of Kecamatan
// Pekalongan Selatan and Pekalongan Barat): shared by online booking and walk-in registration.
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { bookingFieldMessage } from "./validation";

export interface Domicile {
  /** Kelurahan of domicile (Kemendagri code), or outsideCity. */
  kelurahanCode?: string | null;
  outsideCity?: boolean;
}

/**
 * Refuses a domicile the service does not serve at the MPP. VALIDATION (kelurahanCode) for an
 * unknown kelurahan; OUT_OF_AREA with the alternative office in `details` (alternativeName,
 * alternativeAddress, alternativePhone, reason) when the service-area rule excludes it.
 */
export async function assertServiceArea(client: Db, serviceId: string, domicile: Domicile): Promise<void> {
  const [kel, areaRule] = await Promise.all([
    domicile.kelurahanCode
      ? client.kelurahan.findUnique({ where: { code: domicile.kelurahanCode }, select: { kecamatanCode: true } })
      : Promise.resolve(null),
    client.serviceAreaRule.findUnique({
      where: { serviceId },
      select: {
        allowOutsideCity: true,
        reason: true,
        alternativeName: true,
        alternativeAddress: true,
        alternativePhone: true,
        kecamatan: { select: { kecamatanCode: true } },
      },
    }),
  ]);
  let kecamatanCode: string | null = null;
  if (domicile.kelurahanCode) {
    if (!kel) {
      throw new AppError("VALIDATION", {
        message: "Unknown kelurahan",
        fieldErrors: { kelurahanCode: [bookingFieldMessage("kelurahanUnknown")] },
      });
    }
    kecamatanCode = kel.kecamatanCode;
  }
  if (!areaRule) return;
  const served = domicile.outsideCity
    ? areaRule.allowOutsideCity
    : areaRule.kecamatan.some((k) => k.kecamatanCode === kecamatanCode);
  if (!served) {
    throw new AppError("OUT_OF_AREA", {
      message: "Domicile outside the service area",
      details: {
        alternativeName: areaRule.alternativeName,
        alternativeAddress: areaRule.alternativeAddress,
        alternativePhone: areaRule.alternativePhone,
        reason: areaRule.reason,
      },
    });
  }
}
