import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/config";

const STEPS = ["date", "time", "identity", "check", "consent"] as const;
export type BookingStep = (typeof STEPS)[number];

/** "Langkah 2 dari 5" above the step's question, with a back link. */
export async function StepHeader({
  locale,
  step,
  serviceName,
  backHref,
  title,
}: {
  locale: Locale;
  step: BookingStep;
  serviceName: string;
  backHref?: string;
  title: string;
}) {
  const t = await getTranslations({ locale, namespace: "booking" });
  return (
    <div className="mb-6">
      {backHref && (
        <p className="mb-3">
          <Link href={backHref} className="inline-flex min-h-6 items-center">
            ‹ {t("back")}
          </Link>
        </p>
      )}
      <p className="text-sm font-medium text-muted">
        {t("stepOf", { step: STEPS.indexOf(step) + 1, total: STEPS.length })} · {t(`steps.${step}`)}
      </p>
      <p className="text-sm text-muted">
        {t("serviceLabel")}: {serviceName}
      </p>
      <h1 className="mt-2 text-2xl font-bold leading-tight text-brand-900">{title}</h1>
    </div>
  );
}

/** GOV.UK-style error summary: focused on load, links to each field. */
export async function ErrorSummary({ locale, errors }: { locale: Locale; errors: { field: string; message: string }[] }) {
  if (errors.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "booking" });
  return (
    <div
      role="alert"
      aria-labelledby="ringkasan-galat"
      tabIndex={-1}
      className="mb-6 border-4 border-red-700 p-4"
      data-testid="error-summary"
    >
      <h2 id="ringkasan-galat" className="text-lg font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`} className="font-medium text-red-800">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

export function PrimaryButton({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <button
      type="submit"
      data-testid={testId}
      className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {children}
    </button>
  );
}

/** "Selasa, 1 Desember 2026" for a WIB calendar day. */
export async function formatDay(locale: Locale, day: string): Promise<string> {
  const format = await getFormatter({ locale });
  return format.dateTime(new Date(`${day}T12:00:00+07:00`), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  });
}
