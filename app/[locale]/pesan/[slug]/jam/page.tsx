import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatDay, PrimaryButton, StepHeader } from "@/components/booking/parts";
import { TimeChoices } from "@/components/booking/time-choices";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { readDraft } from "@/lib/bookings/draft";
import { bookingService } from "@/lib/bookings/page-data";
import { getServiceAvailability } from "@/lib/bookings/service";
import { isDay } from "@/lib/time";
import { chooseSlot } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ tanggal?: string; galat?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t("time.title"), robots: { index: false } };
}

/** Step 2: which time on the chosen day. */
export default async function ChooseTimePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:create");
  const { slug } = await params;
  const { tanggal, galat } = await searchParams;
  if (!tanggal || !isDay(tanggal)) redirect(`/pesan/${slug}?galat=tanggal`);
  const service = await bookingService(slug);
  const [t, { availability }, draft] = await Promise.all([
    getTranslations({ locale, namespace: "booking" }),
    getServiceAvailability(slug, tanggal, tanggal),
    readDraft(slug),
  ]);
  const day = availability.days.find((d) => d.day === tanggal);
  if (!day || day.status !== "OPEN") redirect(`/pesan/${slug}?galat=tanggal-tidak-tersedia`);
  const name = locale === "en" ? service.nameEn : service.name;
  const dayLabel = await formatDay(locale, tanggal);
  const error = galat === "jam" ? t("time.required") : galat === "penuh" ? t("time.slotTaken") : undefined;
  return (
    <>
      <StepHeader locale={locale} step="time" serviceName={name} title={t("time.title")} backHref={`/pesan/${slug}`} />
      <form action={chooseSlot} noValidate className="space-y-4">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="tanggal" value={tanggal} />
        <p id="jam-hint" className="text-muted">
          {t("time.hint")}
        </p>
        <TimeChoices
          locale={locale}
          slots={day.slots}
          legend={t("time.legend", { date: dayLabel })}
          selected={draft.slotStart}
          error={error}
        />
        <PrimaryButton testId="continue">{t("continue")}</PrimaryButton>
      </form>
      <p className="mt-6">
        <Link href={`/pesan/${slug}`}>{t("time.otherDate")}</Link>
      </p>
    </>
  );
}
