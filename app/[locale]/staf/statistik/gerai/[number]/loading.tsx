import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("stats");
  return (
    <p role="status" className="py-10 text-lg">
      {t("loading")}
    </p>
  );
}
