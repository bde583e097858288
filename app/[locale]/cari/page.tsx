import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { SearchForm } from "@/components/catalogue/search-form";
import { ServiceList } from "@/components/catalogue/service-list";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { listAgencies, listCategories, listServices } from "@/lib/catalogue/queries";
import { findServices } from "@/lib/catalogue/search";

// Results depend on the query string: rendered on every request.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const querySchema = z.object({
  q: z.preprocess(one, z.string().trim().max(100).catch("")).default(""),
  agency: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined)),
  category: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined)),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), alternates: { canonical: "/cari" }, robots: { index: false, follow: true } };
}

/** Search results: a GET page, so it works without JavaScript and can be bookmarked. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("catalogue:read");
  const parsed = querySchema.parse(await searchParams);
  const [t, agencies, categories] = await Promise.all([
    getTranslations({ locale, namespace: "search" }),
    listAgencies(),
    listCategories(),
  ]);
  // Unknown filter values are ignored rather than failing the page.
  const agency = agencies.some((a) => a.slug === parsed.agency) ? parsed.agency : undefined;
  const category = categories.some((c) => c.slug === parsed.category) ? parsed.category : undefined;
  const searched = parsed.q !== "" || agency !== undefined || category !== undefined;
  const [slugs, all] = await Promise.all([
    searched ? findServices({ q: parsed.q, agency, category, limit: 130 }) : Promise.resolve([]),
    listServices(),
  ]);
  const bySlug = new Map(all.map((s) => [s.slug, s]));
  const results = slugs.flatMap((slug) => bySlug.get(slug) ?? []);

  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-2xl font-bold text-brand-900">{t("title")}</h1>
      <div className="mb-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <SearchForm
          locale={locale}
          q={parsed.q}
          agency={agency ?? ""}
          category={category ?? ""}
          agencies={agencies}
          categories={categories}
        />
      </div>
      {searched && (
        <section aria-labelledby="hasil">
          <h2 id="hasil" className="mb-3 text-xl font-semibold text-brand-900" data-testid="result-count">
            {parsed.q ? t("resultsFor", { count: results.length, q: parsed.q }) : t("results", { count: results.length })}
          </h2>
          {results.length === 0 ? (
            <p>
              {t("noResultsHelp")} <Link href="/layanan">{t("browseInstead")}</Link>
            </p>
          ) : (
            <ServiceList services={results} locale={locale} testId="search-results" />
          )}
        </section>
      )}
    </>
  );
}
