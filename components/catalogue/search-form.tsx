import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { AgencyWithCounts, CategoryWithCount } from "@/lib/catalogue/queries";
import { InstantSearch } from "./instant-search";

/**
 * The search form: a plain GET form to /cari that works without JavaScript; with JavaScript
 * the InstantSearch island shows results while typing.
 */
export async function SearchForm({
  locale,
  q = "",
  agency = "",
  category = "",
  agencies,
  categories,
  instant = true,
}: {
  locale: Locale;
  q?: string;
  agency?: string;
  category?: string;
  agencies?: AgencyWithCounts[];
  categories?: CategoryWithCount[];
  instant?: boolean;
}) {
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "search" }), getMessages({ locale })]);
  const input = (
    <input
      id="q"
      name="q"
      type="search"
      defaultValue={q}
      maxLength={100}
      autoComplete="off"
      enterKeyHint="search"
      aria-describedby="q-hint"
      className="min-h-11 w-full rounded border-2 border-gray-500 px-3 py-2 text-base focus:border-brand-700"
    />
  );
  return (
    <form action="/cari" method="get" role="search" className="space-y-3">
      <label htmlFor="q" className="block font-semibold">
        {t("label")}
      </label>
      <p id="q-hint" className="text-sm text-muted">
        {t("hint")}
      </p>
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">
          {instant ? (
            // next-intl's client runtime (ICU plurals) is loaded only on the pages with this form.
            <NextIntlClientProvider
              locale={locale}
              timeZone="Asia/Jakarta"
              messages={{ search: { instantStatus: messages.search.instantStatus }, catalogue: { counterLabel: messages.catalogue.counterLabel } }}
            >
              <InstantSearch locale={locale} initialQuery={q}>
                {input}
              </InstantSearch>
            </NextIntlClientProvider>
          ) : (
            input
          )}
        </div>
        <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </div>
      {agencies && categories && (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="agency" className="block text-sm font-medium">
              {t("agency")}
            </label>
            <select id="agency" name="agency" defaultValue={agency} className="min-h-11 w-full rounded border border-gray-500 bg-white px-2">
              <option value="">{t("allAgencies")}</option>
              {agencies.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="category" className="block text-sm font-medium">
              {t("category")}
            </label>
            <select id="category" name="category" defaultValue={category} className="min-h-11 w-full rounded border border-gray-500 bg-white px-2">
              <option value="">{t("allCategories")}</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {locale === "en" ? c.nameEn : c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </form>
  );
}
