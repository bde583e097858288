// Visit fixtures for statistics tests: a Visit row as the queue writes it (WIB day and hour from
// the check-in instant, wait and service seconds) plus the DailyVisitCount increment of an
// arrival (transfers are not arrivals) and the statistics rollups of the visit, its wait and its
// service time (lib/stats/rollup.ts). Bookings and applications with known statuses.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { countService, countVisit, countWait } from "@/lib/stats/rollup";
import { dayWib, hourWib } from "@/lib/time";

const queueNumbers = new Map<string, number>();

export type VisitFixture = {
  counterId: string;
  serviceId: string;
  source?: "BOOKING" | "WALK_IN";
  checkedInAt: Date;
  waitSeconds?: number | null;
  serviceSeconds?: number | null;
  status?: "WAITING" | "CALLED" | "SERVING" | "DONE" | "NO_SHOW" | "TRANSFERRED";
  kelurahanCode?: string | null;
  outsideCity?: boolean;
  transferredFrom?: string | null;
  bookingId?: string | null;
};

export async function makeVisit(db: Db, v: VisitFixture): Promise<string> {
  const day = dayWib(v.checkedInAt);
  const key = `${v.counterId}:${day}`;
  const queueNumber = (queueNumbers.get(key) ?? 0) + 1;
  queueNumbers.set(key, queueNumber);
  const source = v.source ?? "WALK_IN";
  const wait = v.waitSeconds ?? null;
  const service = v.serviceSeconds ?? null;
  const calledAt = wait === null ? null : new Date(v.checkedInAt.getTime() + wait * 1000);
  const finishedAt = calledAt && service !== null ? new Date(calledAt.getTime() + service * 1000) : null;
  const visit = await db.visit.create({
    data: {
      counterId: v.counterId,
      serviceId: v.serviceId,
      bookingId: v.bookingId ?? null,
      source,
      dayWib: day,
      hourWib: hourWib(v.checkedInAt),
      queueNumber,
      status: v.status ?? "DONE",
      name: "Warga Uji",
      kelurahanCode: v.kelurahanCode ?? null,
      outsideCity: v.outsideCity ?? false,
      checkedInAt: v.checkedInAt,
      calledAt,
      serviceStartedAt: service === null ? null : calledAt,
      finishedAt,
      waitSeconds: wait,
      serviceSeconds: service,
      transferredFrom: v.transferredFrom ?? null,
    },
    select: { id: true },
  });
  if (!v.transferredFrom) {
    await db.dailyVisitCount.upsert({
      where: { dayWib_counterId_serviceId_source: { dayWib: day, counterId: v.counterId, serviceId: v.serviceId, source } },
      create: { dayWib: day, counterId: v.counterId, serviceId: v.serviceId, source, count: 1 },
      update: { count: { increment: 1 } },
    });
  }
  const stat = { counterId: v.counterId, dayWib: day, serviceId: v.serviceId };
  await countVisit(db, {
    ...stat,
    hourWib: hourWib(v.checkedInAt),
    kelurahanCode: v.kelurahanCode ?? null,
    outsideCity: v.outsideCity ?? false,
    transferred: Boolean(v.transferredFrom),
  });
  if (wait !== null) await countWait(db, stat, wait);
  if (service !== null) await countService(db, stat, service);
  return visit.id;
}

/** A booking on `day` (WIB) with its own slot at 08:00 WIB. */
export async function makeBooking(
  db: Db,
  b: { counterId: string; serviceId: string; day: string; status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW"; kelurahanCode?: string },
): Promise<string> {
  const startsAt = new Date(`${b.day}T01:00:00Z`);
  const tag = crypto.randomBytes(6).toString("hex");
  const slot = await db.slot.create({
    data: {
      scopeKey: `test:${tag}`,
      counterId: b.counterId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      dayWib: b.day,
      capacity: 10,
      booked: 1,
    },
    select: { id: true },
  });
  const booking = await db.booking.create({
    data: {
      code: tag.toUpperCase(),
      serviceId: b.serviceId,
      counterId: b.counterId,
      slotId: slot.id,
      startsAt,
      dayWib: b.day,
      nikHash: tag,
      nikEncrypted: "x",
      nikMasked: "3375********0001",
      name: "Warga Uji",
      phoneEncrypted: "x",
      phoneHash: tag,
      phoneMasked: "0812****7890",
      kelurahanCode: b.kelurahanCode ?? null,
      status: b.status,
      consentAt: new Date(),
      consentVersion: "test",
    },
    select: { id: true },
  });
  return booking.id;
}

export async function makeApplication(
  db: Db,
  a: {
    counterId: string;
    serviceId: string;
    receivedDay: string;
    dueDay: string;
    status: "DITERIMA" | "VERIFIKASI_BERKAS" | "PERLU_PERBAIKAN" | "DIPROSES" | "SELESAI" | "DITOLAK";
    completedAt?: Date;
  },
): Promise<void> {
  const tag = crypto.randomBytes(6).toString("hex");
  await db.application.create({
    data: {
      code: `APP-${tag}`,
      serviceId: a.serviceId,
      counterId: a.counterId,
      applicantName: "Warga Uji",
      nikHash: tag,
      nikEncrypted: "x",
      nikMasked: "3375********0001",
      status: a.status,
      receivedDayWib: a.receivedDay,
      dueDayWib: a.dueDay,
      completedAt: a.completedAt ?? null,
      completedDayWib: a.completedAt ? dayWib(a.completedAt) : null,
    },
  });
}
