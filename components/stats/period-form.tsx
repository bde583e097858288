import Link from "next/link";
import { PRESETS, type Period, type Preset } from "@/lib/stats/period";

export type PeriodFormText = {
  legend: string;
  from: string;
  to: string;
  submit: string;
  presetsLabel: string;
  presets: Record<Preset, string>;
  errors: { from?: string; to?: string };
};

/** The period picker: a GET form (works without JavaScript) and preset links. */
export function PeriodForm({ action, period, active, text, values, extra = {} }: {
  action: string;
  period: Period;
  active: Preset | null;
  text: PeriodFormText;
  /** What the user typed (kept on errors). */
  values: { from?: string; to?: string };
  extra?: Record<string, string>;
}) {
  const qs = (p: Record<string, string>) => `${action}?${new URLSearchParams({ ...extra, ...p }).toString()}`;
  const field = (name: "from" | "to") => {
    const error = text.errors[name];
    return (
      <div>
        <label htmlFor={`periode-${name}`} className="block font-medium">
          {text[name]}
        </label>
        {error && (
          <p id={`periode-${name}-galat`} className="text-sm font-semibold text-red-700">
            {error}
          </p>
        )}
        <input
          id={`periode-${name}`}
          name={name}
          type="date"
          defaultValue={values[name] ?? period[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `periode-${name}-galat` : undefined}
          className={`mt-1 min-h-11 rounded border-2 px-2 ${error ? "border-red-700" : "border-ink"}`}
        />
      </div>
    );
  };
  return (
    <div className="no-print mb-6 rounded border border-gray-300 p-4">
      <form method="get" action={action} className="flex flex-wrap items-end gap-4" noValidate>
        {Object.entries(extra).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{text.legend}</legend>
          {field("from")}
          {field("to")}
        </fieldset>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800" data-testid="period-submit">
          {text.submit}
        </button>
      </form>
      <nav aria-label={text.presetsLabel} className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {PRESETS.map((p) => (
            <li key={p}>
              <Link
                href={qs({ preset: p })}
                aria-current={active === p ? "true" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 px-3 ${active === p ? "border-brand-800 bg-brand-800 text-white no-underline" : "border-brand-700"}`}
              >
                {text.presets[p]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
