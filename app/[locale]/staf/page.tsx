import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { STAFF_SECTIONS } from "@/components/staff/nav";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("homeTitle") };
}

/** The staff home: what this role can do today. */
export default async function StaffHomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("staff:access", "/staf");
  const t = await getTranslations({ locale, namespace: "staff" });
  const sections = STAFF_SECTIONS.filter((s) => can(actor.role, s.permission));
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("welcome", { name: actor.name })}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.key} className="rounded border border-brand-100 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={s.href}>{t(`sections.${s.key}.title`)}</Link>
            </h2>
            <p className="text-muted">{t(`sections.${s.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
