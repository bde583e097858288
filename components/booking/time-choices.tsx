import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { AvailableSlot } from "@/lib/bookings/availability";
import { formatClock, minuteOfDayWib } from "@/lib/time";

/** The time picker: a native radio group of the day's slots; full slots listed but disabled. */
export async function TimeChoices({
  locale,
  slots,
  legend,
  selected,
  error,
}: {
  locale: Locale;
  slots: AvailableSlot[];
  legend: string;
  selected?: string;
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: "booking" });
  return (
    <fieldset aria-describedby={error ? "jam-error" : "jam-hint"} className="space-y-2">
      <legend className="mb-2 font-semibold">{legend}</legend>
      {error && (
        <p id="jam-error" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {slots.map((s, i) => {
          const start = new Date(s.start);
          const end = new Date(s.end);
          const label = t("time.slot", { start: formatClock(minuteOfDayWib(start)), end: formatClock(minuteOfDayWib(end)) });
          const full = s.remaining <= 0;
          const id = i === 0 ? "jam" : `jam-${i}`;
          return (
            <div key={s.start} className={`flex items-start gap-3 rounded border p-3 ${full ? "border-gray-200 bg-gray-50" : "border-gray-400"}`}>
              <input
                type="radio"
                name="slot"
                id={id}
                value={s.start}
                disabled={full}
                defaultChecked={selected === s.start}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={id} className={full ? "text-muted" : ""}>
                <span className="font-medium tabular-nums">{label}</span>
                <span className="block text-sm">{full ? t("time.full") : t("date.slotsLeft", { count: s.remaining })}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
