import type { ReactNode } from "react";
import { ScopedIntl } from "@/components/applications/scoped-intl";
import { pageLocale } from "@/i18n/page";

/** Tracking pages: their error and not-found boundaries get the tracking messages. */
export default async function TrackingLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <ScopedIntl locale={locale} namespaces={["tracking"]}>
      {children}
    </ScopedIntl>
  );
}
