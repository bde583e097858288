// The order of a gerai's waiting list, and the grace rules for booked visitors. Pure functions
// (no database, no clock): lib/queue/service.ts and the pages use them, tests cover them with
// examples and properties (tests/unit/queue-order.test.ts).
//
// Rule (also shown on the queue page):
// 1. A booked visitor who checked in on time (not later than slot start + grace) and whose slot
//    has started goes before everyone else; among them the earliest slot first (then the
//    earliest check-in, then the lower queue number).
// 2. Everyone else (walk-ins, booked visitors whose slot has not started yet, late arrivals,
//    transferred visitors) is served first come, first served by check-in time (then the lower
//    queue number).
// A booked visitor who arrives early waits like a walk-in until the slot starts, then moves up.
// A late arrival (checked in after slot start + grace) is still accepted but loses the priority.

/** Minutes after slot start within which a booked visitor is on time. */
export const GRACE_MINUTES = 15;

const MS_PER_MINUTE = 60_000;

export interface QueueEntry {
  source: "BOOKING" | "WALK_IN";
  queueNumber: number;
  checkedInAt: Date;
  /** Start of the booked slot; null for walk-ins and for visitors transferred from another gerai. */
  slotStart: Date | null;
}

/** The last instant at which a booked visitor still counts as on time. */
export function graceDeadline(slotStart: Date, graceMinutes: number = GRACE_MINUTES): Date {
  return new Date(slotStart.getTime() + graceMinutes * MS_PER_MINUTE);
}

/** Whether a check-in at `checkedInAt` for a slot starting at `slotStart` is late. */
export function isLate(slotStart: Date, checkedInAt: Date, graceMinutes: number = GRACE_MINUTES): boolean {
  return checkedInAt.getTime() > graceDeadline(slotStart, graceMinutes).getTime();
}

/** Whether a booking never checked in has become a no-show at `now`. */
export function isNoShowDue(slotStart: Date, now: Date, graceMinutes: number = GRACE_MINUTES): boolean {
  return now.getTime() > graceDeadline(slotStart, graceMinutes).getTime();
}

/** Whether the entry goes before first-come-first-served visitors at `now` (rule 1). */
export function hasPriority(e: QueueEntry, now: Date, graceMinutes: number = GRACE_MINUTES): boolean {
  return (
    e.source === "BOOKING" &&
    e.slotStart !== null &&
    e.slotStart.getTime() <= now.getTime() &&
    !isLate(e.slotStart, e.checkedInAt, graceMinutes)
  );
}

function byCheckIn(a: QueueEntry, b: QueueEntry): number {
  return a.checkedInAt.getTime() - b.checkedInAt.getTime() || a.queueNumber - b.queueNumber;
}

/** The waiting list in serving order at `now` (a new array; the input is not changed). */
export function orderWaiting<T extends QueueEntry>(entries: readonly T[], now: Date, graceMinutes: number = GRACE_MINUTES): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  for (const e of entries) (hasPriority(e, now, graceMinutes) ? first : rest).push(e);
  first.sort((a, b) => (a.slotStart?.getTime() ?? 0) - (b.slotStart?.getTime() ?? 0) || byCheckIn(a, b));
  rest.sort(byCheckIn);
  return [...first, ...rest];
}
