import "server-only";
// Front desk and counter queue: check-in of bookings, walk-ins, the per-gerai queue of the day
// and its actions (call next, recall, skip, start, finish, transfer), the no-show sweep.
//
// Semantics (the officials' dashboard and applications build on them):
// - A Visit row is one arrival at one gerai. Checking in a booking creates a Visit (source
//   BOOKING) and sets the booking CHECKED_IN; a walk-in creates a Visit (source WALK_IN). Both
//   add one to DailyVisitCount(dayWib, counterId, serviceId, source) in the same transaction.
// - The statistics rollups (lib/stats/rollup.ts) count every new visit (transfers received
//   included), its first call's wait and its service time in the transaction that writes them.
// - Queue numbers come from QueueCounter (one sequence per gerai per day, shared by bookings and
//   walk-ins), taken with a guarded increment inside the transaction that writes the visit.
// - A transfer closes the visit as TRANSFERRED and opens a new WAITING visit at the target gerai
//   (transferredFrom = the old visit) with a new number; it is NOT counted again.
// - waitSeconds = first call - check-in (a recall keeps the first call); serviceSeconds =
//   finish - start of service. Skip = NO_SHOW of a called visitor who did not come.
// - A booking not checked in by slot start + grace (lib/queue/order.ts) becomes NO_SHOW
//   (sweepNoShows, run lazily by every read of the day and from cron: scripts/sweep-no-shows.ts);
//   a late visitor is still checked in, flagged late, and loses the booked priority.
//
// Every function takes the acting staff member first and checks the gerai scope itself
// (officers act only on their own gerai); every change writes its audit row in its transaction.
import { assertCounterAccess, counterScope, type Actor } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/log";
import { db as defaultDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db-client";
import { env } from "@/lib/env";
import { AppError, prismaCode, uniqueViolationFields } from "@/lib/errors";
import { hashPii } from "@/lib/pii";
import { dayWib, hourWib, toWibIso } from "@/lib/time";
import { TX_OPTIONS, withRetries } from "@/lib/tx";
import { assertServiceArea } from "@/lib/bookings/area";
import { normalizeBookingCode } from "@/lib/bookings/code";
import { maskNik } from "@/lib/bookings/nik";
import { makeBookingInputSchema } from "@/lib/bookings/validation";
import { fieldErrorsOf } from "@/lib/api/respond";
import { z } from "zod";
import { hasPriority, isLate, orderWaiting } from "./order";
import { countService, countVisit, countWait } from "@/lib/stats/rollup";
import { sweepNoShowsOn } from "./sweep";
import {
  WALK_IN_CONSENT_VERSION,
  type CounterRef,
  type QueueContext,
  type QueueView,
  type VisitStatus,
  type VisitView,
  type WalkInInput,
} from "./types";

export { GRACE_MINUTES } from "./order";

const nowOf = (ctx?: QueueContext) => ctx?.now ?? new Date();
const SECOND = 1000;

// ---------------------------------------------------------------------------------------------
// Rows and views
// ---------------------------------------------------------------------------------------------

const counterSelect = { id: true, number: true, floor: true, name: true } as const;

const visitSelect = {
  id: true,
  queueNumber: true,
  source: true,
  status: true,
  dayWib: true,
  name: true,
  nikMasked: true,
  outsideCity: true,
  checkedInAt: true,
  calledAt: true,
  serviceStartedAt: true,
  finishedAt: true,
  waitSeconds: true,
  serviceSeconds: true,
  transferredFrom: true,
  bookingId: true,
  counter: { select: counterSelect },
  service: { select: { id: true, slug: true, name: true, nameEn: true } },
  kelurahan: { select: { name: true } },
  booking: { select: { code: true, startsAt: true } },
} as const;

interface VisitRow {
  id: string;
  queueNumber: number;
  source: "BOOKING" | "WALK_IN";
  status: VisitStatus;
  dayWib: string;
  name: string;
  nikMasked: string | null;
  outsideCity: boolean;
  checkedInAt: Date;
  calledAt: Date | null;
  serviceStartedAt: Date | null;
  finishedAt: Date | null;
  waitSeconds: number | null;
  serviceSeconds: number | null;
  transferredFrom: string | null;
  bookingId: string | null;
  counter: CounterRef;
  service: { id: string; slug: string; name: string; nameEn: string };
  kelurahan: { name: string } | null;
  booking: { code: string; startsAt: Date } | null;
}

/** "07-012": gerai 7, number 12. */
export function ticketLabel(counterNumber: number, queueNumber: number): string {
  return `${String(counterNumber).padStart(2, "0")}-${String(queueNumber).padStart(3, "0")}`;
}

const iso = (d: Date | null) => (d ? toWibIso(d) : null);

function entryOf(row: VisitRow) {
  return { source: row.source, queueNumber: row.queueNumber, checkedInAt: row.checkedInAt, slotStart: row.booking?.startsAt ?? null };
}

function toView(row: VisitRow, now: Date): VisitView {
  const slotStart = row.booking?.startsAt ?? null;
  return {
    id: row.id,
    counter: row.counter,
    queueNumber: row.queueNumber,
    ticket: ticketLabel(row.counter.number, row.queueNumber),
    source: row.source,
    status: row.status,
    dayWib: row.dayWib,
    name: row.name,
    nikMasked: row.nikMasked,
    service: row.service,
    kelurahanName: row.kelurahan?.name ?? null,
    outsideCity: row.outsideCity,
    checkedInAt: toWibIso(row.checkedInAt),
    calledAt: iso(row.calledAt),
    serviceStartedAt: iso(row.serviceStartedAt),
    finishedAt: iso(row.finishedAt),
    waitSeconds: row.waitSeconds,
    serviceSeconds: row.serviceSeconds,
    bookingCode: row.booking?.code ?? null,
    slotStart: iso(slotStart),
    late: slotStart !== null && isLate(slotStart, row.checkedInAt),
    priority: row.status === "WAITING" && hasPriority(entryOf(row), now),
    transferredFrom: row.transferredFrom,
  };
}

async function visitById(client: Db | Tx, id: string): Promise<VisitRow> {
  return client.visit.findUniqueOrThrow({ where: { id }, select: visitSelect });
}

// ---------------------------------------------------------------------------------------------
// Counters inside transactions
// ---------------------------------------------------------------------------------------------

/**
 * The next queue number of gerai `counterId` on `day`: a guarded increment of its QueueCounter
 * row (created on the first arrival of the day). Two concurrent first arrivals both try to
 * create the row: one fails with P2002 and its whole transaction is retried (isRetryable).
 */
async function nextQueueNumber(tx: Tx, counterId: string, day: string): Promise<number> {
  const bumped = await tx.queueCounter.updateMany({
    where: { counterId, dayWib: day },
    data: { lastNumber: { increment: 1 } },
  });
  if (bumped.count === 0) {
    await tx.queueCounter.create({ data: { counterId, dayWib: day, lastNumber: 1 }, select: { lastNumber: true } });
    return 1;
  }
  const row = await tx.queueCounter.findUniqueOrThrow({
    where: { counterId_dayWib: { counterId, dayWib: day } },
    select: { lastNumber: true },
  });
  return row.lastNumber;
}

/** One more arrival in DailyVisitCount (same creation race as nextQueueNumber). */
async function countArrival(tx: Tx, key: { dayWib: string; counterId: string; serviceId: string; source: "BOOKING" | "WALK_IN" }): Promise<void> {
  const bumped = await tx.dailyVisitCount.updateMany({ where: key, data: { count: { increment: 1 } } });
  if (bumped.count === 0) await tx.dailyVisitCount.create({ data: { ...key, count: 1 }, select: { count: true } });
}

/** A raced first insert (QueueCounter, DailyVisitCount) or a deadlock/write conflict. */
function isRetryable(e: unknown): boolean {
  const code = prismaCode(e);
  if (code === "P2034") return true;
  if (code !== "P2002") return false;
  const fields = uniqueViolationFields(e) ?? [];
  // QueueCounter/DailyVisitCount primary keys, and a queue number taken meanwhile.
  return fields.includes("dayWib") || fields.includes("queueNumber") || fields.length === 0;
}

function changedMeanwhile(): AppError {
  return new AppError("CONFLICT", { message: "Visit changed meanwhile", messageKey: "staffQueue.errors.changed" });
}

/** Marks overdue bookings NO_SHOW (lib/queue/sweep.ts), on the portal's database by default. */
export async function sweepNoShows(now: Date = new Date(), client: Db = defaultDb): Promise<number> {
  return sweepNoShowsOn(client, now);
}

// ---------------------------------------------------------------------------------------------
// Front desk: check-in and walk-ins
// ---------------------------------------------------------------------------------------------

export interface CheckInResult {
  visit: VisitView;
  booking: { code: string; start: string; nikMasked: string; name: string };
}

const bookingForCheckIn = {
  id: true,
  code: true,
  status: true,
  dayWib: true,
  startsAt: true,
  name: true,
  nikHash: true,
  nikMasked: true,
  kelurahanCode: true,
  outsideCity: true,
  serviceId: true,
  counterId: true,
  visit: { select: { id: true, queueNumber: true, counter: { select: { number: true } } } },
} as const;

/**
 * Checks in the booking with `rawCode` (typed or scanned; case, spaces and dashes ignored) and
 * gives its queue number. Refusals (nothing written): VALIDATION (not a code), NOT_FOUND,
 * CONFLICT cancelled / another day / already checked in (details.ticket: its number). A check-in
 * after slot start + grace is accepted (also of a booking the sweep marked NO_SHOW) and flagged late.
 */
export async function checkInBooking(actor: Actor, rawCode: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<CheckInResult> {
  const now = nowOf(ctx);
  const today = dayWib(now);
  const code = typeof rawCode === "string" ? normalizeBookingCode(rawCode.slice(0, 200).replace(/^.*\/tiket\//, "")) : null;
  if (!code) {
    throw new AppError("VALIDATION", {
      message: "Not a booking code",
      fieldErrors: { code: ["frontDesk.errors.codeInvalid"] },
      messageKey: "frontDesk.errors.codeInvalid",
    });
  }
  await sweepNoShows(now, client);
  const b = await client.booking.findUnique({ where: { code }, select: bookingForCheckIn });
  if (!b) throw new AppError("NOT_FOUND", { message: "Unknown booking code", messageKey: "frontDesk.errors.unknownCode", messageValues: { code } });
  assertCounterAccess(actor, b.counterId);
  if (b.visit || b.status === "CHECKED_IN" || b.status === "COMPLETED") {
    const ticket = b.visit ? ticketLabel(b.visit.counter.number, b.visit.queueNumber) : "-";
    throw new AppError("CONFLICT", {
      message: "Already checked in",
      messageKey: "frontDesk.errors.alreadyCheckedIn",
      messageValues: { ticket },
      details: { ticket, visitId: b.visit?.id ?? null },
    });
  }
  if (b.status === "CANCELLED") {
    throw new AppError("CONFLICT", { message: "Booking cancelled", messageKey: "frontDesk.errors.cancelled", messageValues: { code } });
  }
  if (b.dayWib !== today) {
    throw new AppError("CONFLICT", {
      message: "Booking for another day",
      messageKey: "frontDesk.errors.otherDay",
      messageValues: { day: b.dayWib },
      details: { day: b.dayWib },
    });
  }
  const late = isLate(b.startsAt, now);
  try {
    const visitId = await withRetries(
      () =>
        client.$transaction(async (tx) => {
          const changed = await tx.booking.updateMany({
            where: { id: b.id, status: { in: ["BOOKED", "NO_SHOW"] } },
            data: { status: "CHECKED_IN", checkedInAt: now },
          });
          if (changed.count !== 1) throw alreadyCheckedIn();
          const queueNumber = await nextQueueNumber(tx, b.counterId, today);
          const visit = await tx.visit.create({
            data: {
              counterId: b.counterId,
              serviceId: b.serviceId,
              bookingId: b.id,
              source: "BOOKING",
              dayWib: today,
              hourWib: hourWib(now),
              queueNumber,
              status: "WAITING",
              name: b.name,
              nikHash: b.nikHash,
              nikMasked: b.nikMasked,
              kelurahanCode: b.kelurahanCode,
              outsideCity: b.outsideCity,
              checkedInAt: now,
            },
            select: { id: true },
          });
          await countArrival(tx, { dayWib: today, counterId: b.counterId, serviceId: b.serviceId, source: "BOOKING" });
          await countVisit(tx, {
            counterId: b.counterId,
            dayWib: today,
            serviceId: b.serviceId,
            hourWib: hourWib(now),
            kelurahanCode: b.kelurahanCode,
            outsideCity: b.outsideCity,
            transferred: false,
          });
          await writeAudit(tx, {
            actor,
            action: "checkin.booking",
            entityType: "Visit",
            entityId: visit.id,
            ip: ctx.ip ?? null,
            at: now,
            details: {
              code: b.code,
              queueNumber,
              start: toWibIso(b.startsAt),
              late,
              wasNoShow: b.status === "NO_SHOW",
              nik: b.nikMasked,
            },
          });
          return visit.id;
        }, TX_OPTIONS),
      isRetryable,
    );
    const visit = toView(await visitById(client, visitId), now);
    return { visit, booking: { code: b.code, start: toWibIso(b.startsAt), nikMasked: b.nikMasked, name: b.name } };
  } catch (e) {
    // Checked in twice at once: the unique bookingId of Visit refuses the second.
    if (prismaCode(e) === "P2002" && (uniqueViolationFields(e) ?? []).includes("bookingId")) throw alreadyCheckedIn();
    throw e;
  }
}

function alreadyCheckedIn(): AppError {
  return new AppError("CONFLICT", { message: "Already checked in", messageKey: "frontDesk.errors.alreadyCheckedIn", messageValues: { ticket: "-" } });
}

/** The walk-in form's schema: the booking rules for NIK, name and domicile, plus the service. */
function walkInSchema(now: Date) {
  const shape = makeBookingInputSchema(() => now).shape;
  return z.object({
    serviceId: z.string().min(1).max(40),
    nik: shape.nik,
    name: shape.name,
    kelurahanCode: shape.kelurahanCode,
    outsideCity: shape.outsideCity,
    consent: shape.consent,
  });
}

/** Exactly one of kelurahan and "outside the city" (checked with the other fields, so all errors show at once). */
function domicileError(input: WalkInInput): string | null {
  if (input.kelurahanCode && input.outsideCity) return "bookingErrors.domicileBoth";
  if (!input.kelurahanCode && !input.outsideCity) return "bookingErrors.domicileRequired";
  return null;
}

/**
 * Registers a walk-in at the gerai of the chosen service and gives a queue number. Refusals
 * (nothing written): VALIDATION (field errors), NOT_FOUND (service), OUT_OF_AREA (details: the
 * alternative office, as for bookings). The NIK is kept only as keyed hash and masked form.
 */
export async function registerWalkIn(actor: Actor, input: WalkInInput, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const today = dayWib(now);
  const parsed = walkInSchema(now).safeParse(input, { reportInput: true });
  const domicile = domicileError(input);
  if (!parsed.success || domicile) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
    if (fieldErrors.serviceId) fieldErrors.serviceId = ["frontDesk.errors.serviceRequired"];
    if (domicile) fieldErrors.kelurahanCode = [...(fieldErrors.kelurahanCode ?? []), domicile];
    throw new AppError("VALIDATION", { fieldErrors });
  }
  const v = parsed.data;
  const service = await client.service.findFirst({
    where: { id: v.serviceId, isActive: true, counter: { isActive: true } },
    select: { id: true, slug: true, counterId: true },
  });
  if (!service) {
    throw new AppError("VALIDATION", { message: "Unknown service", fieldErrors: { serviceId: ["frontDesk.errors.serviceRequired"] } });
  }
  assertCounterAccess(actor, service.counterId);
  await assertServiceArea(client, service.id, { kelurahanCode: v.kelurahanCode, outsideCity: v.outsideCity });
  const nikHash = hashPii(env().piiKey, v.nik, "nik");
  const nikMasked = maskNik(v.nik);
  const visitId = await withRetries(
    () =>
      client.$transaction(async (tx) => {
        const queueNumber = await nextQueueNumber(tx, service.counterId, today);
        const visit = await tx.visit.create({
          data: {
            counterId: service.counterId,
            serviceId: service.id,
            source: "WALK_IN",
            dayWib: today,
            hourWib: hourWib(now),
            queueNumber,
            status: "WAITING",
            name: v.name,
            nikHash,
            nikMasked,
            kelurahanCode: v.kelurahanCode ?? null,
            outsideCity: v.outsideCity === true,
            checkedInAt: now,
          },
          select: { id: true },
        });
        await countArrival(tx, { dayWib: today, counterId: service.counterId, serviceId: service.id, source: "WALK_IN" });
        await countVisit(tx, {
          counterId: service.counterId,
          dayWib: today,
          serviceId: service.id,
          hourWib: hourWib(now),
          kelurahanCode: v.kelurahanCode ?? null,
          outsideCity: v.outsideCity === true,
          transferred: false,
        });
        await writeAudit(tx, {
          actor,
          action: "walkin.register",
          entityType: "Visit",
          entityId: visit.id,
          ip: ctx.ip ?? null,
          at: now,
          details: { service: service.slug, queueNumber, nik: nikMasked, consentVersion: WALK_IN_CONSENT_VERSION },
        });
        return visit.id;
      }, TX_OPTIONS),
    isRetryable,
  );
  return toView(await visitById(client, visitId), now);
}

/** Today's arrivals at the gerai the actor may see, latest first (the front desk's list). */
export async function listArrivals(actor: Actor, ctx: QueueContext = {}, client: Db = defaultDb, limit = 200): Promise<VisitView[]> {
  const now = nowOf(ctx);
  await sweepNoShows(now, client);
  const rows = await client.visit.findMany({
    where: { dayWib: dayWib(now), ...counterScope(actor) },
    orderBy: [{ checkedInAt: "desc" }, { id: "asc" }],
    take: limit,
    select: visitSelect,
  });
  return rows.map((r) => toView(r, now));
}

/** One visit (today's or not) the actor may see; NOT_FOUND otherwise (also for another gerai). */
export async function getVisit(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const row = typeof visitId === "string" && visitId.length <= 40
    ? await client.visit.findFirst({ where: { id: visitId, ...counterScope(actor) }, select: visitSelect })
    : null;
  if (!row) throw new AppError("NOT_FOUND", { message: "No such visit" });
  return toView(row, nowOf(ctx));
}

// ---------------------------------------------------------------------------------------------
// Catalogue pickers
// ---------------------------------------------------------------------------------------------

export interface CounterServices extends CounterRef {
  services: { id: string; name: string; nameEn: string }[];
}

/** Active gerai with their active services (walk-in and transfer pickers). */
export async function servicesByCounter(client: Db = defaultDb): Promise<CounterServices[]> {
  return client.counter.findMany({
    where: { isActive: true },
    orderBy: { number: "asc" },
    select: {
      ...counterSelect,
      services: { where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true } },
    },
  });
}

/** The gerai whose queue the actor may read: an officer's own, everyone's for other roles. */
export async function countersForActor(actor: Actor, client: Db = defaultDb): Promise<CounterRef[]> {
  return client.counter.findMany({
    where: { isActive: true, ...(actor.role === "OFFICER" ? { id: { in: actor.counterIds } } : {}) },
    orderBy: { number: "asc" },
    select: counterSelect,
  });
}

// ---------------------------------------------------------------------------------------------
// The queue of one gerai
// ---------------------------------------------------------------------------------------------

async function counterByNumber(actor: Actor, counterNumber: number, client: Db): Promise<CounterRef> {
  const counter = Number.isInteger(counterNumber)
    ? await client.counter.findUnique({ where: { number: counterNumber }, select: counterSelect })
    : null;
  if (!counter) throw new AppError("NOT_FOUND", { message: "No such gerai" });
  assertCounterAccess(actor, counter.id);
  return counter;
}

/** Gerai `counterNumber` if the actor may read its queue: NOT_FOUND (no such gerai) or FORBIDDEN. */
export async function queueCounter(actor: Actor, counterNumber: number, client: Db = defaultDb): Promise<CounterRef> {
  return counterByNumber(actor, counterNumber, client);
}

/** Today's queue of gerai `counterNumber`: FORBIDDEN for an officer of another gerai. */
export async function getQueue(actor: Actor, counterNumber: number, ctx: QueueContext = {}, client: Db = defaultDb): Promise<QueueView> {
  const now = nowOf(ctx);
  const counter = await counterByNumber(actor, counterNumber, client);
  await sweepNoShows(now, client);
  const day = dayWib(now);
  const rows = await client.visit.findMany({ where: { counterId: counter.id, dayWib: day }, select: visitSelect });
  const by = (s: VisitStatus) => rows.filter((r) => r.status === s);
  const finished = rows
    .filter((r) => r.status === "DONE" || r.status === "NO_SHOW" || r.status === "TRANSFERRED")
    .sort((a, b) => (b.finishedAt?.getTime() ?? 0) - (a.finishedAt?.getTime() ?? 0));
  const byCall = (a: VisitRow, b: VisitRow) => (a.calledAt?.getTime() ?? 0) - (b.calledAt?.getTime() ?? 0);
  return {
    counter,
    dayWib: day,
    waiting: orderWaiting(by("WAITING").map((r) => ({ ...entryOf(r), row: r })), now).map((e) => toView(e.row, now)),
    called: by("CALLED").sort(byCall).map((r) => toView(r, now)),
    serving: by("SERVING").sort(byCall).map((r) => toView(r, now)),
    finished: finished.map((r) => toView(r, now)),
  };
}

type QueueAction = "call" | "recall" | "skip" | "start" | "finish";

/** A visit for a queue action: must exist, be the actor's gerai's, and be of today. */
async function visitForAction(actor: Actor, visitId: string, now: Date, client: Db): Promise<VisitRow> {
  const row = typeof visitId === "string" && visitId.length <= 40
    ? await client.visit.findUnique({ where: { id: visitId }, select: visitSelect })
    : null;
  if (!row) throw new AppError("NOT_FOUND", { message: "No such visit" });
  assertCounterAccess(actor, row.counter.id);
  if (row.dayWib !== dayWib(now)) {
    throw new AppError("CONFLICT", { message: "Visit of another day", messageKey: "staffQueue.errors.otherDay" });
  }
  return row;
}

/**
 * Moves the visit from `from` to the new state with `data`, audited; CONFLICT if it moved
 * meanwhile. `count` adds the change to the statistics rollups in the same transaction.
 */
async function transition(
  actor: Actor,
  row: VisitRow,
  action: QueueAction,
  from: VisitStatus[],
  data: Record<string, unknown>,
  ctx: QueueContext,
  now: Date,
  client: Db,
  bookingStatus?: "COMPLETED" | "NO_SHOW",
  count?: (tx: Tx) => Promise<void>,
): Promise<VisitView> {
  await withRetries(
    () =>
      client.$transaction(async (tx) => {
        const changed = await tx.visit.updateMany({ where: { id: row.id, status: { in: from } }, data });
        if (changed.count !== 1) throw changedMeanwhile();
        if (count) await count(tx);
        if (bookingStatus && row.bookingId) {
          await tx.booking.updateMany({ where: { id: row.bookingId, status: "CHECKED_IN" }, data: { status: bookingStatus } });
        }
        await writeAudit(tx, {
          actor,
          action: `queue.${action}`,
          entityType: "Visit",
          entityId: row.id,
          ip: ctx.ip ?? null,
          at: now,
          details: {
            ticket: ticketLabel(row.counter.number, row.queueNumber),
            from: row.status,
            ...Object.fromEntries(Object.entries(data).filter(([k]) => k === "status" || k.endsWith("Seconds"))),
          },
        });
      }, TX_OPTIONS),
    (e) => prismaCode(e) === "P2034",
  );
  return toView(await visitById(client, row.id), now);
}

/** The visit's row in DailyServiceStat. */
const statKey = (row: VisitRow) => ({ counterId: row.counter.id, dayWib: row.dayWib, serviceId: row.service.id });

const secondsBetween = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / SECOND));

/**
 * Calls the first visitor in serving order at gerai `counterNumber`. CONFLICT (staffQueue.errors.empty)
 * when nobody is waiting. Two officers calling at once get two different visitors.
 */
export async function callNext(actor: Actor, counterNumber: number, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  for (let attempt = 0; attempt < 5; attempt++) {
    const queue = await getQueue(actor, counterNumber, ctx, client);
    const next = queue.waiting[0];
    if (!next) throw new AppError("CONFLICT", { message: "Nobody waiting", messageKey: "staffQueue.errors.empty" });
    try {
      return await callVisit(actor, next.id, { ...ctx, now }, client);
    } catch (e) {
      // Another officer called this one first: take the next.
      if (e instanceof AppError && e.messageKey === "staffQueue.errors.changed") continue;
      throw e;
    }
  }
  throw changedMeanwhile();
}

/** Calls one waiting visitor (out of order, e.g. someone who needs help first). */
export async function callVisit(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const row = await visitForAction(actor, visitId, now, client);
  if (row.status !== "WAITING") throw changedMeanwhile();
  const waitSeconds = secondsBetween(row.checkedInAt, now);
  return transition(actor, row, "call", ["WAITING"], {
    status: "CALLED",
    calledAt: now,
    waitSeconds,
    handledById: actor.userId,
  }, ctx, now, client, undefined, (tx) => countWait(tx, statKey(row), waitSeconds));
}

/** Calls a called visitor again (the first call time and wait stay). */
export async function recallVisit(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const row = await visitForAction(actor, visitId, now, client);
  if (row.status !== "CALLED") throw changedMeanwhile();
  return transition(actor, row, "recall", ["CALLED"], { handledById: actor.userId }, ctx, now, client);
}

/** A called visitor who does not come: NO_SHOW (their booking too). */
export async function skipVisit(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const row = await visitForAction(actor, visitId, now, client);
  if (row.status !== "CALLED") throw changedMeanwhile();
  return transition(actor, row, "skip", ["CALLED"], { status: "NO_SHOW", finishedAt: now, handledById: actor.userId }, ctx, now, client, "NO_SHOW");
}

/** The called visitor has come to the desk: service starts. */
export async function startService(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const row = await visitForAction(actor, visitId, now, client);
  if (row.status !== "CALLED") throw changedMeanwhile();
  return transition(actor, row, "start", ["CALLED"], { status: "SERVING", serviceStartedAt: now, handledById: actor.userId }, ctx, now, client);
}

/** Service finished: DONE with the time served (the booking becomes COMPLETED). */
export async function finishService(actor: Actor, visitId: string, ctx: QueueContext = {}, client: Db = defaultDb): Promise<VisitView> {
  const now = nowOf(ctx);
  const row = await visitForAction(actor, visitId, now, client);
  if (row.status !== "SERVING" || !row.serviceStartedAt) throw changedMeanwhile();
  const serviceSeconds = secondsBetween(row.serviceStartedAt, now);
  return transition(actor, row, "finish", ["SERVING"], {
    status: "DONE",
    finishedAt: now,
    serviceSeconds,
    handledById: actor.userId,
  }, ctx, now, client, "COMPLETED", (tx) => countService(tx, statKey(row), serviceSeconds));
}

/**
 * Sends a visitor (waiting, called or being served) to another gerai, for the service
 * `targetServiceId` there: the visit becomes TRANSFERRED and a new WAITING visit is opened at
 * the target gerai with its next number (not counted again in DailyVisitCount). Returns the new visit.
 */
export async function transferVisit(
  actor: Actor,
  visitId: string,
  targetServiceId: string,
  ctx: QueueContext = {},
  client: Db = defaultDb,
): Promise<VisitView> {
  const now = nowOf(ctx);
  const today = dayWib(now);
  const row = await visitForAction(actor, visitId, now, client);
  const target = typeof targetServiceId === "string" && targetServiceId.length <= 40
    ? await client.service.findFirst({
        where: { id: targetServiceId, isActive: true, counter: { isActive: true } },
        select: { id: true, slug: true, counterId: true, counter: { select: { number: true } } },
      })
    : null;
  if (!target || target.counterId === row.counter.id) {
    throw new AppError("VALIDATION", { message: "Bad transfer target", fieldErrors: { target: ["staffQueue.errors.target"] }, messageKey: "staffQueue.errors.target" });
  }
  const from: VisitStatus[] = ["WAITING", "CALLED", "SERVING"];
  if (!from.includes(row.status)) throw changedMeanwhile();
  const full = await client.visit.findUniqueOrThrow({ where: { id: row.id }, select: { nikHash: true, kelurahanCode: true } });
  const newId = await withRetries(
    () =>
      client.$transaction(async (tx) => {
        const closed = await tx.visit.updateMany({
          where: { id: row.id, status: { in: from } },
          data: { status: "TRANSFERRED", finishedAt: now, handledById: actor.userId },
        });
        if (closed.count !== 1) throw changedMeanwhile();
        const queueNumber = await nextQueueNumber(tx, target.counterId, today);
        const visit = await tx.visit.create({
          data: {
            counterId: target.counterId,
            serviceId: target.id,
            source: row.source,
            dayWib: today,
            hourWib: hourWib(now),
            queueNumber,
            status: "WAITING",
            name: row.name,
            nikHash: full.nikHash,
            nikMasked: row.nikMasked,
            kelurahanCode: full.kelurahanCode,
            outsideCity: row.outsideCity,
            checkedInAt: now,
            transferredFrom: row.id,
          },
          select: { id: true },
        });
        await countVisit(tx, {
          counterId: target.counterId,
          dayWib: today,
          serviceId: target.id,
          hourWib: hourWib(now),
          kelurahanCode: full.kelurahanCode,
          outsideCity: row.outsideCity,
          transferred: true,
        });
        await writeAudit(tx, {
          actor,
          action: "queue.transfer",
          entityType: "Visit",
          entityId: row.id,
          ip: ctx.ip ?? null,
          at: now,
          details: {
            ticket: ticketLabel(row.counter.number, row.queueNumber),
            from: row.status,
            newVisitId: visit.id,
            newTicket: ticketLabel(target.counter.number, queueNumber),
            service: target.slug,
          },
        });
        return visit.id;
      }, TX_OPTIONS),
    isRetryable,
  );
  return toView(await visitById(client, newId), now);
}
