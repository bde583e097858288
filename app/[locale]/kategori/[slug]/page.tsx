import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { ServiceList } from "@/components/catalogue/service-list";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { listCategories, listServices } from "@/lib/catalogue/queries";

export const revalidate = 3600;
export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const category = (await listCategories()).find((c) => c.slug === slug);
  return category ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const c = await load(params);
  if (!c) return {};
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return {
    title: t("servicesInCategory", { category: locale === "en" ? c.nameEn : c.name }),
    description: c.description,
    alternates: { canonical: `/kategori/${c.slug}` },
  };
}

export default async function CategoryPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const c = await load(params);
  if (!c) notFound();
  const [t, services] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    listServices({ category: c.slug }),
  ]);
  const name = locale === "en" ? c.nameEn : c.name;
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ href: "/layanan", label: t("servicesTitle") }, { label: name }]} />
      <h1 className="text-2xl font-bold text-brand-900">{t("servicesInCategory", { category: name })}</h1>
      <p className="mb-6 text-muted">
        {c.description} · {t("serviceCount", { count: services.length })}
      </p>
      <ServiceList services={services} locale={locale} testId="category-services" />
    </>
  );
}
