import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { TodayStatus } from "@/components/catalogue/today-status";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { listCounters } from "@/lib/catalogue/queries";

export const revalidate = 300;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("countersTitle"), alternates: { canonical: "/gerai" } };
}

export default async function CountersPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const [t, counters] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), listCounters()]);
  const floors = [...new Set(counters.map((c) => c.floor))].sort();
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("countersTitle") }]} />
      <h1 className="text-2xl font-bold text-brand-900">{t("countersTitle")}</h1>
      <p className="mb-6 text-muted">{t("countersLead", { count: counters.length, floors: floors.length })}</p>
      {floors.map((floor) => (
        <section key={floor} aria-labelledby={`lantai-${floor}`} className="mb-8">
          <h2 id={`lantai-${floor}`} className="mb-3 text-xl font-semibold text-brand-900">
            {t("floor", { floor })}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2" data-testid={`floor-${floor}`}>
            {counters
              .filter((c) => c.floor === floor)
              .map((c) => (
                <li key={c.number} className="rounded-lg border border-gray-200 p-4">
                  <h3 className="font-semibold">
                    <Link href={`/gerai/${c.number}`}>
                      {t("counterLabel", { number: c.number })}: {c.agency.name}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm">
                    <TodayStatus status={c.today} locale={locale} />
                  </p>
                  <p className="mt-1 text-sm text-muted">
                    {t("serviceCount", { count: c.services.length })}:{" "}
                    {c.services
                      .slice(0, 3)
                      .map((s) => (locale === "en" ? s.nameEn : s.name))
                      .join("; ")}
                    {c.services.length > 3 ? "; …" : ""}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
