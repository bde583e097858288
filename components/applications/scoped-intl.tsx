import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientTextProvider } from "@/components/i18n/client-text";

/**
 * Gives the client components below (error, not-found and loading boundaries) the plain strings of
 * the message namespaces they need, without adding them to the [locale] layout's client strings.
 */
export async function ScopedIntl({ locale, namespaces, children }: { locale: string; namespaces: string[]; children: ReactNode }) {
  const all = (await getMessages({ locale })) as Record<string, unknown>;
  const messages = Object.fromEntries(namespaces.map((n) => [n, all[n]]));
  return <ClientTextProvider messages={messages}>{children}</ClientTextProvider>;
}
