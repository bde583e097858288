import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { TodayStatus as Status } from "@/lib/catalogue/queries";
import { formatClock } from "@/lib/time";

export async function TodayStatus({ status, locale }: { status: Status; locale: Locale }) {
  const t = await getTranslations({ locale });
  if (status.closure) return <span className="text-red-800">{t("catalogue.closedHoliday", { name: status.closure })}</span>;
  if (!status.open) return <span className="text-muted">{t("catalogue.closedToday")}</span>;
  const range = status.hours
    .map((h) => t("time.range", { open: formatClock(h.openMinute), close: formatClock(h.closeMinute) }))
    .join(", ");
  return <span className="text-green-800">{t("catalogue.openToday", { range })}</span>;
}
