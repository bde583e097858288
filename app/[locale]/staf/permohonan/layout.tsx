import type { ReactNode } from "react";
import { ScopedIntl } from "@/components/applications/scoped-intl";
import { pageLocale } from "@/i18n/page";

// Access is checked by each segment's own layout ((daftar), baru, [code]), which knows the path
// to come back to after signing in, outside every loading boundary (real 307/403/404 statuses).
export default async function ApplicationsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <ScopedIntl locale={locale} namespaces={["applications"]}>
      {children}
    </ScopedIntl>
  );
}
