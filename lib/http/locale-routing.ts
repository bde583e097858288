// Locale routing without locale in URLs (docs/decisions/003-locale-rewrite.md): a page path "/x"
// is served from "/en/x" when the NEXT_LOCALE cookie says "en", else from "/id/x". These are
// next.config.ts rewrites, not proxy.ts: Next.js matches them in its router for a fraction of
// the cost of running the proxy on every page request (docs/benchmarks.md).
import type { Rewrite } from "next/dist/lib/load-custom-routes";
import { defaultLocale, LOCALE_COOKIE, locales } from "../../i18n/config"; // relative: next.config.ts imports this file

/**
 * Page paths: not already localised (/id/..., /en/...), not the API, not Next's own files, and no
 * dot anywhere (files such as /robots.txt, /sitemap.xml, /icon.svg are served as they are).
 */
export const PAGE_PATH_SOURCE = `/:path((?!(?:${locales.join("|")}|api)(?:/|$)|_next/)[^.]*)`;

/** beforeFiles rewrites: the cookie's locale first, then the default locale for everyone else. */
export function localeRewrites(): Rewrite[] {
  const rules: Rewrite[] = [];
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const has: Rewrite["has"] = [{ type: "cookie", key: LOCALE_COOKIE, value: locale }];
    rules.push({ source: "/", has, destination: `/${locale}` });
    rules.push({ source: PAGE_PATH_SOURCE, has, destination: `/${locale}/:path` });
  }
  rules.push({ source: "/", destination: `/${defaultLocale}` });
  rules.push({ source: PAGE_PATH_SOURCE, destination: `/${defaultLocale}/:path` });
  return rules;
}
