"use client";

// Forms of the applications console (client components for useActionState: they keep the
// input and show the server's field errors; they also work without JavaScript, the server
// rendering the returned state). Strings come as props from the server page.
import { useActionState, useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
import {
  changeStatusAction,
  createApplicationAction,
  noteAction,
  revealAction,
} from "@/app/[locale]/staf/permohonan/actions";
import type { FormState } from "@/lib/applications/form-state";

const inputClass =
  "min-h-11 w-full max-w-md rounded border-2 border-gray-600 px-3 py-2 text-base focus:border-brand-700 aria-[invalid=true]:border-red-700";
const buttonClass = "min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Field({
  id,
  name,
  label,
  hint,
  error,
  textarea,
  ...props
}: { id: string; name?: string; label: string; hint?: string; error?: string; textarea?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {textarea ? (
        <textarea
          id={id}
          name={name ?? id}
          rows={3}
          maxLength={props.maxLength}
          defaultValue={props.defaultValue as string | undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`${inputClass} max-w-xl`}
        />
      ) : (
        <input id={id} name={name ?? id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={inputClass} {...props} />
      )}
    </div>
  );
}

/** Error summary: focused when it appears, links to each field. */
function Summary({ state, title, prefix }: { state: FormState<unknown>; title: string; prefix: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) ref.current?.focus();
  }, [state]);
  if (!state || state.ok) return null;
  const fields = Object.entries(state.fieldErrors);
  return (
    <div ref={ref} role="alert" aria-labelledby={`${prefix}-summary`} tabIndex={-1} className="mb-4 border-4 border-red-700 p-4" data-testid="error-summary">
      <h2 id={`${prefix}-summary`} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {fields.length === 0 && <li>{state.message}</li>}
        {fields.map(([field, message]) => (
          <li key={field}>
            <a href={`#${prefix === "new" ? "" : `${prefix}-`}${field === "kelurahanCode" ? "domicile" : field}`} className="font-medium text-red-800">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface DirectFormLabels {
  summaryTitle: string;
  service: string;
  chooseService: string;
  nik: string;
  nikHint: string;
  name: string;
  phone: string;
  phoneHint: string;
  domicile: string;
  chooseKelurahan: string;
  outsideCity: string;
  consent: string;
  submit: string;
  walkInNik: string;
}

export function DirectApplicationForm({
  locale,
  labels,
  services,
  wilayah,
  visitId,
  visitNeedsNik,
}: {
  locale: string;
  labels: DirectFormLabels;
  services: { value: string; label: string }[];
  wilayah: { label: string; options: { value: string; label: string }[] }[];
  visitId?: string;
  visitNeedsNik?: boolean;
}) {
  const [state, action, pending] = useActionState(createApplicationAction, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const e = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-6" data-testid="application-form">
      <input type="hidden" name="locale" value={locale} />
      <Summary state={state} title={labels.summaryTitle} prefix="new" />
      {visitId ? (
        <>
          <input type="hidden" name="visitId" value={visitId} />
          {visitNeedsNik && (
            <Field id="nik" label={labels.nik} hint={labels.walkInNik} error={e.nik} inputMode="numeric" autoComplete="off" maxLength={24} defaultValue={v.nik ?? ""} />
          )}
          <Field id="phone" label={labels.phone} hint={labels.phoneHint} error={e.phone} type="tel" autoComplete="off" maxLength={20} defaultValue={v.phone ?? ""} />
        </>
      ) : (
        <>
          <div>
            <label htmlFor="service" className="block font-semibold">
              {labels.service}
            </label>
            <FieldError id="service" message={e.service} />
            <select id="service" name="service" defaultValue={v.service ?? ""} aria-invalid={e.service ? true : undefined} aria-describedby={e.service ? "service-error" : undefined} className={`${inputClass} max-w-xl bg-white`}>
              <option value="">{labels.chooseService}</option>
              {services.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <Field id="nik" label={labels.nik} hint={labels.nikHint} error={e.nik} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={24} defaultValue={v.nik ?? ""} />
          <Field id="name" label={labels.name} error={e.name} autoComplete="off" maxLength={100} defaultValue={v.name ?? ""} />
          <Field id="phone" label={labels.phone} hint={labels.phoneHint} error={e.phone} type="tel" autoComplete="off" maxLength={20} defaultValue={v.phone ?? ""} />
          <div>
            <label htmlFor="domicile" className="block font-semibold">
              {labels.domicile}
            </label>
            <FieldError id="domicile" message={e.kelurahanCode} />
            <select
              id="domicile"
              name="domicile"
              defaultValue={v.domicile ?? ""}
              aria-invalid={e.kelurahanCode ? true : undefined}
              aria-describedby={e.kelurahanCode ? "domicile-error" : undefined}
              className={`${inputClass} bg-white`}
            >
              <option value="">{labels.chooseKelurahan}</option>
              {wilayah.map((k) => (
                <optgroup key={k.label} label={k.label}>
                  {k.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
              <option value="luar-kota">{labels.outsideCity}</option>
            </select>
          </div>
          <div>
            <FieldError id="consent" message={e.consent} />
            <div className="flex items-start gap-3">
              <input id="consent" name="consent" type="checkbox" value="ya" className="mt-1 size-6" aria-invalid={e.consent ? true : undefined} aria-describedby={e.consent ? "consent-error" : undefined} />
              <label htmlFor="consent">{labels.consent}</label>
            </div>
          </div>
        </>
      )}
      <button type="submit" className={buttonClass} disabled={pending} data-testid="create-application">
        {labels.submit}
      </button>
    </form>
  );
}

export interface StatusFormLabels {
  summaryTitle: string;
  publicNote: string;
  publicNoteHint: string;
  reason: string;
  reasonHint: string;
}

/** One form with a button per allowed next status; the rejection needs the reason field. */
export function StatusChangeForm({
  locale,
  code,
  from,
  options,
  labels,
}: {
  locale: string;
  code: string;
  from: string;
  options: { to: string; label: string }[];
  labels: StatusFormLabels;
}) {
  const [state, action, pending] = useActionState(changeStatusAction, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const e = state && !state.ok ? state.fieldErrors : {};
  const rejecting = options.some((o) => o.to === "DITOLAK");
  return (
    <form action={action} noValidate className="space-y-4" data-testid="status-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="from" value={from} />
      <Summary state={state} title={labels.summaryTitle} prefix="status" />
      <Field id="status-publicNote" name="publicNote" label={labels.publicNote} hint={labels.publicNoteHint} error={e.publicNote} textarea maxLength={500} defaultValue={v.publicNote ?? ""} />
      {rejecting && <Field id="status-reason" name="reason" label={labels.reason} hint={labels.reasonHint} error={e.reason} textarea maxLength={500} defaultValue={v.reason ?? ""} />}
      <div className="flex flex-wrap gap-3">
        {options.map((o) => (
          <button
            key={o.to}
            type="submit"
            name="to"
            value={o.to}
            disabled={pending}
            data-testid={`to-${o.to}`}
            className={o.to === "DITOLAK" ? "min-h-11 rounded border-2 border-red-800 px-5 py-2 font-semibold text-red-900 hover:bg-red-50" : buttonClass}
          >
            {o.label}
          </button>
        ))}
      </div>
    </form>
  );
}

export function NoteForm({ locale, code, labels }: { locale: string; code: string; labels: { summaryTitle: string; note: string; submit: string } }) {
  const [state, action, pending] = useActionState(noteAction, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const e = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <Summary state={state} title={labels.summaryTitle} prefix="note" />
      <Field id="note-body" name="body" label={labels.note} error={e.body} textarea maxLength={1000} defaultValue={v.body ?? ""} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {labels.submit}
      </button>
    </form>
  );
}

export function RevealPersonalData({
  locale,
  code,
  labels,
}: {
  locale: string;
  code: string;
  labels: { reveal: string; hint: string; revealed: string; nik: string; phone: string; none: string };
}): ReactNode {
  const [state, action, pending] = useActionState(revealAction, null);
  if (state?.ok) {
    return (
      <div className="rounded border-2 border-amber-600 p-3" role="status" data-testid="pii-revealed">
        <p className="font-semibold">{labels.revealed}</p>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
          <dt>{labels.nik}</dt>
          <dd className="tabular-nums">{state.data.nik}</dd>
          <dt>{labels.phone}</dt>
          <dd className="tabular-nums">{state.data.phone ?? labels.none}</dd>
        </dl>
      </div>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      {state && !state.ok && (
        <p role="alert" className="font-semibold text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50" data-testid="reveal-pii">
        {labels.reveal}
      </button>
      <p className="text-sm text-muted">{labels.hint}</p>
    </form>
  );
}
