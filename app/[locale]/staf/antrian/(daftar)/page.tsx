import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { countersForActor } from "@/lib/queue/service";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "staffQueue" });
  return { title: t("title"), robots: { index: false } };
}

/** The gerai whose queue the staff member may see (an officer: their own). */
export default async function QueueIndexPage({ params }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("queue:read", "/staf/antrian");
  const counters = await countersForActor(actor);
  const t = await getTranslations({ locale, namespace: "staffQueue" });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("title")}</h1>
      {counters.length === 0 ? (
        <p>{t("noCounters")}</p>
      ) : (
        <>
          <p className="mb-4 text-muted">{t("chooseCounter")}</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {counters.map((c) => (
              <li key={c.id}>
                <Link href={`/staf/antrian/${c.number}`} className="inline-flex min-h-11 items-center">
                  {t("counterLink", { number: c.number, name: c.name, floor: c.floor })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
