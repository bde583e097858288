import "server-only";
// Citizen booking: availability, create, look up, cancel, reschedule, the public ticket and its
// calendar file. Every function takes an optional RequestContext (now, IP, Idempotency-Key) and
// a database client last (tests pass their own).
//
// Capacity is the database's job: a booking takes a place with a guarded
//   UPDATE "Slot" SET booked = booked + 1 WHERE scopeKey = ? AND startsAt = ? AND booked < capacity
// inside the transaction that writes the booking, so a failure anywhere (duplicate, daily cap,
// code collision) rolls the place back with it. On PostgreSQL (READ COMMITTED) the guarded UPDATE
// re-checks the row it waited for; on SQLite every transaction takes the write lock at BEGIN
// (lib/db-client.ts), so writers from several processes queue instead of failing.
//
// Personal data: the NIK and phone number are stored as a keyed hash (lookups, uniqueness), an
// encrypted copy (staff) and a masked form (display). Audit rows and rate-limit keys never hold
// them in clear.
import crypto from "node:crypto";
import { fieldMessage } from "@/lib/api/respond";
import { db as defaultDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db-client";
import { env } from "@/lib/env";
import { AppError, prismaCode, uniqueViolationFields } from "@/lib/errors";
import { encryptPii, hashPii, maskPhone, normalizePhone } from "@/lib/pii";
import { enforceRateLimits, peek, rateLimitKey, type RateLimitRule } from "@/lib/rate-limit";
import { addDays, dayWib, isDay, toWibIso, wibInstant } from "@/lib/time";
import { TX_OPTIONS, withRetries } from "@/lib/tx";
import {
  checkSlot,
  computeAvailability,
  onlineCapacity,
  slotStartsForDay,
  type ClosureDay,
  type OpeningWindow,
  type SlotRule,
} from "./availability";
import { generateBookingCode, normalizeBookingCode } from "./code";
import { assertServiceArea } from "./area";
import { bookingIcs } from "./ics";
import { BOOKING_RATE_LIMITS, MAX_AVAILABILITY_DAYS } from "./limits";
import { maskNik, stripNik } from "./nik";
import {
  BOOKING_POLICY,
  type BookingInput,
  type BookingProof,
  type BookingView,
  type RequestContext,
  type ServiceAvailability,
  type TicketView,
} from "./types";
import { bookingFieldMessage, parseBookingInput } from "./validation";

export { bookingInputSchema } from "./validation";

const MS_PER_MINUTE = 60_000;

const nowOf = (ctx?: RequestContext) => ctx?.now ?? new Date();
const piiKey = () => env().piiKey;

// ---------------------------------------------------------------------------------------------
// Schedule of a service: hours, capacity rule, closures, places taken
// ---------------------------------------------------------------------------------------------

interface Schedule {
  service: { id: string; slug: string; name: string; nameEn: string; onlineBooking: boolean; counterNumber: number };
  counterId: string;
  /** Slot scope: "service:<id>" when the service has its own quota, else the counter id. */
  scopeKey: string;
  rule: SlotRule;
  /** Places per slot offered online (walk-in share removed). */
  capacity: number;
  hours: OpeningWindow[];
}

/** The service's schedule; NOT_FOUND for an unknown or inactive service, NOT_BOOKABLE when it cannot be booked online. */
async function loadSchedule(slug: string, client: Db): Promise<Schedule> {
  const s = await client.service.findFirst({
    where: { slug, isActive: true },
    select: {
      id: true,
      slug: true,
      name: true,
      nameEn: true,
      onlineBooking: true,
      counter: {
        select: {
          id: true,
          number: true,
          isActive: true,
          hours: { select: { weekday: true, openMinute: true, closeMinute: true } },
        },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", { message: `No active service "${slug}"` });
  if (!s.onlineBooking || !s.counter.isActive) {
    throw new AppError("NOT_BOOKABLE", { message: `Service "${slug}" cannot be booked online` });
  }
  const serviceScope = `service:${s.id}`;
  const rules = await client.capacityRule.findMany({
    where: { scopeKey: { in: [serviceScope, s.counter.id] } },
    select: { scopeKey: true, slotMinutes: true, capacityPerSlot: true, walkInPercent: true },
  });
  const rule = rules.find((r) => r.scopeKey === serviceScope) ?? rules.find((r) => r.scopeKey === s.counter.id);
  if (!rule) throw new AppError("NOT_BOOKABLE", { message: `Service "${slug}" has no capacity rule` });
  const slotRule: SlotRule = { slotMinutes: rule.slotMinutes, capacityPerSlot: rule.capacityPerSlot, walkInPercent: rule.walkInPercent };
  return {
    service: {
      id: s.id,
      slug: s.slug,
      name: s.name,
      nameEn: s.nameEn,
      onlineBooking: s.onlineBooking,
      counterNumber: s.counter.number,
    },
    counterId: s.counter.id,
    scopeKey: rule.scopeKey,
    rule: slotRule,
    capacity: onlineCapacity(slotRule),
    hours: s.counter.hours,
  };
}

/** Closures of the whole MPP ("ALL") and of the counter, from `from` to `to` (WIB days). */
async function closuresBetween(client: Db, counterId: string, from: string, to: string): Promise<ClosureDay[]> {
  const rows = await client.closure.findMany({
    where: { dayWib: { gte: from, lte: to }, scopeKey: { in: ["ALL", counterId] } },
    select: { dayWib: true, name: true, kind: true, scopeKey: true },
  });
  // A closure of the whole MPP names the day first.
  return rows.sort((a, b) => (a.scopeKey === "ALL" ? -1 : 0) - (b.scopeKey === "ALL" ? -1 : 0));
}

/**
 * Places taken per slot start (ISO UTC). A slot row keeps the capacity it was created with; when
 * the rule has changed since, its places are shifted so that `remaining` is the row's own.
 */
async function bookedBetween(client: Db, schedule: Schedule, from: string, to: string): Promise<Record<string, number>> {
  const rows = await client.slot.findMany({
    where: {
      scopeKey: schedule.scopeKey,
      startsAt: { gte: wibInstant(from, 0), lt: wibInstant(addDays(to, 1), 0) },
    },
    select: { startsAt: true, booked: true, capacity: true },
  });
  const booked: Record<string, number> = {};
  for (const r of rows) booked[r.startsAt.toISOString()] = r.booked + (schedule.capacity - r.capacity);
  return booked;
}

function badRange(field: "from" | "to", message: string): AppError {
  return new AppError("BAD_REQUEST", { message: `Bad availability range (${field})`, fieldErrors: { [field]: [message] } });
}

/**
 * Day-by-day availability of a service from `from` to `to` (WIB days, inclusive; default: the
 * whole booking window). BAD_REQUEST for a malformed or reversed range or one over 31 days,
 * NOT_FOUND for an unknown service, NOT_BOOKABLE when it cannot be booked online.
 */
export async function getServiceAvailability(
  slug: string,
  from?: string,
  to?: string,
  now?: Date,
  ctx?: RequestContext,
  client: Db = defaultDb,
): Promise<ServiceAvailability> {
  const when = now ?? nowOf(ctx);
  if (from !== undefined && !isDay(from)) throw badRange("from", fieldMessage("invalid"));
  if (to !== undefined && !isDay(to)) throw badRange("to", fieldMessage("invalid"));
  const today = dayWib(when);
  const first = addDays(today, BOOKING_POLICY.minDaysAhead);
  const last = addDays(today, BOOKING_POLICY.maxDaysAhead);
  const f = from ?? (to !== undefined && to < first ? to : first);
  let t = to ?? (last < f ? f : last);
  if (to === undefined && t > addDays(f, MAX_AVAILABILITY_DAYS - 1)) t = addDays(f, MAX_AVAILABILITY_DAYS - 1);
  if (t < f) throw badRange("to", bookingFieldMessage("dateRangeReversed"));
  if (t > addDays(f, MAX_AVAILABILITY_DAYS - 1)) {
    throw badRange("to", bookingFieldMessage("dateRangeTooLong", { max: MAX_AVAILABILITY_DAYS }));
  }

  const schedule = await loadSchedule(slug, client);
  const [closures, booked] = await Promise.all([
    closuresBetween(client, schedule.counterId, f, t),
    bookedBetween(client, schedule, f, t),
  ]);
  const availability = computeAvailability({
    from: f,
    to: t,
    now: when,
    window: BOOKING_POLICY,
    hours: schedule.hours,
    closures,
    rule: schedule.rule,
    booked,
  });
  return { service: schedule.service, from: f, to: t, availability };
}

/** Closures on the WIB day of a requested slot start (none for an invalid date). */
async function closuresOnSlotDay(client: Db, schedule: Schedule, startsAt: Date): Promise<ClosureDay[]> {
  if (Number.isNaN(startsAt.getTime())) return [];
  const day = dayWib(startsAt);
  return closuresBetween(client, schedule.counterId, day, day);
}

/**
 * Refuses a slot start that is not bookable on the schedule (VALIDATION on slotStart, with the
 * reason); the database decides about places. `closures`: those of the slot's day.
 */
function assertSlotOnSchedule(schedule: Schedule, startsAt: Date, now: Date, closures: ClosureDay[]): void {
  const check = checkSlot(
    { now, window: BOOKING_POLICY, hours: schedule.hours, closures, rule: schedule.rule, booked: {} },
    startsAt,
  );
  if (check.ok) return;
  const valid = !Number.isNaN(startsAt.getTime());
  const day = valid ? dayWib(startsAt) : "";
  const today = dayWib(now);
  let message: string;
  switch (check.reason) {
    case "FULL":
      throw new AppError("SLOT_FULL");
    case "HOLIDAY":
      message = bookingFieldMessage("slotHoliday", { name: closures.find((c) => c.dayWib === day)?.name ?? "" });
      break;
    case "CLOSED":
      message = bookingFieldMessage("slotClosed");
      break;
    case "OUTSIDE_WINDOW":
      message = bookingFieldMessage("slotOutsideWindow", {
        first: addDays(today, BOOKING_POLICY.minDaysAhead),
        last: addDays(today, BOOKING_POLICY.maxDaysAhead),
      });
      break;
    case "NOT_A_SLOT":
      // No slot at all that weekday: say the counter is closed rather than "not a slot".
      message =
        valid && slotStartsForDay(day, schedule.hours, schedule.rule.slotMinutes).length === 0
          ? bookingFieldMessage("slotClosed")
          : bookingFieldMessage("slotNotASlot");
      break;
  }
  throw new AppError("VALIDATION", { message: `Slot not bookable: ${check.reason}`, fieldErrors: { slotStart: [message] } });
}

// ---------------------------------------------------------------------------------------------
// Places in slots (inside transactions)
// ---------------------------------------------------------------------------------------------

interface Place {
  scopeKey: string;
  counterId: string;
  serviceId: string | null;
  startsAt: Date;
  endsAt: Date;
  dayWib: string;
  capacity: number;
}

function placeFor(schedule: Schedule, startsAt: Date): Place {
  return {
    scopeKey: schedule.scopeKey,
    counterId: schedule.counterId,
    serviceId: schedule.scopeKey.startsWith("service:") ? schedule.service.id : null,
    startsAt,
    endsAt: new Date(startsAt.getTime() + schedule.rule.slotMinutes * MS_PER_MINUTE),
    dayWib: dayWib(startsAt),
    capacity: schedule.capacity,
  };
}

/**
 * Takes one place in the slot (creating its row on first booking) and returns the slot id;
 * SLOT_FULL when none is left. Its first statement is the guarded increment (a write).
 * A concurrent first creation fails with P2002 on (scopeKey, startsAt): the caller retries the
 * whole transaction, which then finds the row.
 */
async function takePlace(tx: Tx, p: Place): Promise<string> {
  const taken = await tx.slot.updateMany({
    where: { scopeKey: p.scopeKey, startsAt: p.startsAt, booked: { lt: tx.slot.fields.capacity } },
    data: { booked: { increment: 1 } },
  });
  const existing = await tx.slot.findUnique({
    where: { scopeKey_startsAt: { scopeKey: p.scopeKey, startsAt: p.startsAt } },
    select: { id: true },
  });
  if (taken.count === 1 && existing) return existing.id;
  if (existing) {
    // PostgreSQL (READ COMMITTED): the row may have been created and committed by another
    // transaction between the UPDATE above (which did not see it) and this read. Try again.
    const again = await tx.slot.updateMany({
      where: { id: existing.id, booked: { lt: tx.slot.fields.capacity } },
      data: { booked: { increment: 1 } },
    });
    if (again.count === 1) return existing.id;
    throw new AppError("SLOT_FULL");
  }
  if (p.capacity < 1) throw new AppError("SLOT_FULL");
  const created = await tx.slot.create({
    data: {
      scopeKey: p.scopeKey,
      counterId: p.counterId,
      serviceId: p.serviceId,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dayWib: p.dayWib,
      capacity: p.capacity,
      booked: 1,
    },
    select: { id: true },
  });
  return created.id;
}

/** Gives a place back (never below zero). */
async function releasePlace(tx: Tx, slotId: string): Promise<void> {
  await tx.slot.updateMany({ where: { id: slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
}

async function assertUnderDailyCap(tx: Tx, nikHash: string, day: string, exceptBookingId?: string): Promise<void> {
  const active = await tx.booking.count({
    where: { nikHash, dayWib: day, activeKey: { not: null }, ...(exceptBookingId ? { id: { not: exceptBookingId } } : {}) },
  });
  if (active >= BOOKING_POLICY.maxActivePerNikPerDay) {
    throw new AppError("CONFLICT", {
      message: "Daily booking cap reached",
      messageKey: "bookingErrors.dailyCap",
      messageValues: { max: BOOKING_POLICY.maxActivePerNikPerDay },
    });
  }
}

function duplicateBooking(cause?: unknown): AppError {
  return new AppError("DUPLICATE_BOOKING", { message: "Active booking exists for this NIK, service and day", cause });
}

async function audit(
  tx: Tx,
  now: Date,
  action: string,
  bookingId: string,
  ctx: RequestContext | undefined,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      at: now,
      dayWib: dayWib(now),
      actorLabel: "citizen",
      action,
      entityType: "Booking",
      entityId: bookingId,
      ip: ctx?.ip ?? null,
      details: JSON.stringify(details),
    },
  });
}

/** P2002 on the booking code or on a slot's (scopeKey, startsAt), or a deadlock/write conflict (P2034). */
function isRetryable(e: unknown): boolean {
  const code = prismaCode(e);
  if (code === "P2034") return true;
  if (code !== "P2002") return false;
  const fields = uniqueViolationFields(e) ?? [];
  return fields.includes("code") || fields.includes("startsAt") || fields.includes("scopeKey");
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

const viewSelect = {
  id: true,
  code: true,
  status: true,
  startsAt: true,
  dayWib: true,
  name: true,
  nikMasked: true,
  phoneMasked: true,
  email: true,
  outsideCity: true,
  createdAt: true,
  slotId: true,
  nikHash: true,
  phoneHash: true,
  serviceId: true,
  slot: { select: { endsAt: true } },
  service: {
    select: {
      slug: true,
      name: true,
      nameEn: true,
      requirements: { orderBy: { position: "asc" }, select: { text: true } },
    },
  },
  counter: { select: { number: true, floor: true, name: true, agency: { select: { name: true } } } },
  kelurahan: { select: { code: true, name: true, kecamatan: { select: { name: true } } } },
} as const;

type ViewRow = {
  id: string;
  code: string;
  status: BookingView["status"];
  startsAt: Date;
  dayWib: string;
  name: string;
  nikMasked: string;
  phoneMasked: string;
  email: string | null;
  outsideCity: boolean;
  createdAt: Date;
  slotId: string;
  nikHash: string;
  phoneHash: string;
  serviceId: string;
  slot: { endsAt: Date };
  service: { slug: string; name: string; nameEn: string; requirements: { text: string }[] };
  counter: { number: number; floor: number; name: string; agency: { name: string } };
  kelurahan: { code: string; name: string; kecamatan: { name: string } } | null;
};

function isChangeable(row: Pick<ViewRow, "status" | "startsAt">, now: Date): boolean {
  return row.status === "BOOKED" && now.getTime() < row.startsAt.getTime();
}

function toTicket(row: ViewRow, now: Date): TicketView {
  return {
    code: row.code,
    status: row.status,
    service: {
      slug: row.service.slug,
      name: row.service.name,
      nameEn: row.service.nameEn,
      requirements: row.service.requirements.map((r) => r.text),
    },
    counter: { number: row.counter.number, floor: row.counter.floor, name: row.counter.name, agencyName: row.counter.agency.name },
    start: toWibIso(row.startsAt),
    end: toWibIso(row.slot.endsAt),
    dayWib: row.dayWib,
    nikMasked: row.nikMasked,
    createdAt: toWibIso(row.createdAt),
    changeable: isChangeable(row, now),
  };
}

function toView(row: ViewRow, now: Date): BookingView {
  return {
    ...toTicket(row, now),
    name: row.name,
    phoneMasked: row.phoneMasked,
    email: row.email,
    kelurahan: row.kelurahan
      ? { code: row.kelurahan.code, name: row.kelurahan.name, kecamatanName: row.kelurahan.kecamatan.name }
      : null,
    outsideCity: row.outsideCity,
  };
}

async function viewRowById(client: Db, id: string): Promise<ViewRow> {
  return client.booking.findUniqueOrThrow({ where: { id }, select: viewSelect });
}

// ---------------------------------------------------------------------------------------------
// Create
// ---------------------------------------------------------------------------------------------

/** The stored Idempotency-Key: scoped to the NIK, so two citizens' keys never collide. */
function idempotencyDigest(nikHash: string, key: string): string {
  return crypto.createHash("sha256").update(`${nikHash}\u0000${key}`, "utf8").digest("hex");
}

/** The booking an earlier request with the same Idempotency-Key (and NIK) created, or null. */
async function replayOf(client: Db, digest: string, serviceSlug: string, now: Date): Promise<BookingView | null> {
  const row = await client.booking.findUnique({ where: { idempotencyKey: digest }, select: viewSelect });
  if (!row) return null;
  if (row.service.slug !== serviceSlug) {
    throw new AppError("CONFLICT", {
      message: "Idempotency-Key reused for another service",
      messageKey: "bookingErrors.idempotencyMismatch",
    });
  }
  return toView(row, now);
}

export interface CreateBookingResult {
  booking: BookingView;
  /** True when an earlier request with the same Idempotency-Key made it (HTTP 200, not 201). */
  replayed: boolean;
}

/**
 * Books a visit. Refusals: VALIDATION (fields, slot not on the schedule), NOT_FOUND,
 * NOT_BOOKABLE, OUT_OF_AREA (details: the alternative office), RATE_LIMITED
 * (details.retryAfterSeconds), CONFLICT (daily cap, Idempotency-Key reused for another service),
 * DUPLICATE_BOOKING, SLOT_FULL. Nothing is written on any refusal.
 */
export async function createBooking(
  input: BookingInput,
  ctx: RequestContext = {},
  client: Db = defaultDb,
): Promise<CreateBookingResult> {
  const now = nowOf(ctx);
  const v = parseBookingInput(input, now);
  const key = piiKey();
  const nikHash = hashPii(key, v.nik, "nik");
  const digest = ctx.idempotencyKey ? idempotencyDigest(nikHash, ctx.idempotencyKey) : null;
  if (digest) {
    const replay = await replayOf(client, digest, v.serviceSlug, now);
    if (replay) return { booking: replay, replayed: true };
  }

  const schedule = await loadSchedule(v.serviceSlug, client);
  const startsAt = new Date(v.slotStart);
  // Independent reads at once; the refusals keep their order (domicile, then slot).
  const [, closures] = await Promise.all([
    assertServiceArea(client, schedule.service.id, { kelurahanCode: v.kelurahanCode, outsideCity: v.outsideCity }),
    closuresOnSlotDay(client, schedule, startsAt),
  ]);

  assertSlotOnSchedule(schedule, startsAt, now, closures);

  const rules: RateLimitRule[] = [
    { key: rateLimitKey("booking.create:nik", nikHash, key), ...BOOKING_RATE_LIMITS.createPerNik },
  ];
  if (ctx.ip) rules.unshift({ key: rateLimitKey("booking.create:ip", ctx.ip, key), ...BOOKING_RATE_LIMITS.createPerIp });
  await enforceRateLimits(rules, now, client);

  const place = placeFor(schedule, startsAt);
  const activeKey = `${nikHash}:${schedule.service.id}:${place.dayWib}`;
  const nikMasked = maskNik(v.nik);
  const phoneMasked = maskPhone(v.phone);
  const encrypted = { nik: encryptPii(key, v.nik), phone: encryptPii(key, v.phone) };
  const phoneHash = hashPii(key, v.phone, "phone");

  try {
    const id = await withRetries(
      () =>
        client.$transaction(async (tx) => {
          const slotId = await takePlace(tx, place);
          const clash = await tx.booking.findUnique({ where: { activeKey }, select: { id: true } });
          if (clash) throw duplicateBooking();
          await assertUnderDailyCap(tx, nikHash, place.dayWib);
          const code = generateBookingCode();
          const booking = await tx.booking.create({
            data: {
              code,
              serviceId: schedule.service.id,
              counterId: schedule.counterId,
              slotId,
              startsAt,
              dayWib: place.dayWib,
              nikHash,
              nikEncrypted: encrypted.nik,
              nikMasked,
              name: v.name,
              phoneEncrypted: encrypted.phone,
              phoneHash,
              phoneMasked,
              email: v.email ?? null,
              kelurahanCode: v.kelurahanCode ?? null,
              outsideCity: v.outsideCity === true,
              activeKey,
              idempotencyKey: digest,
              consentAt: now,
              consentVersion: BOOKING_POLICY.consentVersion,
            },
            select: { id: true },
          });
          await audit(tx, now, "booking.create", booking.id, ctx, {
            code,
            service: schedule.service.slug,
            start: toWibIso(startsAt),
            nik: nikMasked,
            phone: phoneMasked,
            idempotent: digest !== null,
          });
          return booking.id;
        }, TX_OPTIONS),
      isRetryable,
    );
    return { booking: toView(await viewRowById(client, id), now), replayed: false };
  } catch (e) {
    // The same request sent twice at once: the other one won (this one then failed on a unique
    // key, as a duplicate, or on the place it took); answer with its booking.
    if (digest && (prismaCode(e) === "P2002" || e instanceof AppError)) {
      const replay = await replayOf(client, digest, v.serviceSlug, now);
      if (replay) return { booking: replay, replayed: true };
    }
    if (prismaCode(e) === "P2002" && (uniqueViolationFields(e) ?? []).includes("activeKey")) throw duplicateBooking(e);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Look up, cancel, reschedule (with proof)
// ---------------------------------------------------------------------------------------------

function notFound(): AppError {
  // The same answer for an unknown code and for a wrong proof: nothing to enumerate.
  return new AppError("NOT_FOUND", { message: "No booking with this code and proof" });
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function proofMatches(row: { nikHash: string; phoneHash: string }, proof: BookingProof, key: Buffer): boolean {
  if ("nik" in proof && typeof proof.nik === "string") {
    const nik = stripNik(proof.nik);
    return /^\d{16}$/.test(nik) && sameHash(hashPii(key, nik, "nik"), row.nikHash);
  }
  if ("phone" in proof && typeof proof.phone === "string") {
    const phone = normalizePhone(proof.phone);
    return phone !== null && sameHash(hashPii(key, phone, "phone"), row.phoneHash);
  }
  return false;
}

/** The booking if `proof` is the booker's NIK or phone number; rate-limited per IP and per code. */
async function ownBooking(code: string, proof: BookingProof, ctx: RequestContext | undefined, now: Date, client: Db): Promise<ViewRow> {
  const key = piiKey();
  const canonical = normalizeBookingCode(code);
  // Every lookup from an address counts (the pages pass no IP when they re-read a booking the
  // visitor already proved); per code only FAILED proofs count, so nobody can try NIKs or phone
  // numbers against a code, while its owner is never locked out by their own page views.
  if (ctx?.ip) await enforceRateLimits([{ key: rateLimitKey("booking.manage:ip", ctx.ip, key), ...BOOKING_RATE_LIMITS.managePerIp }], now, client);
  const perCode = {
    key: rateLimitKey("booking.manage:code", canonical ?? code.trim().toUpperCase().slice(0, 40), key),
    ...BOOKING_RATE_LIMITS.managePerCode,
  };
  const budget = await peek(perCode.key, perCode.limit, perCode.windowSeconds, now, client);
  if (!budget.allowed) {
    throw new AppError("RATE_LIMITED", { message: "Too many failed proofs for this code", details: { retryAfterSeconds: budget.retryAfterSeconds } });
  }
  const row = canonical ? await client.booking.findUnique({ where: { code: canonical }, select: viewSelect }) : null;
  if (!row || !proofMatches(row, proof, key)) {
    await enforceRateLimits([perCode], now, client);
    throw notFound();
  }
  return row;
}

function assertChangeable(row: Pick<ViewRow, "status" | "startsAt">, now: Date): void {
  if (row.status !== "BOOKED") {
    throw new AppError("CONFLICT", { message: "Booking is not active", messageKey: "bookingErrors.notActive" });
  }
  if (now.getTime() >= row.startsAt.getTime()) {
    throw new AppError("CONFLICT", { message: "Booking has started", messageKey: "bookingErrors.tooLate" });
  }
}

/** The booking, for its booker (proof: NIK or phone used when booking). Wrong proof = unknown code = NOT_FOUND. */
export async function findBooking(
  code: string,
  proof: BookingProof,
  ctx?: RequestContext,
  client: Db = defaultDb,
): Promise<BookingView> {
  const now = nowOf(ctx);
  return toView(await ownBooking(code, proof, ctx, now, client), now);
}

/** The public ticket by code alone (no name or contact, NIK masked), or null. */
export async function getTicket(code: string, ctx?: RequestContext, client: Db = defaultDb): Promise<TicketView | null> {
  const canonical = normalizeBookingCode(code);
  if (!canonical) return null;
  const row = await client.booking.findUnique({ where: { code: canonical }, select: viewSelect });
  return row ? toTicket(row, nowOf(ctx)) : null;
}

/**
 * Cancels a booking (only BOOKED and before its start, else CONFLICT) and frees its place, in
 * one transaction with its audit row.
 */
export async function cancelBooking(
  code: string,
  proof: BookingProof,
  ctx?: RequestContext,
  client: Db = defaultDb,
): Promise<BookingView> {
  const now = nowOf(ctx);
  const row = await ownBooking(code, proof, ctx, now, client);
  assertChangeable(row, now);
  await withRetries(
    () =>
      client.$transaction(async (tx) => {
        const changed = await tx.booking.updateMany({
          where: { id: row.id, status: "BOOKED", slotId: row.slotId },
          data: { status: "CANCELLED", activeKey: null, cancelledAt: now },
        });
        if (changed.count !== 1) {
          throw new AppError("CONFLICT", { message: "Booking changed meanwhile", messageKey: "bookingErrors.notActive" });
        }
        await releasePlace(tx, row.slotId);
        await audit(tx, now, "booking.cancel", row.id, ctx, { code: row.code, start: toWibIso(row.startsAt), nik: row.nikMasked });
      }, TX_OPTIONS),
    (e) => prismaCode(e) === "P2034",
  );
  return toView(await viewRowById(client, row.id), now);
}

/**
 * Moves a booking to another slot of the same service: the new place is taken first (SLOT_FULL:
 * nothing changes), then the old one is freed and the booking moved, in one transaction.
 * Moving to the slot it already has changes nothing.
 */
export async function rescheduleBooking(
  code: string,
  proof: BookingProof,
  newSlotStart: string,
  ctx?: RequestContext,
  client: Db = defaultDb,
): Promise<BookingView> {
  const now = nowOf(ctx);
  const row = await ownBooking(code, proof, ctx, now, client);
  assertChangeable(row, now);
  const startsAt = new Date(newSlotStart);
  if (typeof newSlotStart !== "string" || !/T/.test(newSlotStart) || Number.isNaN(startsAt.getTime())) {
    throw new AppError("VALIDATION", {
      message: "Bad slotStart",
      fieldErrors: { slotStart: [bookingFieldMessage("slotStartInvalid")] },
    });
  }
  if (startsAt.getTime() === row.startsAt.getTime()) return toView(row, now);

  const schedule = await loadSchedule(row.service.slug, client);
  assertSlotOnSchedule(schedule, startsAt, now, await closuresOnSlotDay(client, schedule, startsAt));
  const place = placeFor(schedule, startsAt);
  const activeKey = `${row.nikHash}:${row.serviceId}:${place.dayWib}`;

  try {
    await withRetries(
      () =>
        client.$transaction(async (tx) => {
          const slotId = await takePlace(tx, place);
          await releasePlace(tx, row.slotId);
          if (place.dayWib !== row.dayWib) {
            const clash = await tx.booking.findUnique({ where: { activeKey }, select: { id: true } });
            if (clash && clash.id !== row.id) throw duplicateBooking();
            await assertUnderDailyCap(tx, row.nikHash, place.dayWib, row.id);
          }
          const moved = await tx.booking.updateMany({
            where: { id: row.id, status: "BOOKED", slotId: row.slotId },
            data: { slotId, startsAt, dayWib: place.dayWib, activeKey },
          });
          if (moved.count !== 1) {
            throw new AppError("CONFLICT", { message: "Booking changed meanwhile", messageKey: "bookingErrors.notActive" });
          }
          await audit(tx, now, "booking.reschedule", row.id, ctx, {
            code: row.code,
            from: toWibIso(row.startsAt),
            to: toWibIso(startsAt),
            nik: row.nikMasked,
          });
        }, TX_OPTIONS),
      isRetryable,
    );
  } catch (e) {
    if (prismaCode(e) === "P2002" && (uniqueViolationFields(e) ?? []).includes("activeKey")) throw duplicateBooking(e);
    throw e;
  }
  return toView(await viewRowById(client, row.id), now);
}

// ---------------------------------------------------------------------------------------------
// Calendar file
// ---------------------------------------------------------------------------------------------

/** The booking's .ics file (RFC 5545). NOT_FOUND for an unknown code, CONFLICT when cancelled or over. */
export async function bookingIcsFor(code: string, ctx?: RequestContext, client: Db = defaultDb): Promise<string> {
  const canonical = normalizeBookingCode(code);
  const row = canonical ? await client.booking.findUnique({ where: { code: canonical }, select: viewSelect }) : null;
  if (!row) throw notFound();
  if (row.status !== "BOOKED" && row.status !== "CHECKED_IN") {
    throw new AppError("CONFLICT", { message: "Booking is not active", messageKey: "bookingErrors.notActive" });
  }
  const profile = await client.mppProfile.findUnique({ where: { id: "default" }, select: { name: true, address: true } });
  return bookingIcs({
    code: row.code,
    serviceName: row.service.name,
    counterLabel: `Gerai ${row.counter.number} (lantai ${row.counter.floor}) ${row.counter.name}, ${profile?.name ?? "MPP"}`,
    address: profile?.address ?? "",
    start: row.startsAt,
    end: row.slot.endsAt,
    requirements: row.service.requirements.map((r) => r.text),
    url: `${env().publicUrl}/tiket/${row.code}`,
    stamp: nowOf(ctx),
  });
}
