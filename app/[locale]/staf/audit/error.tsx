"use client";

import { useClientText } from "@/components/i18n/client-text";

export default function AuditError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useClientText("audit");
  return (
    <div role="alert" className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" onClick={reset} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
