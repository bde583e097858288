import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { SearchForm } from "@/components/catalogue/search-form";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { getMppOverview } from "@/lib/catalogue/overview";
import { listAgencies, listCategories } from "@/lib/catalogue/queries";

export const revalidate = 3600;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("servicesTitle"), alternates: { canonical: "/layanan" } };
}

export default async function ServicesPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const [t, o, categories, agencies] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getMppOverview(),
    listCategories(),
    listAgencies(),
  ]);
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("servicesTitle") }]} />
      <h1 className="text-2xl font-bold text-brand-900">{t("servicesTitle")}</h1>
      <p className="mb-6 text-muted">{t("servicesLead", { count: o.serviceCount, counters: o.counterCount })}</p>
      <div className="mb-8 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <SearchForm locale={locale} agencies={agencies} categories={categories} />
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="kategori">
          <h2 id="kategori" className="mb-3 text-xl font-semibold text-brand-900">
            {t("byCategory")}
          </h2>
          <ul className="space-y-2" data-testid="categories">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/kategori/${c.slug}`} className="font-medium">
                  {locale === "en" ? c.nameEn : c.name}
                </Link>{" "}
                <span className="text-sm text-muted">({t("serviceCount", { count: c.serviceCount })})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="instansi">
          <h2 id="instansi" className="mb-3 text-xl font-semibold text-brand-900">
            {t("byAgency")}
          </h2>
          <ul className="space-y-2" data-testid="agencies">
            {agencies.map((a) => (
              <li key={a.slug}>
                <Link href={`/instansi/${a.slug}`} className="font-medium">
                  {a.name}
                </Link>{" "}
                <span className="text-sm text-muted">({t("serviceCount", { count: a.serviceCount })})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
