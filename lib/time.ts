// Time in the portal is WIB (Asia/Jakarta, UTC+7, no daylight saving). Instants are stored
// in UTC; calendar days are "YYYY-MM-DD" strings of the WIB day; times of day are minutes
// after midnight WIB.

export const WIB_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function shifted(date: Date): Date {
  return new Date(date.getTime() + WIB_OFFSET_MINUTES * MS_PER_MINUTE);
}

/** The WIB calendar day of an instant, e.g. 2026-12-01T16:30Z -> "2026-12-01" (23:30 WIB). */
export function dayWib(date: Date): string {
  return shifted(date).toISOString().slice(0, 10);
}

/** Minutes after midnight WIB of an instant. */
export function minuteOfDayWib(date: Date): number {
  const s = shifted(date);
  return s.getUTCHours() * 60 + s.getUTCMinutes();
}

/** Hour of the day in WIB (0-23). */
export function hourWib(date: Date): number {
  return shifted(date).getUTCHours();
}

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parseDay(day: string): Date {
  if (!isDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** ISO weekday of a calendar day: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(day: string): Weekday {
  const w = parseDay(day).getUTCDay();
  return (w === 0 ? 7 : w) as Weekday;
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The instant at `minute` minutes after midnight WIB on `day`. */
export function wibInstant(day: string, minute: number): Date {
  return new Date(parseDay(day).getTime() + (minute - WIB_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/** "08:00" -> 480. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 480 -> "08.00" (Indonesian style, as on signs and in the news). */
export function formatClock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}.${String(m).padStart(2, "0")}`;
}

/** ISO 8601 with the +07:00 offset, e.g. "2026-12-01T08:30:00+07:00". */
export function toWibIso(date: Date): string {
  return `${shifted(date).toISOString().slice(0, 19)}+07:00`;
}
