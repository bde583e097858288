import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/booking/print-button";
import { GeraiEvaluationView } from "@/components/stats/gerai-view";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getGeraiReport } from "@/lib/stats/queries";
import type { Translate } from "@/lib/stats/tables";
import { addDays, dayWib, isDay, toWibIso } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; number: string }>; searchParams: Promise<{ bulan?: string | string[] }> };

function geraiNumber(raw: string): number {
  if (!/^\d{1,3}$/.test(raw)) notFound();
  return Number(raw);
}

/** The calendar month of ?bulan=YYYY-MM (default: last month), as first and last day. */
function monthOf(raw: string | undefined, today: string): { month: string; from: string; to: string; valid: boolean } {
  const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const valid = raw === undefined || (/^\d{4}-\d{2}$/.test(raw) && isDay(`${raw}-01`));
  const month = raw && valid ? raw : lastMonth;
  const next = addDays(`${month}-28`, 4).slice(0, 7);
  return { month, from: `${month}-01`, to: addDays(`${next}-01`, -1), valid };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: "stats" });
  return { title: t("monthly.title", { name: t("gerai", { number: geraiNumber(number) }) }), robots: { index: false } };
}

/** A printable monthly evaluation of one gerai (print stylesheet: no navigation, no charts). */
export default async function MonthlyEvaluationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { number: raw } = await params;
  const number = geraiNumber(raw);
  const path = `/staf/statistik/gerai/${number}/bulanan`;
  const actor = await requireStaffPage("evaluation:read", path);
  const t = (await getTranslations({ locale, namespace: "stats" })) as unknown as Translate;
  const bulan = (await searchParams).bulan;
  const now = new Date();
  const m = monthOf(Array.isArray(bulan) ? bulan[0] : bulan, dayWib(now));
  const report = await getGeraiReport(db, actor, number, { from: m.from, to: m.to }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const monthName = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m.from}T00:00:00Z`));
  return (
    <article className="space-y-6 print:text-sm">
      <p className="no-print">
        <Link href={`/staf/statistik/gerai/${number}?from=${m.from}&to=${m.to}`}>‹ {t("geraiPage.title", { name: report.gerai.name })}</Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t("monthly.title", { name: report.gerai.name })}</h1>
        <p className="mt-1">
          {t("monthly.monthLabel", { month: monthName })} · {report.gerai.agencyName}
        </p>
        <p className="mt-1 text-sm text-muted">{t("monthly.generated", { date: toWibIso(now).slice(0, 16).replace("T", " "), name: actor.name })}</p>
      </header>
      <form method="get" action={path} className="no-print flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor="bulan" className="block font-medium">
            {t("monthly.month")}
          </label>
          {!m.valid && (
            <p id="bulan-galat" className="text-sm font-semibold text-red-700">
              {t("monthly.invalidMonth")}
            </p>
          )}
          <input id="bulan" name="bulan" type="month" defaultValue={m.month} aria-invalid={!m.valid || undefined} aria-describedby={m.valid ? undefined : "bulan-galat"} className="mt-1 min-h-11 rounded border-2 border-ink px-2" />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("monthly.submit")}
        </button>
        <PrintButton label={t("monthly.print")} />
      </form>
      <GeraiEvaluationView report={report} t={t} locale={locale} print />
      <section className="text-sm">
        <h2 className="font-semibold">{t("sections.definitions")}</h2>
        <dl className="mt-2 space-y-2">
          {["geraiVisitors", "wait", "percentile", "noShow", "onTime", "capacity", "overload"].map((k) => (
            <div key={k}>
              <dt className="font-semibold">{t(`definitions.${k}.term`)}</dt>
              <dd>{t(`definitions.${k}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
