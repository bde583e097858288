import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DirectApplicationForm } from "@/components/applications/forms";
import { pageLocale } from "@/i18n/page";
import { servicesForApplications, visitForApplication } from "@/lib/applications/service";
import { requireStaffPage } from "@/lib/auth/guard";
import { listWilayah } from "@/lib/wilayah";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ kunjungan?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "applications.new" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Register an application: directly (service, applicant, domicile, consent) or, with
 * ?kunjungan=<visitId> (linked from the queue when a visit is finished), from that visit.
 */
export default async function NewApplicationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { kunjungan } = await searchParams;
  const visitId = kunjungan?.slice(0, 60);
  const actor = await requireStaffPage("application:create", `/staf/permohonan/baru${visitId ? `?kunjungan=${encodeURIComponent(visitId)}` : ""}`);
  const [t, tb, visit] = await Promise.all([
    getTranslations({ locale, namespace: "applications.new" }),
    getTranslations({ locale, namespace: "booking" }),
    visitId ? visitForApplication(actor, visitId) : Promise.resolve(null),
  ]);
  const usable = visit && visit.status === "DONE" && !visit.existingCode ? visit : null;
  const [services, wilayah] = usable ? [[], []] : await Promise.all([servicesForApplications(actor), listWilayah()]);
  const labels = {
    summaryTitle: tb("errorSummaryTitle"),
    service: t("service"),
    chooseService: t("chooseService"),
    nik: t("nik"),
    nikHint: t("nikHint"),
    name: t("name"),
    phone: t("phone"),
    phoneHint: t("phoneHint"),
    domicile: t("domicile"),
    chooseKelurahan: t("chooseKelurahan"),
    outsideCity: t("outsideCity"),
    consent: t("consent"),
    submit: t("submit"),
    walkInNik: t("fromVisitWalkIn"),
  };
  return (
    <div className="max-w-3xl">
      <p className="mb-3">
        <Link href="/staf/permohonan">‹ {(await getTranslations({ locale, namespace: "applications.detail" }))("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mb-6 mt-1 text-muted">{t("lead")}</p>
      {visitId && !usable && (
        <div className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-3" role="status">
          {visit?.existingCode ? (
            <p>
              {t("visitExisting", { code: visit.existingCode })}{" "}
              <Link href={`/staf/permohonan/${visit.existingCode}`}>{t("openExisting", { code: visit.existingCode })}</Link>
            </p>
          ) : (
            <p>{t("visitNotUsable")}</p>
          )}
        </div>
      )}
      {usable && (
        <div className="mb-6 rounded bg-brand-50 p-4" data-testid="from-visit">
          <p className="font-semibold">
            {t("fromVisit", { number: usable.queueNumber, service: usable.service.name, name: usable.name, nik: usable.nikMasked ?? "—" })}
          </p>
          <p className="text-sm">{usable.hasBooking ? t("fromVisitBooking") : t("fromVisitWalkIn")}</p>
        </div>
      )}
      <DirectApplicationForm
        locale={locale}
        labels={labels}
        visitId={usable?.id}
        visitNeedsNik={usable ? !usable.hasBooking : false}
        services={services.map((s) => ({ value: s.slug, label: t("serviceOption", { number: s.counterNumber, name: s.name, duration: s.durationText }) }))}
        wilayah={wilayah.map((k) => ({
          label: t("kecamatanGroup", { name: k.name }),
          options: k.kelurahan.map((l) => ({ value: l.code, label: l.name })),
        }))}
      />
    </div>
  );
}
