import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { HoursList } from "@/components/layout/hours-list";
import { requirePermission } from "@/lib/auth/guard";
import { getMppOverview } from "@/lib/catalogue/overview";
import { locales } from "@/i18n/config";
import { formatClock, weekdayOf } from "@/lib/time";

// Prerendered per locale and refreshed every 5 minutes ("open today" changes with the day).
export const revalidate = 300;

export function generateStaticParams(): { locale: string }[] {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(locales, locale)) notFound();
  setRequestLocale(locale);
  await requirePermission("catalogue:read");
  const [o, t, format] = await Promise.all([
    getMppOverview(),
    getTranslations({ locale }),
    getFormatter({ locale }),
  ]);
  const todayHours = o.hours.filter((h) => h.weekday === weekdayOf(o.today));
  const todayText = o.closedToday
    ? t("home.todayHoliday", { name: o.closedToday.name })
    : todayHours.length === 0
      ? t("home.todayClosedDay")
      : t("home.todayOpen", {
          range: todayHours
            .map((h) => t("time.range", { open: formatClock(h.openMinute), close: formatClock(h.closeMinute) }))
            .join(", "),
        });
  const facts = [
    { key: "counters", value: o.counterCount, testId: "fact-counters" },
    { key: "services", value: o.serviceCount, testId: "fact-services" },
    { key: "agencies", value: o.agencyCount, testId: "fact-agencies" },
    { key: "floors", value: o.floorCount, testId: "fact-floors" },
  ] as const;

  return (
    <div className="space-y-10">
      <section aria-labelledby="judul" className="space-y-4">
        <h1 id="judul" className="text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">
          {t("home.heroTitle", { name: o.name })}
        </h1>
        <p className="max-w-2xl text-lg text-muted">{t("home.heroLead")}</p>
        <h2 className="sr-only">{t("home.factsLabel", { name: o.shortName })}</h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {facts.map((f) => (
            <li key={f.key} className="rounded-lg border border-brand-100 bg-brand-50 p-4">
              <span data-testid={f.testId} className="block text-3xl font-bold tabular-nums text-brand-800">
                {format.number(f.value)}
              </span>
              <span className="text-sm text-muted">{t(`home.facts.${f.key}`)}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">{t("home.bookableNote", { count: o.onlineBookableCount })}</p>
      </section>

      <section aria-labelledby="jam-layanan" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="jam-layanan" className="mb-2 text-xl font-semibold text-brand-900">
            {t("home.hoursTitle")}
          </h2>
          <p className="mb-3 font-medium" data-testid="today-status">
            {t("home.todayTitle")}: {todayText}
          </p>
          <HoursList hours={o.hours} locale={locale} className="max-w-sm divide-y divide-brand-100" />
        </div>
        <div>
          <h2 className="mb-2 text-xl font-semibold text-brand-900">{t("home.locationTitle")}</h2>
          <address className="not-italic">{o.address}</address>
          <p className="mt-2 text-sm text-muted">
            {t("home.openedOn", {
              date: format.dateTime(new Date(`${o.openedOn}T00:00:00+07:00`), { dateStyle: "long" }),
            })}
          </p>
        </div>
      </section>

      <section aria-labelledby="gerai">
        <h2 id="gerai" className="text-xl font-semibold text-brand-900">
          {t("home.countersTitle")}
        </h2>
        <p className="mb-4 text-muted">{t("home.countersLead", { count: o.counterCount })}</p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="counter-list">
          {o.counters.map((c) => (
            <li key={c.number} className="rounded-lg border border-gray-200 p-4">
              <p className="text-sm font-semibold text-brand-700">
                {t("home.counterNumber", { number: c.number })} · {t("home.counterFloor", { floor: c.floor })}
              </p>
              <h3 className="mt-1 font-semibold">{c.agencyName}</h3>
              <p className="mt-1 text-sm text-muted">
                {t("home.counterServices", { count: c.serviceCount })} ·{" "}
                {c.openToday ? t("home.counterOpenToday") : t("home.counterClosedToday")}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pengaduan" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="pengaduan" className="mb-2 text-xl font-semibold text-brand-900">
            {t("home.complaintTitle")}
          </h2>
          <p>{o.complaintChannel}</p>
        </div>
        <div>
          <h2 className="mb-2 text-xl font-semibold text-brand-900">{t("home.pledgeTitle")}</h2>
          <blockquote className="border-l-4 border-accent-500 pl-4 italic">{o.pledge}</blockquote>
        </div>
      </section>
    </div>
  );
}
