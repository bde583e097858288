import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Cost } from "@/components/catalogue/cost";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { getMppOverview } from "@/lib/catalogue/overview";
import { getService } from "@/lib/catalogue/queries";

export const revalidate = 3600;
export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const s = SLUG.test(slug) ? await getService(slug) : null;
  if (!s) return {};
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return {
    title: t("checklistTitle", { service: locale === "en" ? s.nameEn : s.name }),
    alternates: { canonical: `/layanan/${s.slug}/cetak` },
    robots: { index: false },
  };
}

/** A one-page requirement checklist to print (or save as PDF) and bring to the counter. */
export default async function ChecklistPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const { slug } = await params;
  const s = SLUG.test(slug) ? await getService(slug) : null;
  if (!s) notFound();
  const [t, mpp] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), getMppOverview()]);
  const title = locale === "en" ? s.nameEn : s.name;
  return (
    <article className="mx-auto max-w-2xl print:max-w-none">
      <p className="no-print mb-4">
        <Link href={`/layanan/${s.slug}`}>{t("backToService")}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{t("checklistTitle", { service: title })}</h1>
      <p className="mt-2">{t("checklistLead", { mpp: mpp.name })}</p>
      <p className="mt-2 text-sm">
        {t("whereText", { number: s.counter.number, floor: s.counter.floor, mpp: mpp.shortName })} · {t("cost")}:{" "}
        <Cost amount={s.costAmount} text={s.costText} locale={locale} /> · {t("duration")}: {s.durationText}
      </p>
      <ul className="mt-6 space-y-4" data-testid="checklist">
        {s.requirements.map((r) => (
          <li key={r.position} className="flex gap-3 border-b border-gray-300 pb-3">
            <span aria-hidden="true" className="mt-0.5 inline-block size-5 shrink-0 border-2 border-ink" />
            <span>
              {r.text}
              {r.optional && <span className="text-muted"> ({t("optional")})</span>}
              {r.note && <span className="block text-sm text-muted">{r.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-muted">{t("checklistFooter", { mpp: mpp.shortName })}</p>
    </article>
  );
}
