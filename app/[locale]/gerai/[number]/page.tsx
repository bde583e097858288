import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { TodayStatus } from "@/components/catalogue/today-status";
import { HoursList } from "@/components/layout/hours-list";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { getCounter } from "@/lib/catalogue/queries";

export const revalidate = 300;
export function generateStaticParams(): { locale: string; number: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; number: string }> };

function parseNumber(raw: string): number | null {
  return /^[1-9]\d{0,2}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const n = parseNumber((await params).number);
  const counter = n ? await getCounter(n) : null;
  if (!counter) return {};
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return {
    title: t("counterTitle", { number: counter.number, agency: counter.agency.name }),
    description: counter.description,
    alternates: { canonical: `/gerai/${counter.number}` },
  };
}

export default async function CounterPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const n = parseNumber((await params).number);
  const counter = n ? await getCounter(n) : null;
  if (!counter) notFound();
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return (
    <>
      <Breadcrumbs
        locale={locale}
        items={[{ href: "/gerai", label: t("countersTitle") }, { label: t("counterLabel", { number: counter.number }) }]}
      />
      <h1 className="text-2xl font-bold text-brand-900">{t("counterTitle", { number: counter.number, agency: counter.agency.name })}</h1>
      <p className="mt-1 text-muted">
        {t("floor", { floor: counter.floor })} · {t(`kinds.${counter.agency.kind}`)}
      </p>
      <p className="mt-3">{counter.description}</p>
      <p className="mt-3 font-medium" data-testid="counter-today">
        <TodayStatus status={counter.today} locale={locale} />
      </p>
      <div className="mt-6 grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="jam">
          <h2 id="jam" className="mb-2 text-xl font-semibold text-brand-900">
            {t("weeklyHours")}
          </h2>
          <HoursList hours={counter.hours} locale={locale} className="max-w-sm divide-y divide-brand-100" />
        </section>
        <section aria-labelledby="layanan">
          <h2 id="layanan" className="mb-2 text-xl font-semibold text-brand-900">
            {t("servicesAtCounter")}
          </h2>
          <ul className="list-disc space-y-1 pl-5" data-testid="counter-services">
            {counter.services.map((s) => (
              <li key={s.slug}>
                <Link href={`/layanan/${s.slug}`}>{locale === "en" ? s.nameEn : s.name}</Link>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">
            <Link href={`/instansi/${counter.agency.slug}`}>{t("servicesOfAgency", { agency: counter.agency.shortName })}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
