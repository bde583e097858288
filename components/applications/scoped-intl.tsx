import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Gives the client components below (error, not-found and loading boundaries) the message
 * namespaces they need, without adding them to the [locale] layout's client messages.
 */
export async function ScopedIntl({ locale, namespaces, children }: { locale: string; namespaces: string[]; children: ReactNode }) {
  const all = (await getMessages({ locale })) as Record<string, unknown>;
  const messages = Object.fromEntries(namespaces.map((n) => [n, all[n]]));
  return (
    <NextIntlClientProvider locale={locale} timeZone="Asia/Jakarta" messages={messages as never}>
      {children}
    </NextIntlClientProvider>
  );
}
