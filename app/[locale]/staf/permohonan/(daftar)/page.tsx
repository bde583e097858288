import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDay } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { countersForActor, listApplications } from "@/lib/applications/service";
import { APPLICATION_STATUSES, isApplicationStatus } from "@/lib/applications/transitions";
import { requireStaffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

type Search = { status?: string; terlambat?: string; gerai?: string; q?: string; halaman?: string };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "applications.list" });
  return { title: t("title"), robots: { index: false } };
}

const selectClass = "min-h-11 rounded border-2 border-gray-600 bg-white px-3 py-2";

/** Applications of the actor's gerai (officers) or all (admin, front desk), with filters. */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("application:read", "/staf/permohonan");
  const sp = await searchParams;
  const status = isApplicationStatus(sp.status) ? sp.status : undefined;
  const counter = Number(sp.gerai) > 0 ? Math.floor(Number(sp.gerai)) : undefined;
  const overdue = sp.terlambat === "1";
  const q = sp.q?.slice(0, 20);
  const [t, ts, result, counters] = await Promise.all([
    getTranslations({ locale, namespace: "applications.list" }),
    getTranslations({ locale, namespace: "applications.status" }),
    listApplications(actor, { status, overdue, counter, q, page: Number(sp.halaman) || 1 }),
    countersForActor(actor),
  ]);
  const days = new Map<string, string>();
  for (const d of new Set(result.items.flatMap((i) => [i.receivedDay, i.dueDay]))) days.set(d, await formatDay(locale, d));
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (status) p.set("status", status);
    if (overdue) p.set("terlambat", "1");
    if (counter) p.set("gerai", String(counter));
    if (q) p.set("q", q);
    p.set("halaman", String(page));
    return `/staf/permohonan?${p.toString()}`;
  };
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-muted">{t("lead")}</p>
        </div>
        {can(actor.role, "application:create") && (
          <Link href="/staf/permohonan/baru" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
            {t("new")}
          </Link>
        )}
      </div>
      <form method="get" action="/staf/permohonan" className="mt-6 flex flex-wrap items-end gap-4 rounded bg-brand-50 p-4" aria-label={t("filters")}>
        <div>
          <label htmlFor="f-status" className="block text-sm font-semibold">
            {t("status")}
          </label>
          <select id="f-status" name="status" defaultValue={status ?? ""} className={selectClass}>
            <option value="">{t("anyStatus")}</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        {counters.length > 1 && (
          <div>
            <label htmlFor="f-gerai" className="block text-sm font-semibold">
              {t("counter")}
            </label>
            <select id="f-gerai" name="gerai" defaultValue={counter ? String(counter) : ""} className={selectClass}>
              <option value="">{t("anyCounter")}</option>
              {counters.map((c) => (
                <option key={c.number} value={c.number}>
                  {t("counterOption", { number: c.number })} · {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="f-q" className="block text-sm font-semibold">
            {t("q")}
          </label>
          <input id="f-q" name="q" defaultValue={q ?? ""} aria-describedby="f-q-hint" maxLength={20} className={`${selectClass} uppercase`} />
          <p id="f-q-hint" className="text-xs text-muted">
            {t("qHint")}
          </p>
        </div>
        <div className="flex min-h-11 items-center gap-2">
          <input id="f-overdue" name="terlambat" type="checkbox" value="1" defaultChecked={overdue} className="size-5" />
          <label htmlFor="f-overdue">{t("overdue")}</label>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/staf/permohonan" className="inline-flex min-h-11 items-center">
          {t("reset")}
        </Link>
      </form>
      {result.items.length === 0 ? (
        <p className="mt-6" role="status">
          {t("empty")}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
          <table className="w-full border-collapse text-left" data-testid="applications-table">
            <caption className="mb-2 text-left text-sm text-muted">{t("caption", { total: result.total })}</caption>
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="p-2">{t("code")}</th>
                <th scope="col" className="p-2">{t("status")}</th>
                <th scope="col" className="p-2">{t("service")}</th>
                <th scope="col" className="p-2">{t("counter")}</th>
                <th scope="col" className="p-2">{t("applicant")}</th>
                <th scope="col" className="p-2">{t("received")}</th>
                <th scope="col" className="p-2">{t("due")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((a) => (
                <tr key={a.code} className="border-b border-brand-100 align-top">
                  <th scope="row" className="p-2 font-mono">
                    <Link href={`/staf/permohonan/${a.code}`}>{a.code}</Link>
                  </th>
                  <td className="p-2">{ts(a.status)}</td>
                  <td className="p-2">{a.serviceName}</td>
                  <td className="p-2">{a.counterNumber}</td>
                  <td className="p-2">
                    {a.applicantName}
                    <span className="block text-sm tabular-nums text-muted">{a.nikMasked}</span>
                  </td>
                  <td className="p-2">{days.get(a.receivedDay)}</td>
                  <td className="p-2">
                    {days.get(a.dueDay)}
                    {a.overdue && (
                      <span className="mt-1 flex items-center gap-1 font-semibold text-red-800" data-testid="overdue-flag">
                        <span aria-hidden="true">⚠</span>
                        {t("overdueFlag")}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
          {result.page > 1 && <Link href={query(result.page - 1)}>‹ {t("previous")}</Link>}
          <span>{t("page", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount && <Link href={query(result.page + 1)}>{t("next")} ›</Link>}
        </nav>
      )}
    </div>
  );
}
