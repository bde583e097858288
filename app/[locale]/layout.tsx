import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientTextProvider } from "@/components/i18n/client-text";
import { locales } from "@/i18n/config";
import { getMppOverview } from "@/lib/catalogue/overview";
import { env } from "@/lib/env";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Pages are rendered on their first visit and then served from the cache (ISR): the build
// needs no database, and a page is refreshed when its data changes (revalidateTag) or
// when its revalidate period ends.
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const [overview, t] = await Promise.all([getMppOverview(), getTranslations({ locale, namespace: "meta" })]);
  return {
    // Absolute canonical URLs and sitemap links (Lighthouse SEO: canonical must be absolute).
    metadataBase: new URL(env().publicUrl),
    title: { default: t("title", { name: overview.name }), template: t("titleTemplate", { name: overview.shortName }) },
    description: t("description", { name: overview.name }),
    applicationName: overview.shortName,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#073f46",
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(locales, locale)) notFound();
  setRequestLocale(locale);
  const [overview, t, messages] = await Promise.all([
    getMppOverview(),
    getTranslations({ locale, namespace: "shell" }),
    getMessages({ locale }),
  ]);
  // The error, not-found and loading boundaries get only the plain strings they use: they are
  // serialised into every page's inline RSC payload (components/i18n/client-text.tsx).
  const { catalogue: c, search: s } = messages;
  const clientMessages = {
    pages: messages.pages,
    search: { browseInstead: s.browseInstead },
    catalogue: {
      serviceNotFoundTitle: c.serviceNotFoundTitle,
      serviceNotFoundBody: c.serviceNotFoundBody,
      counterNotFoundTitle: c.counterNotFoundTitle,
      counterNotFoundBody: c.counterNotFoundBody,
      seeAllCounters: c.seeAllCounters,
    },
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#isi"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader name={overview.name} address={overview.address} locale={locale} />
        <ClientTextProvider messages={clientMessages}>
          <main id="isi" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
            {children}
          </main>
        </ClientTextProvider>
        <SiteFooter overview={overview} locale={locale} />
      </body>
    </html>
  );
}
