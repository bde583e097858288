// Pure statistics helpers for the officials' dashboard (no database, no time zone maths beyond
// WIB calendar-day strings). Every figure the dashboard shows is defined here or in queries.ts.
import { addDays, isDay, weekdayOf } from "@/lib/time";

/**
 * Nearest-rank percentile: the smallest value such that at least p % of the values are less
 * than or equal to it, i.e. the value at rank ceil(p/100 x n) of the sorted values (1-based).
 * Always one of the observed values. p in (0, 100]; null for no values.
 * E.g. [1,2,3,4,5,6,7,8,9,10]: p50 = 5, p90 = 9; [15, 20, 35, 40, 50]: p90 = 50.
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError("p must be in (0, 100]");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, p) - 1]!;
}

/** 1-based rank of the nearest-rank percentile among n sorted values: ceil(p/100 x n), at least 1. */
export function nearestRank(n: number, p: number): number {
  // Integer arithmetic where possible (p = 90 -> ceil(9n/10)) so that 0.9 x 10 is exactly 9.
  return Math.max(1, Math.ceil((p * n) / 100 - 1e-9));
}

/** Nearest-rank percentile from a histogram: (value, count) pairs in any order. */
export function percentileFromCounts(pairs: readonly { value: number; count: number }[], p: number): number | null {
  const sorted = pairs.filter((x) => x.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, x) => s + x.count, 0);
  if (n === 0) return null;
  const rank = nearestRank(n, p);
  let seen = 0;
  for (const x of sorted) {
    seen += x.count;
    if (seen >= rank) return x.value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Rounds to `digits` decimals (half away from zero); null stays null. */
export function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

export type Trend = {
  current: number | null;
  previous: number | null;
  /** (current - previous) / previous, e.g. 0.12 = +12 %; null when previous is 0 or missing. */
  change: number | null;
  direction: "UP" | "DOWN" | "FLAT" | "NONE";
};

/** Change of a figure against the previous period; within +-1 % counts as FLAT. */
export function trendOf(current: number | null, previous: number | null, flatWithin = 0.01): Trend {
  if (current === null || previous === null || previous === 0) {
    return { current, previous, change: null, direction: "NONE" };
  }
  const change = (current - previous) / previous;
  const direction = Math.abs(change) <= flatWithin ? "FLAT" : change > 0 ? "UP" : "DOWN";
  return { current, previous, change, direction };
}

// ---------------------------------------------------------------------------------------------
// Calendar buckets (WIB days)
// ---------------------------------------------------------------------------------------------

/** Every WIB day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  if (!isDay(from) || !isDay(to)) throw new RangeError("from and to must be YYYY-MM-DD days");
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const weekdays = new Map<string, number>();

/**
 * weekdayOf (lib/time.ts) remembered: a year's dashboard asks for the weekday of the same few
 * hundred days tens of thousands of times (capacity and opening of every gerai every day).
 */
export function weekdayOfDay(day: string): number {
  const known = weekdays.get(day);
  if (known !== undefined) return known;
  if (weekdays.size >= 20_000) weekdays.clear();
  const w = weekdayOf(day);
  weekdays.set(day, w);
  return w;
}

/** Number of days from `from` to `to`, inclusive (0 when to < from). */
export function dayCount(from: string, to: string): number {
  if (to < from) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * ISO 8601 week of a day, e.g. "2026-W49". Weeks start on Monday; week 1 is the week with the
 * year's first Thursday, so 2026-12-31 (Thursday) is 2026-W53 and 2027-01-01 too.
 */
export function isoWeekKey(day: string): string {
  const thursday = addDays(day, 4 - weekdayOfDay(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayCount(`${year}-01-01`, thursday) - 1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Monday of the ISO week of `day`. */
export function isoWeekStart(day: string): string {
  return addDays(day, 1 - weekdayOfDay(day));
}

/** Calendar month of a WIB day, e.g. "2026-12". */
export function monthKey(day: string): string {
  return day.slice(0, 7);
}

export type Granularity = "day" | "week" | "month";

export function bucketKey(day: string, granularity: Granularity): string {
  return granularity === "day" ? day : granularity === "week" ? isoWeekKey(day) : monthKey(day);
}

export type DayValue = { day: string; value: number };
export type Bucket = { key: string; from: string; to: string; days: number; value: number };

/**
 * Sums daily values into day, ISO-week or calendar-month buckets over [from, to]. Every bucket
 * of the period is listed (zeros included); `from`/`to` of a bucket are clipped to the period
 * and `days` counts its days inside the period (a partial first or last week/month).
 */
export function bucketize(values: readonly DayValue[], from: string, to: string, granularity: Granularity): Bucket[] {
  const byDay = new Map<string, number>();
  for (const v of values) byDay.set(v.day, (byDay.get(v.day) ?? 0) + v.value);
  const buckets: Bucket[] = [];
  for (const day of daysBetween(from, to)) {
    const key = bucketKey(day, granularity);
    let last = buckets[buckets.length - 1];
    if (!last || last.key !== key) {
      last = { key, from: day, to: day, days: 0, value: 0 };
      buckets.push(last);
    }
    last.to = day;
    last.days += 1;
    last.value += byDay.get(day) ?? 0;
  }
  return buckets;
}

/** The period of the same length just before [from, to]. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const n = dayCount(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}
