import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getMppOverview } from "@/lib/catalogue/overview";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [overview, t] = await Promise.all([getMppOverview(), getTranslations("meta")]);
  return {
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, overview, t, messages] = await Promise.all([
    getLocale(),
    getMppOverview(),
    getTranslations("shell"),
    getMessages(),
  ]);
  // Client components (error boundaries) only need the generic page strings.
  const clientMessages = { pages: messages.pages, errors: messages.errors };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#isi"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader name={overview.name} address={overview.address} />
        <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="Asia/Jakarta">
          <main id="isi" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
            {children}
          </main>
        </NextIntlClientProvider>
        <SiteFooter overview={overview} />
      </body>
    </html>
  );
}
