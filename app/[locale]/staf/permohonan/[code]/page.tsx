import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { NoteForm, RevealPersonalData, StatusChangeForm } from "@/components/applications/forms";
import { formatWib, StatusTimeline } from "@/components/applications/status-timeline";
import { formatDay } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { getForStaff, type StaffApplicationView } from "@/lib/applications/service";
import { requireStaffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { parseApplicationCode } from "@/lib/bookings/code";
import { toAppError } from "@/lib/errors";
import { requirementAction } from "../actions";
import { Fact } from "@/components/ui/fact";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ pesan?: string; galat?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { code } = await params;
  const t = await getTranslations({ locale, namespace: "applications.detail" });
  return { title: t("title", { code: decodeURIComponent(code).slice(0, 20) }), robots: { index: false } };
}

/** One application: summary, requirement checklist, status actions, history, notes. */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { code: raw } = await params;
  const parsed = parseApplicationCode(decodeURIComponent(raw).slice(0, 40));
  const actor = await requireStaffPage("application:read", `/staf/permohonan/${parsed.ok ? parsed.code : ""}`);
  if (!parsed.ok) notFound();
  let app: StaffApplicationView;
  try {
    app = await getForStaff(actor, parsed.code);
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "NOT_FOUND") notFound();
    if (err.code === "FORBIDDEN") forbidden();
    throw e;
  }
  const { pesan, galat } = await searchParams;
  const [t, ts, ta, tb] = await Promise.all([
    getTranslations({ locale, namespace: "applications.detail" }),
    getTranslations({ locale, namespace: "applications.status" }),
    getTranslations({ locale, namespace: "applications.action" }),
    getTranslations({ locale, namespace: "booking" }),
  ]);
  const tn = await getTranslations({ locale, namespace: "applications" });
  const [received, due, completed] = await Promise.all([
    formatDay(locale, app.receivedDay),
    formatDay(locale, app.dueDay),
    app.completedAt ? formatWib(locale, app.completedAt) : Promise.resolve(null),
  ]);
  const checkedAt = await Promise.all(app.requirements.map((r) => (r.checkedAt ? formatWib(locale, r.checkedAt) : Promise.resolve(""))));
  const processing = can(actor.role, "application:process");
  const open = app.allowedNext.length > 0;
  const flash =
    pesan === "baru"
      ? (await getTranslations({ locale, namespace: "applications.new" }))("created", { code: app.code, url: `/lacak/${app.code}` })
      : pesan === "status"
        ? t("statusChanged", { status: ts(app.status) })
        : pesan
          ? t("saved")
          : null;
  return (
    <article>
      <p className="mb-3">
        <Link href="/staf/permohonan">‹ {t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {t("title", { code: "" })}
        <span className="font-mono" data-testid="application-code">
          {app.code}
        </span>
      </h1>
      {flash && (
        <p role="status" className="mt-3 border-l-4 border-green-700 bg-green-50 p-3 font-medium" data-testid="flash">
          {flash}
        </p>
      )}
      {galat && (
        <p role="alert" className="mt-3 border-l-4 border-red-700 bg-red-50 p-3 font-medium">
          {galat === "ditutup" ? tn("errors.closed") : tn("errorBody")}
        </p>
      )}
      <section aria-labelledby="ringkasan" className="mt-6">
        <h2 id="ringkasan" className="sr-only">
          {t("summary")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("status")}</dt>
            <dd className="text-xl font-bold" data-testid="application-status">
              {ts(app.status)}
            </dd>
          </div>
          <Fact term={t("service")}>{app.service.name}</Fact>
          <Fact term={t("counter")}>{t("counterValue", { number: app.counter.number, name: app.counter.name })}</Fact>
          <Fact term={t("applicant")}>{app.applicantName}</Fact>
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("nik")}</dt>
            <dd className="tabular-nums" data-testid="nik-masked">
              {app.nikMasked}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-brand-800">{t("phone")}</dt>
            <dd className="tabular-nums">{app.phoneMasked ?? t("noPhone")}</dd>
          </div>
          <Fact term={t("domicile")}>{app.domicile ? t("domicileValue", app.domicile) : app.outsideCity ? t("outsideCity") : "—"}</Fact>
          <Fact term={t("received")}>{received}</Fact>
          <Fact term={t("due")}>
            {t("dueValue", { day: due, duration: app.service.durationText })}
            {app.overdue && (
              <span className="mt-1 flex items-center gap-1 font-semibold text-red-800" data-testid="overdue-flag">
                <span aria-hidden="true">⚠</span>
                {t("overdue")}
              </span>
            )}
          </Fact>
          {completed && (
            <Fact term={t("completed")}>{completed}</Fact>
          )}
          {app.rejectionReason && (
            <Fact term={t("rejectionReason")}>{app.rejectionReason}</Fact>
          )}
          <Fact term={t("createdBy")}>
            {app.createdBy ?? t("system")} · {app.fromVisit ? t("sourceVisit") : t("sourceDirect")}
          </Fact>
        </dl>
        <p className="mt-3 text-sm">{t("track", { url: `/lacak/${app.code}` })}</p>
        {can(actor.role, "personal-data:read") && (
          <div className="mt-4">
            <RevealPersonalData
              locale={locale}
              code={app.code}
              labels={{ reveal: t("reveal"), hint: t("revealHint"), revealed: t("revealed"), nik: t("nik"), phone: t("phone"), none: t("noPhone") }}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="persyaratan-judul" id="persyaratan" className="mt-8">
        <h2 id="persyaratan-judul" className="text-lg font-semibold text-brand-900">
          {t("requirements")}
        </h2>
        <p className="text-sm text-muted">{t("requirementsLead")}</p>
        <ol className="mt-3 space-y-2" data-testid="requirements">
          {app.requirements.map((r, i) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-brand-100 p-3">
              <div className="min-w-0 flex-1">
                <p>
                  <span className="font-semibold">{r.position}.</span> {r.text}
                  {r.optional && <span className="text-sm text-muted"> ({t("optional")})</span>}
                </p>
                <p className={`text-sm ${r.checked ? "font-semibold text-green-800" : "text-muted"}`}>
                  <span aria-hidden="true">{r.checked ? "✓ " : "○ "}</span>
                  {r.checked ? t("checked") : t("notChecked")}
                  {r.checked && r.checkedBy ? ` · ${t("checkedBy", { name: r.checkedBy, at: checkedAt[i] ?? "" })}` : ""}
                </p>
              </div>
              {processing && open && (
                <form action={requirementAction}>
                  <input type="hidden" name="code" value={app.code} />
                  <input type="hidden" name="requirementId" value={r.id} />
                  <input type="hidden" name="checked" value={r.checked ? "0" : "1"} />
                  <button
                    type="submit"
                    aria-label={r.checked ? t("untickLabel", { position: r.position }) : t("tickLabel", { position: r.position })}
                    data-testid={`tick-${r.position}`}
                    className="min-h-11 rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                  >
                    {r.checked ? t("untick") : t("tick")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
        <p className="mt-2 text-sm font-medium">{app.requirementsComplete ? t("complete") : t("incomplete")}</p>
      </section>

      <section aria-labelledby="aksi" className="mt-8">
        <h2 id="aksi" className="text-lg font-semibold text-brand-900">
          {t("actions")}
        </h2>
        {!open ? (
          <p>{processing ? t("noActions") : t("readOnly")}</p>
        ) : (
          <StatusChangeForm
            locale={locale}
            code={app.code}
            from={app.status}
            options={app.allowedNext.map((to) => ({ to, label: ta(to) }))}
            labels={{ summaryTitle: tb("errorSummaryTitle"), publicNote: t("publicNote"), publicNoteHint: t("publicNoteHint"), reason: t("reason"), reasonHint: t("reasonHint") }}
          />
        )}
      </section>

      <section aria-labelledby="riwayat" className="mt-8">
        <h2 id="riwayat" className="text-lg font-semibold text-brand-900">
          {t("history")}
        </h2>
        <StatusTimeline
          locale={locale}
          headingId="riwayat"
          noteLabel={t("publicNote")}
          entries={app.history.map((h) => ({ status: h.to, from: h.from, at: h.at, note: h.publicNote, actor: h.actor }))}
        />
      </section>

      <section aria-labelledby="catatan-judul" id="catatan" className="mt-8">
        <h2 id="catatan-judul" className="text-lg font-semibold text-brand-900">
          {t("notes")}
        </h2>
        <p className="text-sm text-muted">{t("notesLead")}</p>
        {app.notes.length === 0 ? (
          <p className="mt-2">{t("noNotes")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {await Promise.all(
              app.notes.map(async (n, i) => (
                <li key={i} className="rounded border border-brand-100 p-3">
                  <p className="whitespace-pre-line">{n.body}</p>
                  <p className="mt-1 text-sm text-muted">
                    {n.author ?? t("system")} · <time dateTime={n.at}>{await formatWib(locale, n.at)}</time>
                  </p>
                </li>
              )),
            )}
          </ul>
        )}
        {processing && (
          <div className="mt-4">
            <NoteForm locale={locale} code={app.code} labels={{ summaryTitle: tb("errorSummaryTitle"), note: t("note"), submit: t("addNote") }} />
          </div>
        )}
      </section>
    </article>
  );
}
