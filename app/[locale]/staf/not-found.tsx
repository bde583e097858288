"use client";

import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";

export default function StaffNotFound() {
  const t = useClientText("pages");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/staf">{t("staffHome")}</Link>
      </p>
    </div>
  );
}
