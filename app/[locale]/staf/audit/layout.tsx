import type { ReactNode } from "react";
import { ScopedIntl } from "@/components/applications/scoped-intl";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";

// Checked here, outside the loading boundary, so that a refusal gets its real HTTP status.
export default async function AuditLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireStaffPage("audit:read", "/staf/audit");
  return (
    <ScopedIntl locale={locale} namespaces={["audit"]}>
      {children}
    </ScopedIntl>
  );
}
