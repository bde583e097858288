import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { AvailabilityDay } from "@/lib/bookings/availability";
import { formatDay } from "./parts";

/**
 * The date picker: a native radio group (one radio per day, with its status in the label).
 * Fully keyboard and screen-reader usable, works without JavaScript. Full and closed days
 * stay listed (disabled) so people see why they are not offered.
 */
export async function DayChoices({
  locale,
  days,
  selected,
  error,
}: {
  locale: Locale;
  days: AvailabilityDay[];
  selected?: string;
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: "booking.date" });
  const labels = await Promise.all(days.map((d) => formatDay(locale, d.day)));
  return (
    <fieldset aria-describedby={error ? "tanggal-error" : "tanggal-hint"} className="space-y-2">
      <legend className="sr-only">{t("legend")}</legend>
      {error && (
        <p id="tanggal-error" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {days.map((d, i) => {
        const open = d.status === "OPEN";
        const remaining = d.slots.reduce((n, s) => n + s.remaining, 0);
        const status =
          d.status === "OPEN"
            ? t("slotsLeft", { count: remaining })
            : d.status === "FULL"
              ? t("full")
              : d.status === "HOLIDAY"
                ? t("holiday", { name: d.closureName ?? "" })
                : d.status === "CLOSED"
                  ? t("closed")
                  : t("outside");
        const id = i === 0 ? "tanggal" : `tanggal-${d.day}`;
        return (
          <div key={d.day} className={`flex items-start gap-3 rounded border p-3 ${open ? "border-gray-400" : "border-gray-200 bg-gray-50"}`}>
            <input
              type="radio"
              name="tanggal"
              id={id}
              value={d.day}
              disabled={!open}
              defaultChecked={selected === d.day}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <label htmlFor={id} className={open ? "" : "text-muted"} data-testid={`day-${d.day}`}>
              <span className="font-medium">{labels[i]}</span>
              <span className="block text-sm">{status}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
