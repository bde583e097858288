import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatDay } from "@/components/booking/parts";
import { formatWib, StatusTimeline } from "@/components/applications/status-timeline";
import { pageLocale } from "@/i18n/page";
import { getPublic, parseTrackingCode, type PublicApplicationView } from "@/lib/applications/service";
import { requirePermission } from "@/lib/auth/guard";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { Fact } from "@/components/ui/fact";

// A live status: rendered on every request, never cached (no stale statuses).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "tracking" });
  return { title: t("title"), robots: { index: false } };
}

/** The public status of an application: current status, timeline, due date, gerai. No personal data. */
export default async function TrackedApplicationPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("application:track");
  const { code: raw } = await params;
  const typed = decodeURIComponent(raw).slice(0, 40);
  const parsed = parseTrackingCode(typed);
  if (!parsed.ok) redirect(`/lacak?kode=${encodeURIComponent(typed)}`);
  if (parsed.code !== typed) redirect(`/lacak/${parsed.code}`);
  let app: PublicApplicationView;
  try {
    app = await getPublic(parsed.code, { ip: clientIp(await headers()) });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "NOT_FOUND") notFound();
    if (err.code === "RATE_LIMITED") {
      const minutes = Math.max(1, Math.ceil(Number(err.details?.retryAfterSeconds ?? 60) / 60));
      redirect(`/lacak?galat=batas&menit=${minutes}&kode=${encodeURIComponent(parsed.code)}`);
    }
    throw e;
  }
  const [t, ta] = await Promise.all([
    getTranslations({ locale, namespace: "tracking" }),
    getTranslations({ locale, namespace: "applications" }),
  ]);
  const [received, due, completed] = await Promise.all([
    formatDay(locale, app.receivedDay),
    formatDay(locale, app.dueDay),
    app.completedAt ? formatWib(locale, app.completedAt) : Promise.resolve(null),
  ]);
  const serviceName = locale === "en" ? app.service.nameEn : app.service.name;
  return (
    <article className="max-w-2xl">
      <p className="mb-3">
        <Link href="/lacak" className="inline-flex min-h-6 items-center">
          ‹ {t("another")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{t("resultTitle", { code: app.code })}</h1>
      <section aria-labelledby="status-kini" className="mt-4 rounded border-2 border-brand-700 p-4">
        <h2 id="status-kini" className="text-sm font-semibold text-brand-800">
          {t("currentStatus")}
        </h2>
        <p className="text-2xl font-bold" data-testid="tracking-status">
          {ta(`status.${app.status}`)}
        </p>
        <p className="mt-1">{t(`statusHelp.${app.status}`)}</p>
        {app.rejectionReason && (
          <p className="mt-2">
            <span className="font-semibold">{t("rejectionReason")}:</span> {app.rejectionReason}
          </p>
        )}
        {app.overdue && (
          <p className="mt-3 border-l-4 border-red-700 bg-red-50 p-2 font-medium text-red-900" data-testid="tracking-overdue">
            <span aria-hidden="true">⚠ </span>
            {t("overdue")}
          </p>
        )}
      </section>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        <Fact term={t("service")}>{serviceName}</Fact>
        <Fact term={t("counter")}>{t("counterValue", { number: app.counter.number, floor: app.counter.floor, agency: app.counter.agencyName })}</Fact>
        <Fact term={t("applicant")}>{app.applicantInitials}</Fact>
        <Fact term={t("received")}>{received}</Fact>
        <Fact term={t("due")} testId="tracking-due">
          {due}
          <span className="block text-sm text-muted">{t("dueHint", { duration: app.service.durationText })}</span>
        </Fact>
        {completed && (
          <Fact term={t("completed")}>{completed}</Fact>
        )}
      </dl>
      <section aria-labelledby="riwayat" className="mt-8">
        <h2 id="riwayat" className="text-lg font-semibold text-brand-900">
          {t("timeline")}
        </h2>
        <StatusTimeline locale={locale} entries={app.timeline} headingId="riwayat" noteLabel={t("note")} />
      </section>
      <p className="mt-8 text-sm text-muted">{t("updatedNote")}</p>
    </article>
  );
}
