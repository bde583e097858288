"use client";

import { useTranslations } from "next-intl";

export default function AuditNotFound() {
  const t = useTranslations("audit");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </div>
  );
}
