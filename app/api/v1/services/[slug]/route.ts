import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { apiHours, counterUrl, serviceUrl, type ApiServiceDetail } from "@/lib/api/openapi";
import { jsonOk, parseParams, slugSchema, withErrors } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { getService, type ServiceDetail } from "@/lib/catalogue/queries";
import { toWibIso } from "@/lib/time";

// Reads the route param.
export const dynamic = "force-dynamic";

const Params = z.object({ slug: slugSchema });

function toApi(s: ServiceDetail): ApiServiceDetail {
  return {
    slug: s.slug,
    name: s.name,
    nameEn: s.nameEn,
    summary: s.summary,
    category: { slug: s.category.slug, name: s.category.name, nameEn: s.category.nameEn },
    agency: {
      slug: s.agency.slug,
      name: s.agency.name,
      shortName: s.agency.shortName,
      kind: s.agency.kind,
      address: s.agencyAddress,
    },
    counterNumber: s.counterNumber,
    cost: {
      amount: s.costAmount,
      text: s.costText,
      free: s.costAmount === 0 && !s.costText,
      legalBasis: s.costLegalBasis,
    },
    durationText: s.durationText,
    durationDays: s.durationDays,
    averageServiceMinutes: s.averageServiceMinutes,
    onlineBooking: s.onlineBooking,
    url: serviceUrl(s.slug),
    product: s.product,
    legalBasis: s.legalBasis,
    complaintChannel: s.complaintChannel,
    requirements: s.requirements.map((r) => ({ position: r.position, text: r.text, note: r.note, optional: r.optional })),
    steps: s.steps,
    counter: {
      number: s.counter.number,
      floor: s.counter.floor,
      name: s.counter.name,
      url: counterUrl(s.counter.number),
      hours: apiHours(s.counter.hours),
      today: { day: s.counter.today.day, open: s.counter.today.open, closure: s.counter.today.closure },
    },
    areaRule: s.areaRule
      ? {
          reason: s.areaRule.reason,
          kecamatan: s.areaRule.kecamatan.map((k) => ({ code: k.code, name: k.name })),
          allowOutsideCity: s.areaRule.allowOutsideCity,
          alternativeName: s.areaRule.alternativeName,
          alternativeAddress: s.areaRule.alternativeAddress,
          alternativePhone: s.areaRule.alternativePhone,
        }
      : null,
    updatedAt: toWibIso(s.updatedAt),
  };
}

/** GET /api/v1/services/{slug}: the complete standar pelayanan of one service. */
export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(Params, ctx.params);
  await requirePermission("catalogue:read");
  const service = await getService(slug);
  if (!service) throw new AppError("NOT_FOUND", { message: `No active service "${slug}"` });
  return jsonOk(toApi(service), { cache: "catalogue" });
});
