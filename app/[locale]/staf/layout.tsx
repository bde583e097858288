import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { STAFF_SECTIONS } from "@/components/staff/nav";
import { pageLocale } from "@/i18n/page";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "./masuk/actions";

// The staff console: never cached, never indexed. Each page checks its own permission
// (requireStaffPage); this layout only shows the sections the role may open.
export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export default async function StaffLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const [actor, t] = await Promise.all([currentActor(), getTranslations({ locale, namespace: "staff" })]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-brand-100 pb-3">
        <p className="font-semibold text-brand-900">
          <Link href="/staf" className="no-underline hover:underline">
            {t("title")}
          </Link>
        </p>
        {actor && (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {actor.name} · <span className="text-muted">{t(`roles.${actor.role}`)}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="min-h-11 rounded border border-brand-700 px-3 py-1 font-medium text-brand-800 hover:bg-brand-50">
                {t("signOut")}
              </button>
            </form>
          </div>
        )}
      </div>
      {actor && (
        <nav aria-label={t("navLabel")}>
          <ul className="flex flex-wrap gap-2">
            {STAFF_SECTIONS.filter((s) => can(actor.role, s.permission)).map((s) => (
              <li key={s.key}>
                <Link href={s.href} className="inline-flex min-h-11 items-center rounded bg-brand-50 px-3 font-medium text-brand-900 hover:bg-brand-100">
                  {t(`sections.${s.key}.title`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}
