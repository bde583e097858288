import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/booking/print-button";
import type { Locale } from "@/i18n/config";
import { GRACE_MINUTES } from "@/lib/queue/order";
import type { VisitView } from "@/lib/queue/types";
import { clock } from "./format";

/** The queue ticket handed out at the front desk (printable: the rest of the page is hidden). */
export async function VisitTicket({ locale, visit }: { locale: Locale; visit: VisitView }) {
  const t = await getTranslations({ locale, namespace: "frontDesk.ticket" });
  const service = locale === "en" ? visit.service.nameEn : visit.service.name;
  return (
    <section aria-labelledby="tiket-antrean" role="status" className="mb-8 max-w-md border-4 border-brand-700 p-5" data-testid="queue-ticket">
      <h2 id="tiket-antrean" className="text-lg font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="my-2 text-5xl font-bold tabular-nums tracking-wider" data-testid="queue-number">
        {visit.ticket}
      </p>
      <p className="text-xl font-semibold">
        {t("counter", { number: visit.counter.number, floor: visit.counter.floor })}: {visit.counter.name}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("service")}</dt>
        <dd>{service}</dd>
        <dt className="font-semibold">{t("time")}</dt>
        <dd>
          {clock(visit.checkedInAt)} WIB, {visit.dayWib}
        </dd>
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{visit.name}</dd>
        {visit.nikMasked && (
          <>
            <dt className="font-semibold">{t("nik")}</dt>
            <dd className="tabular-nums">{visit.nikMasked}</dd>
          </>
        )}
        {visit.bookingCode ? (
          <>
            <dt className="font-semibold">{t("booking")}</dt>
            <dd>{visit.bookingCode}</dd>
            <dt className="font-semibold">{t("slot")}</dt>
            <dd>{clock(visit.slotStart)} WIB</dd>
          </>
        ) : (
          <>
            <dt className="sr-only">{t("booking")}</dt>
            <dd>{t("walkIn")}</dd>
          </>
        )}
      </dl>
      {visit.late && <p className="mt-3 border-l-4 border-amber-600 pl-3 font-semibold">{t("late", { minutes: GRACE_MINUTES })}</p>}
      <p className="mt-4">
        <PrintButton label={t("print")} />
      </p>
    </section>
  );
}
