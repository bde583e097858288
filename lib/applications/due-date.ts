// Due dates of applications: the service's duration (jangka waktu) in working days, counted from
// the day after the application was received. Working days are Monday to Friday that are not a
// closure day of the whole MPP or of the application's gerai (national holidays, cuti bersama,
// local closures). Pure functions over "YYYY-MM-DD" WIB days; the data layer loads the closures.
import { addDays, weekdayOf } from "@/lib/time";

/** Whether `day` is a working day: Monday-Friday and not in `closed`. */
export function isWorkingDay(day: string, closed: ReadonlySet<string>): boolean {
  return weekdayOf(day) <= 5 && !closed.has(day);
}

/**
 * The day `workingDays` working days after `receivedDay` (which itself does not count).
 * 0 working days: the received day itself (same-day services).
 * E.g. received Friday 2026-12-18 with 3 working days and 24-25 December closed:
 * Mon 21, Tue 22, Wed 23 -> "2026-12-23"; with 4 -> Mon 28.
 */
export function dueDay(receivedDay: string, workingDays: number, closed: ReadonlySet<string>): string {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`Bad working days: ${workingDays}`);
  let day = receivedDay;
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (isWorkingDay(day, closed)) counted++;
  }
  return day;
}

/**
 * How many calendar days after the received day the closures must be known to compute a due
 * date of `workingDays`: weekends plus the longest holiday chain (Lebaran with cuti bersama is
 * about 10 days) with a wide margin.
 */
export function closureHorizonDays(workingDays: number): number {
  return Math.ceil((workingDays * 7) / 5) + 60;
}

/** Whether an application still open is past its due day (today is a WIB day). */
export function isOverdue(due: string, today: string, terminal: boolean): boolean {
  return !terminal && today > due;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string, closed: ReadonlySet<string>): number {
  if (to === from) return 0;
  const sign = to > from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, closed)) n++;
  return sign * n;
}
