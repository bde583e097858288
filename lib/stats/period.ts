// The period an official looks at: two WIB days (inclusive), from a form or the API query string,
// or a preset. Pure: "today" is passed in.
import { z } from "zod";
import { addDays, isDay } from "@/lib/time";
import { dayCount } from "./math";

/** Longest period in one request: three years (the history the dashboard is sized for is two). */
export const MAX_PERIOD_DAYS = 3 * 366;
/** Earliest day accepted (before the MPP opened nothing exists; it only bounds the input). */
export const MIN_DAY = "2020-01-01";

export const PRESETS = ["today", "7d", "30d", "this-month", "last-month", "this-year"] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = "30d";

export type Period = { from: string; to: string };

/** The days of a preset, relative to `today` (a WIB day). */
export function presetPeriod(preset: Preset, today: string): Period {
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "this-month":
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case "last-month": {
      const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
    case "this-year":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The preset that produces exactly this period today, if any (to mark it in the picker). */
export function presetOf(period: Period, today: string): Preset | null {
  return PRESETS.find((p) => {
    const q = presetPeriod(p, today);
    return q.from === period.from && q.to === period.to;
  }) ?? null;
}

const day = z
  .string()
  .max(10, { error: "invalid" })
  .refine((v) => isDay(v) && v >= MIN_DAY, { error: "stats.errors.day" })
  .meta({ description: "Calendar day in WIB (Asia/Jakarta), YYYY-MM-DD.", examples: ["2026-11-01"] });

/**
 * The query of the stats API and of the dashboard form: from and to (WIB days, inclusive; both
 * or neither), and optionally one gerai by its number. Field errors name message keys.
 */
export const PeriodQuerySchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    counter: z.coerce.number({ error: "notInteger" }).int({ error: "notInteger" }).min(1).max(999).optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined)) {
      ctx.addIssue({ code: "custom", path: [q.from === undefined ? "from" : "to"], message: "required" });
      return;
    }
    if (q.from !== undefined && q.to !== undefined) {
      if (q.to < q.from) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.errors.reversed" });
      else if (dayCount(q.from, q.to) > MAX_PERIOD_DAYS) {
        ctx.addIssue({ code: "custom", path: ["to"], message: `stats.errors.tooLong${JSON.stringify({ max: MAX_PERIOD_DAYS })}` });
      }
    }
  });

export type PeriodQuery = z.output<typeof PeriodQuerySchema>;

/** The period of a parsed query, or the default preset when it gives none. */
export function periodOf(q: PeriodQuery, today: string): Period {
  return q.from && q.to ? { from: q.from, to: q.to } : presetPeriod(DEFAULT_PRESET, today);
}

export type PeriodParams = { from?: string | string[]; to?: string | string[]; preset?: string | string[] };

export type ResolvedPeriod = {
  period: Period;
  active: Preset | null;
  /** Field errors as message keys of the "stats" namespace (errors.day, errors.reversed, ...). */
  errors: { from?: { key: string; values?: Record<string, number> }; to?: { key: string; values?: Record<string, number> } };
  /** What the form sent, to show again next to its errors. */
  values: { from?: string; to?: string };
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * The period of a dashboard URL: ?preset=... wins, else ?from=&to= (validated; on errors the
 * default period is shown with the errors next to the fields), else the default preset.
 */
export function resolvePeriodParams(params: PeriodParams, today: string): ResolvedPeriod {
  const preset = one(params.preset);
  if (preset && (PRESETS as readonly string[]).includes(preset)) {
    const period = presetPeriod(preset as Preset, today);
    return { period, active: preset as Preset, errors: {}, values: {} };
  }
  const values = { from: one(params.from), to: one(params.to) };
  if (!values.from && !values.to) {
    const period = presetPeriod(DEFAULT_PRESET, today);
    return { period, active: DEFAULT_PRESET, errors: {}, values: {} };
  }
  const parsed = PeriodQuerySchema.safeParse(values);
  if (parsed.success) {
    const period = periodOf(parsed.data, today);
    return { period, active: presetOf(period, today), errors: {}, values };
  }
  const errors: ResolvedPeriod["errors"] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== "from" && field !== "to") continue;
    if (errors[field]) continue;
    const m = /^stats\.(errors\.\w+)(\{.*\})?$/.exec(issue.message);
    errors[field] = m ? { key: m[1]!, values: m[2] ? (JSON.parse(m[2]) as Record<string, number>) : undefined } : { key: issue.message === "required" ? "errors.required" : "errors.day" };
  }
  const period = presetPeriod(DEFAULT_PRESET, today);
  return { period, active: null, errors, values };
}
