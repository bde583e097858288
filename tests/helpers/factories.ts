// Test data factories: each builds the rows it needs on top of the seeded catalogue.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { addDays, dayWib, wibInstant } from "@/lib/time";

export async function anyService(db: Db, slug = "ktp-el-baru") {
  return db.service.findUniqueOrThrow({ where: { slug }, select: { id: true, counterId: true, slug: true } });
}

let slotSeq = 0;

/** A slot on a future day (unique per call) with the given online capacity. */
export async function makeSlot(db: Db, opts: { capacity: number; booked?: number; slug?: string }) {
  const service = await anyService(db, opts.slug);
  const day = addDays(dayWib(new Date()), 1 + (slotSeq % 300));
  const minute = 8 * 60 + 30 * (Math.floor(slotSeq / 300) % 14);
  slotSeq++;
  const startsAt = wibInstant(day, minute);
  return db.slot.create({
    data: {
      scopeKey: `${service.counterId}:${crypto.randomUUID()}`,
      counterId: service.counterId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      dayWib: day,
      capacity: opts.capacity,
      booked: opts.booked ?? 0,
    },
  });
}

export function bookingData(
  slot: { id: string; counterId: string; startsAt: Date; dayWib: string },
  serviceId: string,
  overrides: Partial<{ code: string; nikHash: string; activeKey: string | null }> = {},
) {
  const nikHash = overrides.nikHash ?? crypto.randomBytes(16).toString("hex");
  return {
    code: overrides.code ?? crypto.randomBytes(4).toString("hex").toUpperCase(),
    serviceId,
    counterId: slot.counterId,
    slotId: slot.id,
    startsAt: slot.startsAt,
    dayWib: slot.dayWib,
    nikHash,
    nikEncrypted: "test-encrypted",
    nikMasked: "3375********0001",
    name: "Warga Uji",
    phoneEncrypted: "test-encrypted",
    phoneHash: crypto.randomBytes(8).toString("hex"),
    phoneMasked: "0812****7890",
    outsideCity: false,
    activeKey: overrides.activeKey === undefined ? `${nikHash}:${serviceId}:${slot.dayWib}` : overrides.activeKey,
    consentAt: new Date(),
    consentVersion: "test",
  };
}
