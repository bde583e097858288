"use client";

import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";

// Rendered with status 403 when a signed-in staff member opens a page their role may not use.
export default function StaffForbidden() {
  const t = useClientText("pages");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <p>
        <Link href="/staf">{t("staffHome")}</Link>
      </p>
    </div>
  );
}
