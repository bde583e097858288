// The body of a gerai evaluation, shared by the interactive page and the printable monthly page.
import { BarsChart, TrendChart } from "@/components/stats/charts";
import { DataTable } from "@/components/stats/data-table";
import { HeatMap } from "@/components/stats/heatmap";
import { exportHref, numberFormat } from "@/lib/stats/page-text";
import type { GeraiReport } from "@/lib/stats/queries";
import { flagText, geraiTables, type Translate } from "@/lib/stats/tables";

export function GeraiEvaluationView({ report, t, locale, print = false }: { report: GeraiReport; t: Translate; locale: string; print?: boolean }) {
  const e = report.evaluation;
  const tables = geraiTables(report, t, locale);
  const n0 = numberFormat(locale, 0);
  const n1 = numberFormat(locale, 1);
  const mins = (s: number | null) => (s === null ? "–" : n1.format(s / 60));
  const pct = (r: number | null) => (r === null ? "–" : `${n1.format(r * 100)} %`);
  const exportsOf = (id: keyof typeof tables) =>
    print
      ? undefined
      : {
          csv: exportHref(id, "csv", report.period, report.gerai.number),
          xlsx: exportHref(id, "xlsx", report.period, report.gerai.number),
          csvLabel: t("export.csv", { table: tables[id].title }),
          xlsxLabel: t("export.xlsx", { table: tables[id].title }),
        };
  const summary: [string, string][] = [
    [t("col.visitors"), n0.format(e.visitors)],
    [t("col.bookings"), n0.format(e.bookings)],
    [t("col.noShowPercent"), pct(e.noShowRate)],
    [t("col.avgWait"), mins(e.avgWaitSeconds)],
    [t("col.p90Wait"), mins(e.p90WaitSeconds)],
    [t("col.avgService"), mins(e.avgServiceSeconds)],
    [t("col.p90Service"), mins(e.p90ServiceSeconds)],
    [t("col.onTimePercent"), pct(e.onTimeRate)],
    [t("col.capacity"), e.capacity === null ? "–" : n0.format(e.capacity)],
    [t("col.capacityUsedPercent"), pct(e.capacityUsed)],
    [t("col.daysOver"), `${n0.format(e.daysOverCapacity)} / ${n0.format(e.openDays)}`],
  ];
  const daysOver = report.days.filter((d) => d.capacity !== null && d.visitors > d.capacity).length;
  return (
    <div className="space-y-8">
      <section aria-labelledby="ringkasan-gerai">
        <h2 id="ringkasan-gerai" className="text-xl font-semibold">
          {t("geraiPage.summary")}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="gerai-summary">
          {summary.map(([k, v]) => (
            <div key={k} className="flex justify-between border-b border-gray-300 py-1">
              <dt>{k}</dt>
              <dd className="font-semibold tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
        <p className={`mt-3 ${e.flags.length ? "rounded border-l-8 border-red-700 bg-red-50 p-3 font-semibold" : ""}`} data-testid="gerai-flags">
          {e.flags.length ? flagText(t, e) : t("geraiPage.noFlags")}
        </p>
      </section>

      <section aria-labelledby="harian">
        <h2 id="harian" className="text-xl font-semibold">
          {tables["gerai-days"].title}
        </h2>
        <figure className="mt-3">
          {!print && (
            <TrendChart
              data={report.days.map((d) => ({ label: d.day.slice(5), visitors: d.visitors, capacity: d.capacity }))}
              xKey="label"
              series={[
                { key: "visitors", label: t("col.visitors") },
                { key: "capacity", label: t("col.capacity"), dashed: true },
              ]}
            />
          )}
          <figcaption className="mt-2 text-sm">{t("charts.geraiDays", { days: daysOver })}</figcaption>
        </figure>
        <DataTable table={tables["gerai-days"]} locale={locale} exports={exportsOf("gerai-days")} collapsed={!print && report.days.length > 31} showLabel={t("showTable", { table: tables["gerai-days"].title })} />
      </section>

      <section aria-labelledby="mingguan">
        <h2 id="mingguan" className="text-xl font-semibold">
          {tables["gerai-weeks"].title}
        </h2>
        <figure className="mt-3">
          {!print && (
            <TrendChart
              data={report.weekly.map((w) => ({ label: w.key, wait: w.avgWaitSeconds === null ? null : Math.round(w.avgWaitSeconds / 6) / 10 }))}
              xKey="label"
              series={[{ key: "wait", label: t("col.avgWait") }]}
            />
          )}
          <figcaption className="mt-2 text-sm">{t("charts.geraiWait", { first: mins(e.waitFirstHalf), second: mins(e.waitSecondHalf) })}</figcaption>
        </figure>
        <DataTable table={tables["gerai-weeks"]} locale={locale} exports={exportsOf("gerai-weeks")} />
      </section>

      <section aria-labelledby="domisili-gerai">
        <h2 id="domisili-gerai" className="text-xl font-semibold">
          {t("sections.kecamatan")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("help.geraiVisitors")}</p>
        {!print && (
          <BarsChart data={tables["gerai-kecamatan"].rows.map((r) => ({ label: r.kecamatan ?? null, visitors: r.visitors ?? null }))} labelKey="label" valueKey="visitors" valueLabel={t("col.visitors")} />
        )}
        <DataTable table={tables["gerai-kecamatan"]} locale={locale} exports={exportsOf("gerai-kecamatan")} />
      </section>

      <section aria-labelledby="layanan-gerai">
        <h2 id="layanan-gerai" className="text-xl font-semibold">
          {tables["gerai-service"].title}
        </h2>
        <DataTable table={tables["gerai-service"]} locale={locale} exports={exportsOf("gerai-service")} />
      </section>

      <section aria-labelledby="jam-gerai">
        <h2 id="jam-gerai" className="text-xl font-semibold">
          {t("sections.hour")}
        </h2>
        <DataTable table={tables["gerai-hour"]} locale={locale} exports={exportsOf("gerai-hour")} />
        <h3 className="mt-6 font-semibold">{tables["gerai-heatmap"].title}</h3>
        <p className="text-sm text-muted">{t("help.heatmap")}</p>
        <div className="mt-2">
          <HeatMap table={tables["gerai-heatmap"]} locale={locale} />
        </div>
      </section>
    </div>
  );
}
