import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/config";

export async function Breadcrumbs({ items, locale }: { items: { href?: string; label: string }[]; locale: Locale }) {
  const t = await getTranslations({ locale });
  const all = [{ href: "/", label: t("shell.nav.home") }, ...items];
  return (
    <nav aria-label={t("catalogue.breadcrumb")} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {all.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href && i < all.length - 1 ? (
              <Link href={item.href} className="inline-flex min-h-6 items-center py-0.5">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
