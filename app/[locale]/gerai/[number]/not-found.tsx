"use client";

// A client component: it gets its strings from the layout (ClientTextProvider), so rendering it never
// reads request headers (which would make the prerendered gerai pages dynamic).
import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";

export default function CounterNotFound() {
  const t = useClientText("catalogue");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("counterNotFoundTitle")}</h1>
      <p>{t("counterNotFoundBody")}</p>
      <p>
        <Link href="/gerai">{t("seeAllCounters")}</Link>
      </p>
    </div>
  );
}
