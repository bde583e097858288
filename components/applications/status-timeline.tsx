import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ApplicationStatus } from "@/lib/applications/transitions";

export interface TimelineEntry {
  status: ApplicationStatus;
  /** ISO instant with +07:00. */
  at: string;
  note: string | null;
  /** Staff views only. */
  actor?: string | null;
  from?: ApplicationStatus | null;
}

/** "Rabu, 23 Desember 2026 10.15 WIB". */
export async function formatWib(locale: Locale, iso: string): Promise<string> {
  const format = await getFormatter({ locale });
  const text = format.dateTime(new Date(iso), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Jakarta",
  });
  return `${text} WIB`;
}

/**
 * The status history as an ordered list, oldest first; the current status is marked in text
 * (not by colour only). Staff views add who made each change.
 */
export async function StatusTimeline({ locale, entries, headingId, noteLabel }: { locale: Locale; entries: TimelineEntry[]; headingId: string; noteLabel: string }) {
  const t = await getTranslations({ locale, namespace: "applications" });
  const times = await Promise.all(entries.map((e) => formatWib(locale, e.at)));
  return (
    <ol aria-labelledby={headingId} className="mt-3 space-y-4 border-l-2 border-brand-100 pl-5" data-testid="timeline">
      {entries.map((e, i) => {
        const current = i === entries.length - 1;
        return (
          <li key={`${e.at}-${i}`} className="relative" aria-current={current ? "step" : undefined}>
            <span
              aria-hidden="true"
              className={`absolute -left-[1.72rem] top-1.5 size-3 rounded-full border-2 border-brand-700 ${current ? "bg-brand-700" : "bg-white"}`}
            />
            <p className="font-semibold">
              {t(`status.${e.status}`)}
              {current && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-900">● {locale === "en" ? "current" : "saat ini"}</span>}
            </p>
            <p className="text-sm text-muted">
              <time dateTime={e.at}>{times[i]}</time>
              {e.from ? ` · ${t("detail.historyFrom", { from: t(`status.${e.from}`) })}` : ""}
              {e.actor !== undefined ? ` · ${t("detail.by", { name: e.actor ?? t("detail.system") })}` : ""}
            </p>
            {e.note && (
              <p className="mt-1">
                <span className="font-medium">{noteLabel}:</span> {e.note}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
