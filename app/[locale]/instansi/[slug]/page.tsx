import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { ServiceList } from "@/components/catalogue/service-list";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { listAgencies, listServices } from "@/lib/catalogue/queries";

export const revalidate = 3600;
export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  return (await listAgencies()).find((a) => a.slug === slug) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const a = await load(params);
  if (!a) return {};
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("servicesOfAgency", { agency: a.name }), description: a.description, alternates: { canonical: `/instansi/${a.slug}` } };
}

export default async function AgencyPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const a = await load(params);
  if (!a) notFound();
  const [t, services] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), listServices({ agency: a.slug })]);
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ href: "/layanan", label: t("servicesTitle") }, { label: a.shortName }]} />
      <h1 className="text-2xl font-bold text-brand-900">{a.name}</h1>
      <p className="mt-1 text-muted">{t(`kinds.${a.kind}`)}</p>
      <p className="mt-3">{a.description}</p>
      <p className="mt-2 text-sm">
        {a.counterNumbers.map((n, i) => (
          <span key={n}>
            {i > 0 && ", "}
            <Link href={`/gerai/${n}`}>{t("counterLabel", { number: n })}</Link>
          </span>
        ))}
        {" · "}
        {t("mainOffice")}: {a.address}
      </p>
      <h2 className="mb-3 mt-6 text-xl font-semibold text-brand-900">{t("serviceCount", { count: services.length })}</h2>
      <ServiceList services={services} locale={locale} testId="agency-services" />
    </>
  );
}
