// Text helpers shared by the statistics pages (server only: they take next-intl's translator).
import type { PeriodFormText } from "@/components/stats/period-form";
import { PRESETS, type Preset, type ResolvedPeriod } from "./period";
import type { Translate } from "./tables";

export function periodFormText(t: Translate, resolved: ResolvedPeriod): PeriodFormText {
  const err = (f: "from" | "to") => {
    const e = resolved.errors[f];
    return e ? t(e.key, e.values) : undefined;
  };
  return {
    legend: t("period.legend"),
    from: t("period.from"),
    to: t("period.to"),
    submit: t("period.submit"),
    presetsLabel: t("period.presets"),
    presets: Object.fromEntries(PRESETS.map((p) => [p, t(`period.preset.${p}`)])) as Record<Preset, string>,
    errors: { from: err("from"), to: err("to") },
  };
}

/** "1 Nov 2026 – 30 Nov 2026" in the page's language. */
export function periodLabel(locale: string, from: string, to: string): string {
  const f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const a = f.format(new Date(`${from}T00:00:00Z`));
  return from === to ? a : `${a} – ${f.format(new Date(`${to}T00:00:00Z`))}`;
}

export function numberFormat(locale: string, digits = 0) {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Query string of an export link. */
export function exportHref(table: string, format: "csv" | "xlsx", period: { from: string; to: string }, gerai?: number): string {
  const q = new URLSearchParams({ tabel: table, format, from: period.from, to: period.to });
  if (gerai !== undefined) q.set("gerai", String(gerai));
  return `/staf/statistik/ekspor?${q.toString()}`;
}
