"use client";

import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("applications");
  return (
    <p role="status" className="py-10 text-muted">
      {t("loading")}
    </p>
  );
}
