import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GeraiEvaluationView } from "@/components/stats/gerai-view";
import { PeriodForm } from "@/components/stats/period-form";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { periodFormText, periodLabel } from "@/lib/stats/page-text";
import { resolvePeriodParams, type PeriodParams } from "@/lib/stats/period";
import { getGeraiReport } from "@/lib/stats/queries";
import type { Translate } from "@/lib/stats/tables";
import { dayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; number: string }>; searchParams: Promise<PeriodParams> };

function geraiNumber(raw: string): number {
  if (!/^\d{1,3}$/.test(raw)) notFound();
  return Number(raw);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: "stats" });
  return { title: t("geraiPage.title", { name: t("gerai", { number: geraiNumber(number) }) }), robots: { index: false } };
}

/** Evaluation of one gerai over a period. */
export default async function GeraiEvaluationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { number: raw } = await params;
  const number = geraiNumber(raw);
  const path = `/staf/statistik/gerai/${number}`;
  const actor = await requireStaffPage("evaluation:read", path);
  const t = (await getTranslations({ locale, namespace: "stats" })) as unknown as Translate;
  const resolved = resolvePeriodParams(await searchParams, dayWib(new Date()));
  const report = await getGeraiReport(db, actor, number, resolved.period).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const month = resolved.period.to.slice(0, 7);
  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link href={`/staf/statistik?from=${resolved.period.from}&to=${resolved.period.to}`}>‹ {t("geraiPage.back")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{t("geraiPage.title", { name: report.gerai.name })}</h1>
        <p className="mt-1 text-muted">
          {t("geraiPage.lead", { number: report.gerai.number, agency: report.gerai.agencyName, period: periodLabel(locale, resolved.period.from, resolved.period.to) })}
        </p>
      </div>
      <PeriodForm action={path} period={resolved.period} active={resolved.active} text={periodFormText(t, resolved)} values={resolved.values} />
      <p className="no-print">
        <Link href={`${path}/bulanan?bulan=${month}`}>{t("geraiPage.monthly")}</Link>
      </p>
      <GeraiEvaluationView report={report} t={t} locale={locale} />
    </div>
  );
}
