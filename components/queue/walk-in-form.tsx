"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/booking/parts";
import { inputClass, TextField } from "@/components/booking/text-field";
import type { WalkInState } from "@/app/[locale]/staf/resepsionis/actions";

export interface WalkInLabels {
  service: string;
  chooseService: string;
  nik: string;
  nikHint: string;
  name: string;
  domicile: string;
  domicileHint: string;
  chooseKelurahan: string;
  outsideCity: string;
  consent: string;
  consentPurpose: string;
  submit: string;
  errorSummary: string;
  outOfAreaTitle: string;
  outOfAreaGoTo: string;
  outOfAreaAddress: string;
  outOfAreaPhone: string;
}

export interface WalkInOptions {
  /** Services grouped by gerai ("Gerai 1 · Disdukcapil"). */
  services: { label: string; options: { value: string; label: string }[] }[];
  /** Kelurahan grouped by kecamatan. */
  wilayah: { label: string; options: { value: string; label: string }[] }[];
  outsideCityValue: string;
}

type Action = (prev: WalkInState | null, form: FormData) => Promise<WalkInState>;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, k: string) => values[k] ?? all);

/**
 * The walk-in registration form. A plain form posting a server action through useActionState:
 * without JavaScript the server answers with the same page showing the errors and the input.
 */
export function WalkInForm({ action, locale, labels, options }: { action: Action; locale: string; labels: WalkInLabels; options: WalkInOptions }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const e = failed?.fieldErrors ?? {};
  const v = failed?.values;
  const order = ["serviceId", "nik", "name", "domicile", "consent"] as const;
  const errors = order.filter((f) => e[f]).map((f) => ({ field: f === "serviceId" ? "walkin-service" : f === "nik" || f === "name" ? f : `walkin-${f}`, message: e[f]! }));
  const described = (id: string, hint: boolean, err?: string) => [hint ? `${id}-hint` : null, err ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  // A new key per answer re-mounts the fields, so their default values show the input sent.
  const key = failed ? JSON.stringify(failed.values) + Object.keys(e).join() : "new";

  return (
    <form action={formAction} noValidate className="space-y-5" key={key}>
      <input type="hidden" name="locale" value={locale} />
      {errors.length > 0 && (
        <div role="alert" aria-labelledby="walkin-errors" className="border-4 border-red-700 p-4" data-testid="walkin-errors">
          <h3 id="walkin-errors" className="text-lg font-bold">
            {labels.errorSummary}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errors.map((x) => (
              <li key={x.field}>
                <a href={`#${x.field}`} className="font-medium text-red-800">
                  {x.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {failed?.outOfArea && (
        <div role="alert" className="border-4 border-amber-600 p-4" data-testid="walkin-out-of-area">
          <h3 className="text-lg font-bold">{labels.outOfAreaTitle}</h3>
          {failed.message && <p className="mt-2">{failed.message}</p>}
          <p className="mt-2 font-semibold">{fill(labels.outOfAreaGoTo, { name: failed.outOfArea.name })}</p>
          <p>{fill(labels.outOfAreaAddress, { address: failed.outOfArea.address })}</p>
          {failed.outOfArea.phone && <p>{fill(labels.outOfAreaPhone, { phone: failed.outOfArea.phone })}</p>}
        </div>
      )}
      {failed && !failed.outOfArea && failed.message && (
        <p role="alert" className="font-semibold text-red-800">
          {failed.message}
        </p>
      )}
      <div>
        <label htmlFor="walkin-service" className="block font-semibold">
          {labels.service}
        </label>
        <FieldError id="walkin-service" message={e.serviceId} />
        <select
          id="walkin-service"
          name="serviceId"
          defaultValue={v?.serviceId ?? ""}
          aria-invalid={e.serviceId ? true : undefined}
          aria-describedby={described("walkin-service", false, e.serviceId)}
          className={`${inputClass} bg-white`}
        >
          <option value="">{labels.chooseService}</option>
          {options.services.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <TextField
        id="nik"
        label={labels.nik}
        hint={labels.nikHint}
        error={e.nik}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        defaultValue={v?.nik ?? ""}
        className="tabular-nums"
      />
      <TextField id="name" label={labels.name} error={e.name} autoComplete="off" maxLength={100} defaultValue={v?.name ?? ""} />
      <div>
        <label htmlFor="walkin-domicile" className="block font-semibold">
          {labels.domicile}
        </label>
        <p id="walkin-domicile-hint" className="text-sm text-muted">
          {labels.domicileHint}
        </p>
        <FieldError id="walkin-domicile" message={e.domicile} />
        <select
          id="walkin-domicile"
          name="domicile"
          defaultValue={v?.domicile ?? ""}
          aria-invalid={e.domicile ? true : undefined}
          aria-describedby={described("walkin-domicile", true, e.domicile)}
          className={`${inputClass} bg-white`}
        >
          <option value="">{labels.chooseKelurahan}</option>
          {options.wilayah.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={options.outsideCityValue}>{labels.outsideCity}</option>
        </select>
      </div>
      <div>
        <FieldError id="walkin-consent" message={e.consent} />
        <div className="flex items-start gap-3">
          <input
            id="walkin-consent"
            name="consent"
            type="checkbox"
            value="ya"
            defaultChecked={v?.consent ?? false}
            aria-invalid={e.consent ? true : undefined}
            aria-describedby={described("walkin-consent", true, e.consent)}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          />
          <div>
            <label htmlFor="walkin-consent" className="font-semibold">
              {labels.consent}
            </label>
            <p id="walkin-consent-hint" className="text-sm text-muted">
              {labels.consentPurpose}
            </p>
          </div>
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        data-testid="walkin-submit"
        className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {labels.submit}
      </button>
    </form>
  );
}
