"use client";

// A client component: see app/[locale]/gerai/[number]/not-found.tsx.
import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";

export default function ServiceNotFound() {
  const t = useClientText("catalogue");
  const ts = useClientText("search");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("serviceNotFoundTitle")}</h1>
      <p>{t("serviceNotFoundBody")}</p>
      <p>
        <Link href="/layanan">{ts("browseInstead")}</Link>
      </p>
    </div>
  );
}
