import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/booking/parts";
import { TextField } from "@/components/booking/text-field";
import { clock } from "@/components/queue/format";
import { QrScanner } from "@/components/queue/qr-scanner";
import { VisitTicket } from "@/components/queue/visit-ticket";
import { WalkInForm } from "@/components/queue/walk-in-form";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { listArrivals, getVisit, servicesByCounter } from "@/lib/queue/service";
import type { VisitView } from "@/lib/queue/types";
import { listWilayah } from "@/lib/wilayah";
import { checkInAction, walkInAction } from "./actions";

export const dynamic = "force-dynamic";

type Search = { kunjungan?: string; galat?: string; kode?: string; ticket?: string; day?: string; code?: string };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

const ERRORS = ["codeInvalid", "unknownCode", "cancelled", "otherDay", "alreadyCheckedIn", "failed"] as const;
type ErrorKey = (typeof ERRORS)[number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "frontDesk" });
  return { title: t("title"), robots: { index: false } };
}

/** Front desk: check-in by code or QR, walk-ins, today's arrivals. */
export default async function FrontDeskPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("checkin:operate", "/staf/resepsionis");
  const sp = await searchParams;
  const [t, arrivals, counters, wilayah, shown] = await Promise.all([
    getTranslations({ locale, namespace: "frontDesk" }),
    listArrivals(actor),
    servicesByCounter(),
    listWilayah(),
    sp.kunjungan ? getVisit(actor, sp.kunjungan).catch(() => null) : Promise.resolve(null),
  ]);
  const tq = await getTranslations({ locale, namespace: "staffQueue" });
  const galat = ERRORS.find((k) => k === sp.galat) as ErrorKey | undefined;
  const codeError = galat
    ? t(`errors.${galat}`, { code: sp.code ?? sp.kode ?? "", ticket: sp.ticket ?? "-", day: sp.day ?? "" })
    : undefined;
  const name = (v: VisitView) => (locale === "en" ? v.service.nameEn : v.service.name);

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="no-print mb-6 text-muted">{t("lead")}</p>

      {shown && <VisitTicket locale={locale} visit={shown} />}

      <div className="no-print grid gap-10 md:grid-cols-2">
        <section aria-labelledby="checkin-heading">
          <h2 id="checkin-heading" className="mb-3 text-xl font-bold text-brand-900">
            {t("checkIn.heading")}
          </h2>
          {codeError && (
            <div role="alert" tabIndex={-1} className="mb-4 border-4 border-red-700 p-4" data-testid="checkin-error">
              <a href="#code" className="font-semibold text-red-800">
                {codeError}
              </a>
            </div>
          )}
          <form action={checkInAction} noValidate className="space-y-4">
            <TextField
              id="code"
              label={t("checkIn.code")}
              hint={t("checkIn.codeHint")}
              error={galat === "codeInvalid" || galat === "unknownCode" ? codeError : undefined}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={200}
              defaultValue={galat === "codeInvalid" || galat === "unknownCode" ? (sp.kode ?? "") : ""}
              className="uppercase tracking-widest"
            />
            <PrimaryButton testId="checkin-submit">{t("checkIn.submit")}</PrimaryButton>
          </form>
          <QrScanner
            inputId="code"
            labels={{
              start: t("checkIn.scanStart"),
              stop: t("checkIn.scanStop"),
              help: t("checkIn.scanHelp"),
              unavailable: t("checkIn.scanUnavailable"),
              video: t("checkIn.scanVideo"),
            }}
          />
        </section>

        <section aria-labelledby="walkin-heading">
          <h2 id="walkin-heading" className="mb-1 text-xl font-bold text-brand-900">
            {t("walkIn.heading")}
          </h2>
          <p className="mb-4 text-muted">{t("walkIn.lead")}</p>
          <WalkInForm
            action={walkInAction}
            locale={locale}
            labels={{
              service: t("walkIn.service"),
              chooseService: t("walkIn.chooseService"),
              nik: t("walkIn.nik"),
              nikHint: t("walkIn.nikHint"),
              name: t("walkIn.name"),
              domicile: t("walkIn.domicile"),
              domicileHint: t("walkIn.domicileHint"),
              chooseKelurahan: t("walkIn.chooseKelurahan"),
              outsideCity: t("walkIn.outsideCity"),
              consent: t("walkIn.consent"),
              consentPurpose: t("walkIn.consentPurpose"),
              submit: t("walkIn.submit"),
              errorSummary: t("walkIn.errorSummary"),
              outOfAreaTitle: t("walkIn.outOfAreaTitle"),
              outOfAreaGoTo: t.raw("walkIn.outOfAreaGoTo") as string,
              outOfAreaAddress: t.raw("walkIn.outOfAreaAddress") as string,
              outOfAreaPhone: t.raw("walkIn.outOfAreaPhone") as string,
            }}
            options={{
              services: counters
                .filter((c) => c.services.length > 0)
                .map((c) => ({
                  label: t("walkIn.counterGroup", { number: c.number, name: c.name }),
                  options: c.services.map((s) => ({ value: s.id, label: locale === "en" ? s.nameEn : s.name })),
                })),
              wilayah: wilayah.map((k) => ({
                label: t("walkIn.kecamatanGroup", { name: k.name }),
                options: k.kelurahan.map((l) => ({ value: l.code, label: l.name })),
              })),
              outsideCityValue: "luar-kota",
            }}
          />
        </section>
      </div>

      <section aria-labelledby="arrivals-heading" className="no-print mt-10">
        <h2 id="arrivals-heading" className="mb-3 text-xl font-bold text-brand-900">
          {t("arrivals.heading")}
        </h2>
        {arrivals.length === 0 ? (
          <p>{t("arrivals.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left" data-testid="arrivals">
              <thead>
                <tr className="border-b-2 border-gray-600">
                  <th scope="col" className="py-2 pr-3">{t("arrivals.number")}</th>
                  <th scope="col" className="py-2 pr-3">{t("arrivals.time")}</th>
                  <th scope="col" className="py-2 pr-3">{t("arrivals.name")}</th>
                  <th scope="col" className="py-2 pr-3">{t("arrivals.service")}</th>
                  <th scope="col" className="py-2 pr-3">{t("arrivals.source")}</th>
                  <th scope="col" className="py-2 pr-3">{t("arrivals.status")}</th>
                </tr>
              </thead>
              <tbody>
                {arrivals.map((v) => (
                  <tr key={v.id} className="border-b border-gray-300">
                    <td className="py-2 pr-3 font-semibold tabular-nums">
                      <a href={`/staf/resepsionis?kunjungan=${v.id}`}>{v.ticket}</a>
                    </td>
                    <td className="py-2 pr-3 tabular-nums">{clock(v.checkedInAt)}</td>
                    <td className="py-2 pr-3">{v.name}</td>
                    <td className="py-2 pr-3">
                      {name(v)} · {tq("counterLink", { number: v.counter.number, name: v.counter.name, floor: v.counter.floor })}
                    </td>
                    <td className="py-2 pr-3">
                      {tq(`source.${v.source}`)}
                      {v.late ? ` · ${tq("late")}` : ""}
                    </td>
                    <td className="py-2 pr-3">{tq(`status.${v.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
