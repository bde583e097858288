"use client";

// A client component: its strings come from the layout's provider (tracking subset).
import { useClientText } from "@/components/i18n/client-text";
import Link from "next/link";

export default function ApplicationNotFound() {
  const t = useClientText("tracking");
  return (
    <div className="max-w-2xl space-y-3 py-10" data-testid="tracking-not-found">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/lacak">{t("another")}</Link>
      </p>
      <p className="text-sm text-muted">
        {t("notFoundHelp")} <Link href="/kelola">{t("checkBooking")}</Link>
      </p>
    </div>
  );
}
