import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("pages");
  return (
    <p role="status" className="py-10 text-muted">
      {t("loading")}
    </p>
  );
}
