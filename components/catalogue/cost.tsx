import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";

/** "Gratis", "Rp30.000", or the variable-cost text (e.g. "Sesuai Perda retribusi"). */
export async function Cost({ amount, text, locale }: { amount: number; text: string | null; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), getFormatter({ locale })]);
  if (amount === 0 && !text) return <>{t("free")}</>;
  const money =
    amount > 0 ? format.number(amount, { style: "currency", currency: "IDR", maximumFractionDigits: 0 }) : null;
  return <>{[money, text].filter(Boolean).join(" · ")}</>;
}
