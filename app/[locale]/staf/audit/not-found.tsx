"use client";

import { useClientText } from "@/components/i18n/client-text";

export default function AuditNotFound() {
  const t = useClientText("audit");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </div>
  );
}
