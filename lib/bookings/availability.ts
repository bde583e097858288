// Availability of online booking for one gerai (or one service with its own quota), computed
// from the weekly hours, the closures, the capacity rule and the places already booked.
// Pure: the caller loads the data; the database stays the authority on capacity (Slot.booked
// is guarded by a CHECK constraint and a conditional UPDATE), this only decides what to offer.
//
// All days are WIB calendar days ("YYYY-MM-DD"), all times of day minutes after midnight WIB.
import { addDays, dayWib, isDay, toWibIso, weekdayOf, wibInstant } from "@/lib/time";

export type DayStatus = "OPEN" | "FULL" | "CLOSED" | "HOLIDAY" | "OUTSIDE_WINDOW";

export type OpeningWindow = { weekday: number; openMinute: number; closeMinute: number };

export type ClosureDay = { dayWib: string; name: string; kind: string };

export type SlotRule = { slotMinutes: number; capacityPerSlot: number; walkInPercent: number };

export type AvailabilityInput = {
  /** First WIB day to show, inclusive. */
  from: string;
  /** Last WIB day to show, inclusive. */
  to: string;
  now: Date;
  /** Bookable days: from today + minDaysAhead to today + maxDaysAhead (today = WIB day of now). */
  window: { minDaysAhead: number; maxDaysAhead: number };
  /** Weekly hours of the gerai (ISO weekday 1 = Monday); several windows per day allowed. */
  hours: OpeningWindow[];
  /** Closures of the whole MPP and of this gerai. */
  closures: ClosureDay[];
  rule: SlotRule;
  /** Places already taken, by slot start as an ISO UTC string (Date#toISOString()). */
  booked: Record<string, number>;
};

export type AvailableSlot = {
  /** "2026-12-01T08:30:00+07:00". */
  start: string;
  end: string;
  startsAt: Date;
  /** Online capacity of the slot (walk-in share removed). */
  capacity: number;
  remaining: number;
};

export type AvailabilityDay = {
  day: string;
  weekday: number;
  status: DayStatus;
  closureName?: string;
  slots: AvailableSlot[];
};

export type Availability = { days: AvailabilityDay[]; nextAvailableDay: string | null };

/** Longest range computed in one call (a year and a day). */
export const MAX_RANGE_DAYS = 367;
const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;

/**
 * Places per slot offered online: capacityPerSlot minus the walk-in share, which is rounded up
 * so walk-ins always keep at least their percentage. Never negative.
 */
export function onlineCapacity(rule: SlotRule): number {
  const perSlot = Math.max(0, Math.floor(rule.capacityPerSlot));
  const percent = Math.min(100, Math.max(0, rule.walkInPercent));
  const walkIn = Math.ceil((perSlot * percent) / 100);
  return Math.max(0, perSlot - walkIn);
}

function checkSlotMinutes(slotMinutes: number): void {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0 || slotMinutes > MINUTES_PER_DAY) {
    throw new RangeError(`slotMinutes must be a whole number of minutes from 1 to ${MINUTES_PER_DAY}`);
  }
}

/** Slot start minutes of one day: whole slots only, each aligned to the start of its window. */
function slotMinutesOfDay(day: string, hours: OpeningWindow[], slotMinutes: number): number[] {
  checkSlotMinutes(slotMinutes);
  const weekday = weekdayOf(day);
  const starts = new Set<number>();
  for (const h of hours) {
    if (h.weekday !== weekday) continue;
    const open = Math.max(0, Math.ceil(h.openMinute));
    const close = Math.min(MINUTES_PER_DAY, Math.floor(h.closeMinute));
    for (let m = open; m + slotMinutes <= close; m += slotMinutes) starts.add(m);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * The start instants of the slots of a WIB day: every window of that weekday is cut into
 * slots of `slotMinutes` from its opening time; a slot must end by the closing time.
 * Sorted, without duplicates (overlapping windows that produce the same start count once).
 */
export function slotStartsForDay(day: string, hours: OpeningWindow[], slotMinutes: number): Date[] {
  return slotMinutesOfDay(day, hours, slotMinutes).map((m) => wibInstant(day, m));
}

function bookedCount(booked: Record<string, number>, startsAt: Date): number {
  const n = booked[startsAt.toISOString()] ?? 0;
  // A count that is not a number is treated as full rather than free.
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

function computeDay(input: AvailabilityInput, day: string, firstBookable: string, lastBookable: string, capacity: number): AvailabilityDay {
  const weekday = weekdayOf(day);
  const closure = input.closures.find((c) => c.dayWib === day);
  if (closure) return { day, weekday, status: "HOLIDAY", closureName: closure.name, slots: [] };

  const minutes = slotMinutesOfDay(day, input.hours, input.rule.slotMinutes);
  if (minutes.length === 0) return { day, weekday, status: "CLOSED", slots: [] };
  if (day < firstBookable || day > lastBookable) return { day, weekday, status: "OUTSIDE_WINDOW", slots: [] };

  const now = input.now.getTime();
  const slots: AvailableSlot[] = [];
  for (const m of minutes) {
    const startsAt = wibInstant(day, m);
    // With same-day booking (minDaysAhead 0), slots that have started are no longer offered.
    if (startsAt.getTime() <= now) continue;
    const endsAt = new Date(startsAt.getTime() + input.rule.slotMinutes * MS_PER_MINUTE);
    const remaining = Math.min(capacity, Math.max(0, capacity - bookedCount(input.booked, startsAt)));
    slots.push({ start: toWibIso(startsAt), end: toWibIso(endsAt), startsAt, capacity, remaining });
  }
  if (slots.length === 0) return { day, weekday, status: "OUTSIDE_WINDOW", slots: [] };
  const status = slots.some((s) => s.remaining > 0) ? "OPEN" : "FULL";
  return { day, weekday, status, slots };
}

/**
 * Day-by-day availability from `from` to `to` (inclusive). The status of a day is, in order:
 * HOLIDAY (a closure, with its name), CLOSED (no whole slot in the gerai's hours that weekday),
 * OUTSIDE_WINDOW (before today + minDaysAhead, after today + maxDaysAhead, or every slot already
 * started), FULL (slots but no place left) or OPEN. Only OPEN and FULL days list slots.
 */
export function computeAvailability(input: AvailabilityInput): Availability {
  if (!isDay(input.from) || !isDay(input.to)) throw new RangeError("from and to must be YYYY-MM-DD days");
  if (Number.isNaN(input.now.getTime())) throw new RangeError("now is not a valid date");
  checkSlotMinutes(input.rule.slotMinutes);
  if (input.to < input.from) return { days: [], nextAvailableDay: null };
  if (input.to > addDays(input.from, MAX_RANGE_DAYS - 1)) {
    throw new RangeError(`At most ${MAX_RANGE_DAYS} days at a time`);
  }

  const today = dayWib(input.now);
  const firstBookable = addDays(today, Math.max(0, Math.floor(input.window.minDaysAhead)));
  const lastBookable = addDays(today, Math.floor(input.window.maxDaysAhead));
  const capacity = onlineCapacity(input.rule);

  const days: AvailabilityDay[] = [];
  for (let day = input.from; day <= input.to; day = addDays(day, 1)) {
    days.push(computeDay(input, day, firstBookable, lastBookable, capacity));
  }
  const nextAvailableDay = days.find((d) => d.status === "OPEN")?.day ?? null;
  return { days, nextAvailableDay };
}

export type SlotCheck =
  | { ok: true; slot: AvailableSlot }
  | { ok: false; reason: "NOT_A_SLOT" | "HOLIDAY" | "CLOSED" | "OUTSIDE_WINDOW" | "FULL" };

/** The availability input; `from` and `to` are ignored (the slot's own WIB day is used). */
export type SlotCheckInput = Omit<AvailabilityInput, "from" | "to"> & { from?: string; to?: string };

/**
 * Checks a slot start requested by a citizen against the schedule: it must be exactly the start
 * of a computed slot, on an OPEN day inside the booking window, not yet started, with a place
 * left according to `input.booked`. Pass `booked: {}` to check only the schedule and let the
 * database decide about the places.
 */
export function checkSlot(input: SlotCheckInput, slotStart: Date): SlotCheck {
  if (Number.isNaN(slotStart.getTime())) return { ok: false, reason: "NOT_A_SLOT" };
  const day = dayWib(slotStart);
  const isStart = slotStartsForDay(day, input.hours, input.rule.slotMinutes).some(
    (s) => s.getTime() === slotStart.getTime(),
  );
  if (!isStart) return { ok: false, reason: "NOT_A_SLOT" };
  const d = computeAvailability({ ...input, from: day, to: day }).days[0];
  if (!d) return { ok: false, reason: "NOT_A_SLOT" };
  if (d.status === "HOLIDAY" || d.status === "CLOSED" || d.status === "OUTSIDE_WINDOW") return { ok: false, reason: d.status };
  const slot = d.slots.find((s) => s.startsAt.getTime() === slotStart.getTime());
  // A slot of the day that is no longer listed has already started.
  if (!slot) return { ok: false, reason: "OUTSIDE_WINDOW" };
  if (slot.remaining <= 0) return { ok: false, reason: "FULL" };
  return { ok: true, slot };
}

/** True when `slotStart` is a slot the citizen may book now (see checkSlot). */
export function isBookableSlot(input: SlotCheckInput, slotStart: Date): boolean {
  return checkSlot(input, slotStart).ok;
}
