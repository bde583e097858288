import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDay } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { managedBooking } from "@/lib/bookings/manage-page";
import { formatClock, minuteOfDayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ pesan?: string; galat?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking.manage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:manage-own");
  const booking = await managedBooking((await params).code);
  const { pesan, galat } = await searchParams;
  const t = await getTranslations({ locale, namespace: "booking" });
  const start = new Date(booking.start);
  const when = `${await formatDay(locale, booking.dayWib)}, ${formatClock(minuteOfDayWib(start))} WIB`;
  const notice =
    pesan === "diubah" ? t("manage.rescheduled") : pesan === "dibatalkan" ? t("manage.cancelled") : undefined;
  const error = galat === "duplikat" ? t("errors.duplicate") : galat === "tidak-bisa" ? t("manage.notChangeable") : undefined;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">{t("manage.details", { code: booking.code })}</h1>
      {notice && (
        <p role="status" className="mb-4 rounded bg-green-800 p-3 font-semibold text-white" data-testid="notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 border-4 border-red-700 p-3 font-semibold" data-testid="manage-error">
          {error}
        </p>
      )}
      <dl className="divide-y divide-gray-300 border-y border-gray-300" data-testid="booking-details">
        {[
          [t("serviceLabel"), locale === "en" ? booking.service.nameEn : booking.service.name],
          [t("check.when"), when],
          [t("check.where"), t("check.whereText", { number: booking.counter.number, floor: booking.counter.floor })],
          [t("identity.name"), booking.name],
          [t("identity.nik"), booking.nikMasked],
          [t("identity.phone"), booking.phoneMasked],
          [t("ticket.status"), t(`ticket.statuses.${booking.status}`)],
        ].map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 flex flex-wrap gap-4">
        <Link href={`/tiket/${booking.code}`} className="inline-flex min-h-11 items-center">
          {t("ticket.titleView")}
        </Link>
        {booking.changeable && (
          <>
            <Link href={`/kelola/${booking.code}/ubah`} className="inline-flex min-h-11 items-center" data-testid="reschedule-link">
              {t("manage.reschedule")}
            </Link>
            <Link href={`/kelola/${booking.code}/batal`} className="inline-flex min-h-11 items-center text-red-800" data-testid="cancel-link">
              {t("manage.cancel")}
            </Link>
          </>
        )}
      </div>
    </>
  );
}
