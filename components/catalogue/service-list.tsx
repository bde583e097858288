import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/config";
import type { ServiceListItem } from "@/lib/catalogue/queries";
import { Cost } from "./cost";

/** A list of services as cards: name, agency, gerai, cost, duration. */
export async function ServiceList({ services, locale, testId }: { services: ServiceListItem[]; locale: Locale; testId?: string }) {
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return (
    <ul className="space-y-3" data-testid={testId}>
      {services.map((s) => (
        <li key={s.slug} className="rounded-lg border border-gray-200 p-4">
          <h3 className="font-semibold">
            <Link href={`/layanan/${s.slug}`}>{locale === "en" ? s.nameEn : s.name}</Link>
          </h3>
          {locale === "en" && <p className="text-sm text-muted" lang="id">{s.name}</p>}
          <p className="mt-1 text-sm">{s.summary}</p>
          <p className="mt-2 text-sm text-muted">
            {t("counterLabel", { number: s.counterNumber })} · {s.agency.shortName} · {t("cost")}:{" "}
            <Cost amount={s.costAmount} text={s.costText} locale={locale} /> · {t("duration")}: {s.durationText}
          </p>
        </li>
      ))}
    </ul>
  );
}
