"use client";

// A client component: see app/[locale]/gerai/[number]/not-found.tsx.
import { useTranslations } from "next-intl";
import Link from "next/link";

export default function ServiceNotFound() {
  const t = useTranslations();
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("catalogue.serviceNotFoundTitle")}</h1>
      <p>{t("catalogue.serviceNotFoundBody")}</p>
      <p>
        <Link href="/layanan">{t("search.browseInstead")}</Link>
      </p>
    </div>
  );
}
