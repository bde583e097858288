import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { HoursRow } from "@/lib/catalogue/overview";
import { formatClock } from "@/lib/time";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Opening hours of every weekday; a day without hours is shown as closed. */
export async function HoursList({ hours, locale, className }: { hours: HoursRow[]; locale: Locale; className?: string }) {
  const t = await getTranslations({ locale });
  return (
    <dl className={className}>
      {WEEKDAYS.map((day) => {
        const rows = hours.filter((h) => h.weekday === day);
        return (
          <div key={day} className="flex justify-between gap-4 py-1">
            <dt>{t(`weekdays.${day}`)}</dt>
            <dd className="text-right tabular-nums">
              {rows.length === 0
                ? t("shell.footer.closed")
                : rows
                    .map((r) => t("time.range", { open: formatClock(r.openMinute), close: formatClock(r.closeMinute) }))
                    .join(", ")}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
