"use client";

// The shared UI of a segment's error.tsx, not-found.tsx and loading.tsx: each of those files
// re-exports one of these (Next needs the file in every segment; the content is the same).
import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";

export function SegmentError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useClientText("pages");
  return (
    <div role="alert" className="space-y-3 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}

export function SegmentNotFound() {
  const t = useClientText("pages");
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

export function SegmentLoading() {
  const t = useClientText("pages");
  return (
    <p role="status" className="py-10 text-muted">
      {t("loading")}
    </p>
  );
}
