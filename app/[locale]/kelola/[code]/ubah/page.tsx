import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DayChoices } from "@/components/booking/day-choices";
import { formatDay, PrimaryButton } from "@/components/booking/parts";
import { TimeChoices } from "@/components/booking/time-choices";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { managedBooking } from "@/lib/bookings/manage-page";
import { getServiceAvailability } from "@/lib/bookings/service";
import { formatClock, isDay, minuteOfDayWib } from "@/lib/time";
import { rescheduleAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<{ tanggal?: string; galat?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking.manage" });
  return { title: t("rescheduleTitle"), robots: { index: false } };
}

/** Move a booking: choose a day (GET), then a time (POST, moved atomically). */
export default async function ReschedulePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:manage-own");
  const booking = await managedBooking((await params).code);
  const { tanggal, galat } = await searchParams;
  const t = await getTranslations({ locale, namespace: "booking" });
  const current = `${await formatDay(locale, booking.dayWib)}, ${formatClock(minuteOfDayWib(new Date(booking.start)))} WIB`;
  const header = (
    <>
      <p className="mb-3">
        <Link href={`/kelola/${booking.code}`}>‹ {t("back")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("manage.rescheduleTitle")}</h1>
      <p className="mb-4 text-muted">{t("manage.currentSlot", { when: current })}</p>
    </>
  );
  if (!booking.changeable) {
    return (
      <>
        {header}
        <p role="alert">{t("manage.notChangeable")}</p>
      </>
    );
  }
  if (!tanggal || !isDay(tanggal)) {
    const { availability } = await getServiceAvailability(booking.service.slug);
    return (
      <>
        {header}
        <form method="get" noValidate className="space-y-4">
          <DayChoices
            locale={locale}
            days={availability.days.filter((d) => d.status !== "OUTSIDE_WINDOW")}
            error={galat === "tanggal-tidak-tersedia" ? t("time.dayUnavailable") : undefined}
          />
          <PrimaryButton testId="continue">{t("continue")}</PrimaryButton>
        </form>
      </>
    );
  }
  const { availability } = await getServiceAvailability(booking.service.slug, tanggal, tanggal);
  const day = availability.days.find((d) => d.day === tanggal);
  if (!day || day.status !== "OPEN") {
    return (
      <>
        {header}
        <p role="alert" className="mb-4 font-semibold">
          {t("time.dayUnavailable")}
        </p>
        <Link href={`/kelola/${booking.code}/ubah`}>{t("time.otherDate")}</Link>
      </>
    );
  }
  return (
    <>
      {header}
      <form action={rescheduleAction} noValidate className="space-y-4">
        <input type="hidden" name="code" value={booking.code} />
        <input type="hidden" name="tanggal" value={tanggal} />
        <TimeChoices
          locale={locale}
          slots={day.slots}
          legend={t("time.legend", { date: await formatDay(locale, tanggal) })}
          error={galat === "jam" ? t("time.required") : galat === "penuh" ? t("errors.slotFull") : undefined}
        />
        <PrimaryButton testId="reschedule-submit">{t("manage.rescheduleSubmit")}</PrimaryButton>
      </form>
      <p className="mt-6">
        <Link href={`/kelola/${booking.code}/ubah`}>{t("time.otherDate")}</Link>
      </p>
    </>
  );
}
