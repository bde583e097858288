import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatWib } from "@/components/applications/status-timeline";
import { pageLocale } from "@/i18n/page";
import { auditActions, listAuditEntries, type AuditFilters } from "@/lib/audit/query";
import { requireStaffPage } from "@/lib/auth/guard";
import { isDay } from "@/lib/time";

export const dynamic = "force-dynamic";

type Search = { aksi?: string; pelaku?: string; objek?: string; dari?: string; sampai?: string; halaman?: string };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "audit" });
  return { title: t("title"), robots: { index: false } };
}

const inputClass = "min-h-11 rounded border-2 border-gray-600 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/** The audit log for ADMIN: filters (action, actor, object, WIB date range), newest first, paginated. */
export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("audit:read", "/staf/audit");
  const sp = await searchParams;
  const t = await getTranslations({ locale, namespace: "audit" });
  const one = (v: string | undefined, max: number) => v?.trim().slice(0, max) || undefined;
  const from = one(sp.dari, 10);
  const to = one(sp.sampai, 10);
  const badFrom = from !== undefined && !isDay(from);
  const badTo = to !== undefined && !isDay(to);
  const filters: AuditFilters = {
    action: one(sp.aksi, 100),
    actor: one(sp.pelaku, 100),
    entity: one(sp.objek, 100),
    from: badFrom ? undefined : from,
    to: badTo ? undefined : to,
    page: Number(sp.halaman) || 1,
  };
  const [result, actions] = await Promise.all([listAuditEntries(actor, filters), auditActions(actor)]);
  const times = await Promise.all(result.rows.map((r) => formatWib(locale, r.at)));
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (filters.action) p.set("aksi", filters.action);
    if (filters.actor) p.set("pelaku", filters.actor);
    if (filters.entity) p.set("objek", filters.entity);
    if (filters.from) p.set("dari", filters.from);
    if (filters.to) p.set("sampai", filters.to);
    p.set("halaman", String(page));
    return `/staf/audit?${p.toString()}`;
  };
  return (
    <div>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-muted">{t("lead")}</p>
      <form method="get" action="/staf/audit" className="mt-6 grid gap-4 rounded bg-brand-50 p-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("filters")}>
        <div>
          <label htmlFor="aksi" className="block text-sm font-semibold">
            {t("action")}
          </label>
          <select id="aksi" name="aksi" defaultValue={filters.action ?? ""} className={`${inputClass} w-full`}>
            <option value="">{t("anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="pelaku" className="block text-sm font-semibold">
            {t("actor")}
          </label>
          <input id="pelaku" name="pelaku" defaultValue={filters.actor ?? ""} maxLength={100} aria-describedby="pelaku-hint" className={`${inputClass} w-full`} />
          <p id="pelaku-hint" className="text-xs text-muted">
            {t("actorHint")}
          </p>
        </div>
        <div>
          <label htmlFor="objek" className="block text-sm font-semibold">
            {t("entity")}
          </label>
          <input id="objek" name="objek" defaultValue={filters.entity ?? ""} maxLength={100} aria-describedby="objek-hint" className={`${inputClass} w-full`} />
          <p id="objek-hint" className="text-xs text-muted">
            {t("entityHint")}
          </p>
        </div>
        {(
          [
            ["dari", "from", from, badFrom],
            ["sampai", "to", to, badTo],
          ] as const
        ).map(([id, key, value, bad]) => (
          <div key={id}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {t(key)}
            </label>
            {bad && (
              <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
                {t("badDate")}
              </p>
            )}
            <input
              id={id}
              name={id}
              type="date"
              defaultValue={value ?? ""}
              aria-invalid={bad ? true : undefined}
              aria-describedby={[`${id}-hint`, bad ? `${id}-error` : null].filter(Boolean).join(" ")}
              className={`${inputClass} w-full`}
            />
            <p id={`${id}-hint`} className="text-xs text-muted">
              {t("dateHint")}
            </p>
          </div>
        ))}
        <div className="flex items-end gap-4">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" data-testid="audit-apply">
            {t("apply")}
          </button>
          <Link href="/staf/audit" className="inline-flex min-h-11 items-center">
            {t("reset")}
          </Link>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p className="mt-6" role="status">
          {t("empty")}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
          <table className="w-full border-collapse text-left text-sm" data-testid="audit-table">
            <caption className="mb-2 text-left text-muted">{t("caption", { total: result.total })}</caption>
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="p-2">{t("at")}</th>
                <th scope="col" className="p-2">{t("who")}</th>
                <th scope="col" className="p-2">{t("what")}</th>
                <th scope="col" className="p-2">{t("object")}</th>
                <th scope="col" className="p-2">{t("ip")}</th>
                <th scope="col" className="p-2">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r, i) => (
                <tr key={r.id} className="border-b border-brand-100 align-top">
                  <td className="whitespace-nowrap p-2">
                    <time dateTime={r.at}>{times[i]}</time>
                  </td>
                  <td className="p-2">{r.actor}</td>
                  <th scope="row" className="p-2 font-mono font-normal">
                    {r.action}
                  </th>
                  <td className="p-2">
                    {r.entityType}
                    {r.entityId && <span className="block font-mono">{r.entityId}</span>}
                  </td>
                  <td className="p-2 font-mono">{r.ip ?? "—"}</td>
                  <td className="max-w-md break-words p-2 font-mono text-xs">{r.details ?? "—"}</td>
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
