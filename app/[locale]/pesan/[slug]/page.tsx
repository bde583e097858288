import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DayChoices } from "@/components/booking/day-choices";
import { formatDay, PrimaryButton, StepHeader } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { bookingService } from "@/lib/bookings/page-data";
import { getServiceAvailability } from "@/lib/bookings/service";
import { BOOKING_POLICY } from "@/lib/bookings/types";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ galat?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t("date.title"), robots: { index: false } };
}

/** Step 1: which day. */
export default async function ChooseDayPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:create");
  const { slug } = await params;
  const service = await bookingService(slug);
  const t = await getTranslations({ locale, namespace: "booking" });
  const name = locale === "en" ? service.nameEn : service.name;
  if (!service.onlineBooking) {
    return (
      <>
        <StepHeader locale={locale} step="date" serviceName={name} title={t("title")} backHref={`/layanan/${slug}`} />
        <p>{t("notBookable")}</p>
      </>
    );
  }
  const { availability } = await getServiceAvailability(slug);
  const { galat } = await searchParams;
  const days = availability.days.filter((d) => d.status !== "OUTSIDE_WINDOW");
  const next = availability.nextAvailableDay;
  return (
    <>
      <StepHeader locale={locale} step="date" serviceName={name} title={t("date.title")} backHref={`/layanan/${slug}`} />
      <form action={`/pesan/${slug}/jam`} method="get" noValidate className="space-y-4">
        <p id="tanggal-hint" className="text-muted">
          {t("date.hint", { days: BOOKING_POLICY.maxDaysAhead })}
        </p>
        <p className="font-medium" data-testid="next-free">
          {next ? t("date.nextFree", { date: await formatDay(locale, next) }) : t("date.noneFree", { days: BOOKING_POLICY.maxDaysAhead })}
        </p>
        <DayChoices
          locale={locale}
          days={days}
          error={galat === "tanggal" ? t("date.required") : galat === "tanggal-tidak-tersedia" ? t("time.dayUnavailable") : undefined}
        />
        {next && <PrimaryButton testId="continue">{t("continue")}</PrimaryButton>}
      </form>
      <p className="mt-6 text-sm">
        <Link href={`/layanan/${slug}`}>{name}</Link>
      </p>
    </>
  );
}
