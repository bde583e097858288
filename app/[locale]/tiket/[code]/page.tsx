import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDay } from "@/components/booking/parts";
import { PrintButton } from "@/components/booking/print-button";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { normalizeBookingCode } from "@/lib/bookings/code";
import { qrSvg } from "@/lib/bookings/qr";
import { getTicket } from "@/lib/bookings/service";
import { getMppOverview } from "@/lib/catalogue/overview";
import { formatClock, minuteOfDayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ baru?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking.ticket" });
  return { title: t("titleView"), robots: { index: false } };
}

/** The confirmation and printable ticket: code, QR, time in WIB, gerai, checklist, .ics. */
export default async function TicketPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:manage-own");
  const { code: raw } = await params;
  const code = normalizeBookingCode(decodeURIComponent(raw));
  const ticket = code ? await getTicket(code) : null;
  if (!ticket) notFound();
  const [t, tt, mpp, svg] = await Promise.all([
    getTranslations({ locale, namespace: "booking.ticket" }),
    getTranslations({ locale, namespace: "tracking" }),
    getMppOverview(),
    qrSvg(ticket.code),
  ]);
  const { baru } = await searchParams;
  const start = new Date(ticket.start);
  const end = new Date(ticket.end);
  const when = `${await formatDay(locale, ticket.dayWib)}, ${formatClock(minuteOfDayWib(start))}–${formatClock(minuteOfDayWib(end))} WIB`;
  return (
    <article className="mx-auto max-w-2xl">
      {baru === "1" && ticket.status === "BOOKED" ? (
        <div className="mb-6 rounded bg-green-800 p-5 text-center text-white" role="status">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-2">{t("codeLabel")}</p>
          <p className="text-3xl font-bold tracking-widest" data-testid="booking-code">
            {ticket.code}
          </p>
        </div>
      ) : (
        <>
          <h1 className="text-2xl font-bold text-brand-900">{t("titleView")}</h1>
          <p className="mt-2">
            {t("codeLabel")}:{" "}
            <span className="text-2xl font-bold tracking-widest" data-testid="booking-code">
              {ticket.code}
            </span>
          </p>
        </>
      )}
      <div className="grid gap-6 sm:grid-cols-[auto_1fr]">
        <div
          role="img"
          aria-label={t("qrLabel", { code: ticket.code })}
          className="mx-auto size-48 sm:mx-0"
          data-testid="qr"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="space-y-3">
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("when")}</dt>
            <dd className="text-lg font-semibold" data-testid="ticket-when">
              {when}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("where")}</dt>
            <dd data-testid="ticket-where">
              {t("whereText", { number: ticket.counter.number, agency: ticket.counter.agencyName, floor: ticket.counter.floor, mpp: mpp.shortName })}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("nik")}</dt>
            <dd className="tabular-nums">{ticket.nikMasked}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("status")}</dt>
            <dd data-testid="ticket-status">{t(`statuses.${ticket.status}`)}</dd>
          </div>
        </dl>
      </div>
      <p className="mt-6 rounded border-l-4 border-accent-500 bg-amber-50 p-3">{t("arrive")}</p>
      <section aria-labelledby="bawa" className="mt-6">
        <h2 id="bawa" className="text-lg font-semibold text-brand-900">
          {t("bring")}: {locale === "en" ? ticket.service.nameEn : ticket.service.name}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {ticket.service.requirements.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      <p className="mt-6 text-sm">
        {tt.rich("ticketHint", { link: (chunks) => <Link href="/lacak">{chunks}</Link> })}
      </p>
      <div className="no-print mt-8 flex flex-wrap items-center gap-4">
        <a href={`/tiket/${ticket.code}/kalender`} download={`mpp-${ticket.code}.ics`} className="inline-flex min-h-11 items-center" data-testid="ics-link">
          {t("calendar")}
        </a>
        <PrintButton label={t("print")} />
        <Link href={`/kelola?kode=${ticket.code}`} className="inline-flex min-h-11 items-center">
          {t("manage")}
        </Link>
      </div>
    </article>
  );
}
