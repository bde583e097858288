import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { setLocale } from "@/app/actions";
import type { Locale } from "@/i18n/config";

export async function SiteHeader({ name, address, locale }: { name: string; address: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "shell" });
  const other = locale === "id" ? "en" : "id";
  return (
    <header role="banner" className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-start justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <Link href="/" className="text-lg font-bold text-white no-underline hover:text-brand-100 sm:text-xl">
            {name}
          </Link>
          <p className="mt-0.5 text-sm text-brand-100">{address}</p>
        </div>
        <form action={setLocale} className="shrink-0">
          <input type="hidden" name="locale" value={other} />
          <button
            type="submit"
            lang={other}
            aria-label={t("language.switchToLabel")}
            className="min-h-11 rounded border border-brand-100 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("language.switchTo")}
          </button>
        </form>
      </div>
      <nav aria-label={t("navLabel")} className="bg-brand-900">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2 text-sm">
          {(
            [
              ["/", "home"],
              ["/layanan", "services"],
              ["/gerai", "counters"],
              ["/cari", "search"],
              ["/kelola", "manage"],
              ["/lacak", "track"],
            ] as const
          ).map(([href, key]) => (
            <li key={key}>
              <Link
                href={href}
                className="inline-flex min-h-11 items-center px-3 font-medium text-white no-underline hover:bg-brand-700 hover:text-white"
              >
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
