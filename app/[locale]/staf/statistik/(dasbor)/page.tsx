import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarsChart, TrendChart } from "@/components/stats/charts";
import { DataTable } from "@/components/stats/data-table";
import { HeatMap } from "@/components/stats/heatmap";
import { PeriodForm } from "@/components/stats/period-form";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { exportHref, numberFormat, periodFormText, periodLabel } from "@/lib/stats/page-text";
import { resolvePeriodParams, type PeriodParams } from "@/lib/stats/period";
import { getDashboard } from "@/lib/stats/queries";
import { dashboardTables, flagText, type Translate } from "@/lib/stats/tables";
import { dayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PeriodParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "stats" });
  return { title: t("dashboard.title"), robots: { index: false } };
}

/** The officials' dashboard: visitors of the MPP over a period, per gerai, agency, service, domicile, hour. */
export default async function StatsDashboardPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("stats:read", "/staf/statistik");
  const t = (await getTranslations({ locale, namespace: "stats" })) as unknown as Translate;
  const today = dayWib(new Date());
  const resolved = resolvePeriodParams(await searchParams, today);
  const { period } = resolved;
  const d = await getDashboard(db, actor, period);
  const tables = dashboardTables(d, t, locale);
  const n0 = numberFormat(locale, 0);
  const n1 = numberFormat(locale, 1);
  const exportsOf = (id: string) => ({
    csv: exportHref(id, "csv", period),
    xlsx: exportHref(id, "xlsx", period),
    csvLabel: t("export.csv", { table: tables[id as keyof typeof tables].title }),
    xlsxLabel: t("export.xlsx", { table: tables[id as keyof typeof tables].title }),
  });
  const h = d.headline;
  const trendText =
    h.trend.direction === "NONE"
      ? t("headline.trendNone")
      : t(`headline.trend.${h.trend.direction}`, { change: n1.format(Math.abs((h.trend.change ?? 0) * 100)), previous: periodLabel(locale, d.previous.from, d.previous.to) });
  const arrow = { UP: "▲", DOWN: "▼", FLAT: "▶", NONE: "" }[h.trend.direction];
  const busiestGerai = [...d.byGerai].sort((a, b) => b.visitors - a.visitors)[0];
  const peakHour = [...d.byHour].sort((a, b) => b.visitors - a.visitors)[0];
  const topKec = [...d.byKecamatan].sort((a, b) => b.visitors - a.visitors)[0];
  const useWeeks = d.daily.length > 92;
  const trendData = useWeeks
    ? d.weekly.map((w) => ({ label: w.key, total: w.value, booking: w.booking, walkIn: w.walkIn }))
    : d.daily.map((r) => ({ label: r.day.slice(5), total: r.total, booking: r.booking, walkIn: r.walkIn }));

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{t("dashboard.title")}</h1>
        <p className="mt-1 text-muted">
          {t("dashboard.lead", { period: periodLabel(locale, period.from, period.to) })}
        </p>
      </div>

      <PeriodForm action="/staf/statistik" period={period} active={resolved.active} text={periodFormText(t, resolved)} values={resolved.values} />

      <section aria-labelledby="ringkasan" className="rounded border-2 border-brand-700 p-4">
        <h2 id="ringkasan" className="text-lg font-semibold">
          {t("headline.title")}
        </h2>
        <p className="mt-2 text-4xl font-bold text-brand-900" data-testid="headline-average">
          {h.averagePerDay === null ? "–" : n1.format(h.averagePerDay)}
          <span className="ml-2 text-base font-medium text-ink">{t("headline.perDay")}</span>
        </p>
        <p className="mt-1" data-testid="headline-trend">
          {arrow && <span aria-hidden="true">{arrow} </span>}
          {trendText}
        </p>
        <p className="mt-1 text-sm text-muted" data-testid="headline-detail">
          {t("headline.detail", { arrivals: n0.format(h.arrivals), days: n0.format(h.serviceDays) })}
        </p>
      </section>

      {d.overloaded.length > 0 && (
        <section aria-labelledby="beban" className="rounded border-l-8 border-red-700 bg-red-50 p-4">
          <h2 id="beban" className="text-lg font-semibold">
            {t("overload.title")}
          </h2>
          <p className="mt-1 text-sm">{t("overload.lead")}</p>
          <ul className="mt-3 space-y-4">
            {d.overloaded.map((o) => (
              <li key={o.gerai.number} data-testid={`overload-${o.gerai.number}`}>
                <p className="font-semibold">
                  <Link href={`/staf/statistik/gerai/${o.gerai.number}?from=${period.from}&to=${period.to}`}>
                    {t("gerai", { number: o.gerai.number })}: {o.gerai.name}
                  </Link>
                </p>
                <p className="text-sm">{flagText(t, o.gerai)}</p>
                <p className="text-sm">
                  {t("overload.domicile")}{" "}
                  {o.domicile
                    .filter((x) => x.visitors > 0)
                    .map((x) => `${x.name ?? t(x.code === "OUTSIDE" ? "domicile.outside" : "domicile.unknown")} ${n1.format((x.share ?? 0) * 100)} %`)
                    .join(", ")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="tren">
        <h2 id="tren" className="text-xl font-semibold">
          {t("sections.trend")}
        </h2>
        <figure className="mt-3">
          <TrendChart
            data={trendData}
            xKey="label"
            series={[
              { key: "total", label: t("col.total") },
              { key: "booking", label: t("col.booked") },
              { key: "walkIn", label: t("col.walkIn"), dashed: true },
            ]}
          />
          <figcaption className="mt-2 text-sm" data-testid="trend-caption">
            {t(useWeeks ? "charts.trendWeekly" : "charts.trendDaily", {
              total: n0.format(h.arrivals),
              booking: n0.format(d.bySource[0]!.visitors),
              walkIn: n0.format(d.bySource[1]!.visitors),
            })}
          </figcaption>
        </figure>
        <DataTable table={tables.daily} locale={locale} exports={exportsOf("daily")} collapsed={d.daily.length > 31} showLabel={t("showTable", { table: tables.daily.title })} />
        <h3 className="mt-6 font-semibold">{tables.weekly.title}</h3>
        <DataTable table={tables.weekly} locale={locale} exports={exportsOf("weekly")} collapsed={d.weekly.length > 14} showLabel={t("showTable", { table: tables.weekly.title })} />
        <h3 className="mt-6 font-semibold">{tables.monthly.title}</h3>
        <DataTable table={tables.monthly} locale={locale} exports={exportsOf("monthly")} />
        <h3 className="mt-6 font-semibold">{tables.source.title}</h3>
        <DataTable table={tables.source} locale={locale} exports={exportsOf("source")} />
      </section>

      <section aria-labelledby="per-gerai">
        <h2 id="per-gerai" className="text-xl font-semibold">
          {t("sections.gerai")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("help.geraiVisitors")}</p>
        <figure className="mt-3">
          <BarsChart
            data={d.byGerai.map((g) => ({ label: t("gerai", { number: g.number }), visitors: g.visitors, capacity: g.capacity }))}
            labelKey="label"
            valueKey="visitors"
            valueLabel={t("col.visitors")}
            compareKey="capacity"
            compareLabel={t("col.capacity")}
          />
          <figcaption className="mt-2 text-sm" data-testid="gerai-caption">
            {busiestGerai && t("charts.gerai", { gerai: busiestGerai.number, name: busiestGerai.name, visitors: n0.format(busiestGerai.visitors), flagged: d.overloaded.length })}
          </figcaption>
        </figure>
        <DataTable table={tables.gerai} locale={locale} exports={exportsOf("gerai")} rowLink={(row) => `/staf/statistik/gerai/${row.number}?from=${period.from}&to=${period.to}`} />
        <h3 className="mt-6 font-semibold">{tables.agency.title}</h3>
        <DataTable table={tables.agency} locale={locale} exports={exportsOf("agency")} />
        <h3 className="mt-6 font-semibold">{tables.service.title}</h3>
        <DataTable table={tables.service} locale={locale} exports={exportsOf("service")} collapsed showLabel={t("showTable", { table: tables.service.title })} />
      </section>

      <section aria-labelledby="domisili">
        <h2 id="domisili" className="text-xl font-semibold">
          {t("sections.kecamatan")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("help.kecamatan")}</p>
        <figure className="mt-3">
          <BarsChart data={tables.kecamatan.rows.map((r) => ({ label: r.kecamatan ?? null, visitors: r.visitors ?? null }))} labelKey="label" valueKey="visitors" valueLabel={t("col.visitors")} />
          <figcaption className="mt-2 text-sm">
            {topKec && t("charts.kecamatan", { name: topKec.name ?? t("domicile.outside"), share: n1.format((topKec.share ?? 0) * 100) })}
          </figcaption>
        </figure>
        <DataTable table={tables.kecamatan} locale={locale} exports={exportsOf("kecamatan")} />
      </section>

      <section aria-labelledby="jam">
        <h2 id="jam" className="text-xl font-semibold">
          {t("sections.hour")}
        </h2>
        <figure className="mt-3">
          <BarsChart data={tables.hour.rows.map((r) => ({ label: r.hour ?? null, visitors: r.visitors ?? null }))} labelKey="label" valueKey="visitors" valueLabel={t("col.visitors")} />
          <figcaption className="mt-2 text-sm">{peakHour && t("charts.hour", { hour: String(peakHour.hour).padStart(2, "0"), visitors: n0.format(peakHour.visitors) })}</figcaption>
        </figure>
        <DataTable table={tables.hour} locale={locale} exports={exportsOf("hour")} collapsed showLabel={t("showTable", { table: tables.hour.title })} />
        <h3 className="mt-6 font-semibold">{tables.heatmap.title}</h3>
        <p className="text-sm text-muted">{t("help.heatmap")}</p>
        <div className="mt-2">
          <HeatMap table={tables.heatmap} locale={locale} />
        </div>
        <p className="no-print mt-2 flex gap-4 text-sm">
          <a href={exportHref("heatmap", "csv", period)} download data-export="csv">
            {t("export.csv", { table: tables.heatmap.title })}
          </a>
          <a href={exportHref("heatmap", "xlsx", period)} download data-export="xlsx">
            {t("export.xlsx", { table: tables.heatmap.title })}
          </a>
        </p>
      </section>

      <section aria-labelledby="definisi">
        <h2 id="definisi" className="text-xl font-semibold">
          {t("sections.definitions")}
        </h2>
        <dl className="mt-3 space-y-3 text-sm">
          {["arrivals", "geraiVisitors", "average", "wait", "percentile", "noShow", "onTime", "capacity", "overload", "days"].map((k) => (
            <div key={k}>
              <dt className="font-semibold">{t(`definitions.${k}.term`)}</dt>
              <dd>{t(`definitions.${k}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
