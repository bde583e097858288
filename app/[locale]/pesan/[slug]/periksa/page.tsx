import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatDay, StepHeader } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { OUTSIDE_CITY, readDraft } from "@/lib/bookings/draft";
import { bookingService } from "@/lib/bookings/page-data";
import { formatClock, minuteOfDayWib } from "@/lib/time";
import { listWilayah } from "@/lib/wilayah";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t("check.title"), robots: { index: false } };
}

/** Step 4: check your answers, each with a change link. */
export default async function CheckPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:create");
  const { slug } = await params;
  const service = await bookingService(slug);
  const [t, draft, wilayah] = await Promise.all([
    getTranslations({ locale, namespace: "booking" }),
    readDraft(slug),
    listWilayah(),
  ]);
  if (!draft.slotStart) redirect(`/pesan/${slug}`);
  if (!draft.nik || !draft.name || !draft.phone || !draft.domicile || draft.errors || draft.outOfArea) {
    redirect(`/pesan/${slug}/data-diri`);
  }
  const start = new Date(draft.slotStart);
  const day = draft.slotStart.slice(0, 10);
  const kel = wilayah.flatMap((k) => k.kelurahan.map((l) => ({ ...l, kec: k.name }))).find((l) => l.code === draft.domicile);
  const rows: { key: string; label: string; value: string; href: string }[] = [
    {
      key: "when",
      label: t("check.when"),
      value: `${await formatDay(locale, day)}, ${formatClock(minuteOfDayWib(start))} WIB`,
      href: `/pesan/${slug}/jam?tanggal=${day}`,
    },
    {
      key: "where",
      label: t("check.where"),
      value: t("check.whereText", { number: service.counter.number, floor: service.counter.floor }),
      href: `/pesan/${slug}`,
    },
    { key: "nik", label: t("identity.nik"), value: draft.nik.replace(/(\d{4})(?=\d)/g, "$1 "), href: `/pesan/${slug}/data-diri#nik` },
    { key: "name", label: t("identity.name"), value: draft.name, href: `/pesan/${slug}/data-diri#name` },
    { key: "phone", label: t("identity.phone"), value: draft.phone, href: `/pesan/${slug}/data-diri#phone` },
    ...(draft.email ? [{ key: "email", label: t("identity.email"), value: draft.email, href: `/pesan/${slug}/data-diri#email` }] : []),
    {
      key: "domicile",
      label: t("identity.domicile"),
      value: draft.domicile === OUTSIDE_CITY ? t("identity.outsideCity") : kel ? `${kel.name}, ${kel.kec}` : draft.domicile,
      href: `/pesan/${slug}/data-diri#domicile`,
    },
  ];
  const name = locale === "en" ? service.nameEn : service.name;
  return (
    <>
      <StepHeader locale={locale} step="check" serviceName={name} title={t("check.title")} backHref={`/pesan/${slug}/data-diri`} />
      <p className="mb-4 text-muted">{t("check.lead")}</p>
      <dl className="divide-y divide-gray-300 border-y border-gray-300" data-testid="answers">
        {rows.map((r) => (
          <div key={r.key} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="break-words">{r.value}</dd>
            <dd>
              <Link href={r.href} className="inline-flex min-h-6 items-center">
                {t("change")}
                <span className="sr-only"> {r.label}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-6">
        <Link
          href={`/pesan/${slug}/persetujuan`}
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
          data-testid="continue"
        >
          {t("continue")}
        </Link>
      </p>
    </>
  );
}
