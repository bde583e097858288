// Locale routing without locale in URLs: "/layanan/x" is served from "/id/layanan/x" or
// "/en/layanan/x" depending on the NEXT_LOCALE cookie (docs/decisions/003-locale-rewrite.md).
import { defaultLocale, isLocale, type Locale } from "@/i18n/config";

/** Paths that are not pages: API, Next internals, files with an extension. */
export function isPagePath(pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname === "/api") return false;
  if (pathname.startsWith("/_next/")) return false;
  return !/\.[a-z0-9]+$/i.test(pathname);
}

export function localeFromCookie(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** "/en/layanan" -> { locale: "en", rest: "/layanan" }; null when no locale prefix. */
export function splitLocalePrefix(pathname: string): { locale: Locale; rest: string } | null {
  const m = /^\/(id|en)(\/.*)?$/.exec(pathname);
  if (!m || !isLocale(m[1])) return null;
  return { locale: m[1], rest: m[2] ?? "/" };
}
