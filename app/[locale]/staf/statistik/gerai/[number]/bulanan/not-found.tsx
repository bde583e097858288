"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

export default function GeraiNotFound() {
  const t = useTranslations("pages");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
