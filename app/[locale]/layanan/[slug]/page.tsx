import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { Cost } from "@/components/catalogue/cost";
import { TodayStatus } from "@/components/catalogue/today-status";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { getMppOverview } from "@/lib/catalogue/overview";
import { getService } from "@/lib/catalogue/queries";
import { governmentServiceJsonLd, jsonLdText } from "@/lib/catalogue/structured-data";
import { env } from "@/lib/env";

export const revalidate = 3600;
export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function load(params: Props["params"]) {
  const { slug } = await params;
  return SLUG.test(slug) ? getService(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const s = await load(params);
  if (!s) return {};
  return {
    title: locale === "en" ? s.nameEn : s.name,
    description: s.summary,
    alternates: { canonical: `/layanan/${s.slug}` },
  };
}

export default async function ServicePage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const s = await load(params);
  if (!s) notFound();
  const [t, format, mpp] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getFormatter({ locale }),
    getMppOverview(),
  ]);
  const title = locale === "en" ? s.nameEn : s.name;
  const jsonLd = governmentServiceJsonLd(s, {
    url: `${env().publicUrl}/layanan/${s.slug}`,
    mppName: mpp.name,
    mppAddress: mpp.address,
    city: mpp.city,
  });
  const facts: { term: string; value: React.ReactNode; id: string }[] = [
    { id: "biaya", term: t("cost"), value: <Cost amount={s.costAmount} text={s.costText} locale={locale} /> },
    { id: "waktu", term: t("duration"), value: s.durationText },
    { id: "produk", term: t("product"), value: s.product },
    {
      id: "tempat",
      term: t("where"),
      value: (
        <>
          <Link href={`/gerai/${s.counter.number}`}>
            {t("whereText", { number: s.counter.number, floor: s.counter.floor, mpp: mpp.shortName })}
          </Link>
          <br />
          <TodayStatus status={s.counter.today} locale={locale} />
        </>
      ),
    },
  ];

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: "/layanan", label: t("servicesTitle") },
          { href: `/kategori/${s.category.slug}`, label: locale === "en" ? s.category.nameEn : s.category.name },
          { label: title },
        ]}
      />
      <h1 className="text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">{title}</h1>
      {locale === "en" && (
        <p className="text-muted" lang="id">
          {s.name}
        </p>
      )}
      <p className="mt-2 text-lg">{s.summary}</p>
      <p className="mt-1 text-sm text-muted">
        <Link href={`/instansi/${s.agency.slug}`} className="inline-block py-1">
          {s.agency.name}
        </Link>
      </p>

      <dl className="mt-6 grid gap-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:grid-cols-2">
        {facts.map((f) => (
          <div key={f.id} data-testid={`fact-${f.id}`}>
            <dt className="text-sm font-semibold text-brand-800">{f.term}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>

      {s.areaRule && (
        <section aria-labelledby="wilayah" className="mt-6 rounded-lg border-l-4 border-accent-500 bg-amber-50 p-4">
          <h2 id="wilayah" className="font-semibold">
            {t("areaRuleTitle")}
          </h2>
          <p>{t("areaRuleServed", { kecamatan: s.areaRule.kecamatan.map((k) => k.name).join(", ") })}</p>
          <p>{t("areaRuleOthers", { name: s.areaRule.alternativeName, address: s.areaRule.alternativeAddress })}</p>
        </section>
      )}

      <section aria-labelledby="booking" className="no-print mt-6 rounded-lg border-2 border-brand-600 p-4">
        <h2 id="booking" className="text-lg font-semibold text-brand-900">
          {t("bookTitle")}
        </h2>
        {s.onlineBooking ? (
          <>
            <p className="mb-3">{t("bookLead")}</p>
            <Link
              href={`/pesan/${s.slug}`}
              className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
              data-testid="book-cta"
            >
              {t("bookCta")}
            </Link>
          </>
        ) : (
          <p>{t("notBookable")}</p>
        )}
      </section>

      <section aria-labelledby="persyaratan" className="mt-8">
        <h2 id="persyaratan" className="text-xl font-semibold text-brand-900">
          {t("requirements")}
        </h2>
        <p className="mb-3 text-muted">{t("requirementsLead")}</p>
        <ul className="space-y-2" data-testid="requirements">
          {s.requirements.map((r) => (
            <li key={r.position} className="flex gap-3">
              <input
                type="checkbox"
                id={`syarat-${r.position}`}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={`syarat-${r.position}`}>
                {r.text}
                {r.optional && <span className="text-muted"> ({t("optional")})</span>}
                {r.note && <span className="block text-sm text-muted">{r.note}</span>}
              </label>
            </li>
          ))}
        </ul>
        <p className="no-print mt-4">
          <Link href={`/layanan/${s.slug}/cetak`} data-testid="print-link">
            {t("printChecklist")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="prosedur" className="mt-8">
        <h2 id="prosedur" className="text-xl font-semibold text-brand-900">
          {t("procedure")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {s.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-muted">{t("averageTime", { minutes: s.averageServiceMinutes })}</p>
      </section>

      <section aria-labelledby="hukum" className="mt-8 grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="hukum" className="text-lg font-semibold text-brand-900">
            {t("legalBasis")}
          </h2>
          <p className="text-sm">{s.legalBasis}</p>
          <h3 className="mt-3 font-semibold text-brand-900">{t("costLegalBasis")}</h3>
          <p className="text-sm">{s.costLegalBasis}</p>
        </div>
        <div>
          <h2 className="text-lg font-semibold text-brand-900">{t("complaints")}</h2>
          <p className="text-sm">{s.complaintChannel}</p>
        </div>
      </section>
      <p className="mt-8 text-sm text-muted">
        {t("lastUpdated", { date: format.dateTime(s.updatedAt, { dateStyle: "long", timeZone: "Asia/Jakarta" }) })}
      </p>
    </article>
  );
}
