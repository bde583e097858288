"use client";

import { useClientText } from "@/components/i18n/client-text";
import Link from "next/link";

export default function ApplicationNotFound() {
  const t = useClientText("applications");
  return (
    <div className="space-y-3 py-10" data-testid="application-not-found">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/staf/permohonan">{t("list.title")}</Link>
      </p>
    </div>
  );
}
