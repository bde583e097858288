"use client";

import { useClientText } from "@/components/i18n/client-text";

export default function Loading() {
  const t = useClientText("applications");
  return (
    <p role="status" className="py-10 text-muted">
      {t("loading")}
    </p>
  );
}
