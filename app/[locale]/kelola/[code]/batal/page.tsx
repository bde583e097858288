import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDay } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { managedBooking } from "@/lib/bookings/manage-page";
import { formatClock, minuteOfDayWib } from "@/lib/time";
import { cancelAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking.manage" });
  return { title: t("cancelTitle"), robots: { index: false } };
}

export default async function CancelPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:manage-own");
  const booking = await managedBooking((await params).code);
  const t = await getTranslations({ locale, namespace: "booking" });
  const when = `${await formatDay(locale, booking.dayWib)}, ${formatClock(minuteOfDayWib(new Date(booking.start)))} WIB`;
  return (
    <>
      <p className="mb-3">
        <Link href={`/kelola/${booking.code}`}>‹ {t("back")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("manage.cancelTitle")}</h1>
      <p className="mb-2">
        {locale === "en" ? booking.service.nameEn : booking.service.name} · {when}
      </p>
      {booking.changeable ? (
        <form action={cancelAction}>
          <input type="hidden" name="code" value={booking.code} />
          <p className="mb-4 text-muted">{t("manage.cancelLead")}</p>
          <button type="submit" className="min-h-11 rounded bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900" data-testid="confirm-cancel">
            {t("manage.cancelConfirm")}
          </button>
        </form>
      ) : (
        <p role="alert">{t("manage.notChangeable")}</p>
      )}
    </>
  );
}
