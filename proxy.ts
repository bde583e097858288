import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/i18n/config";
import { isPagePath, localeFromCookie, splitLocalePrefix } from "@/lib/http/locale-routing";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export function proxy(req: NextRequest) {
  const ok = isSameOriginRequest({
    method: req.method,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    host: req.headers.get("x-forwarded-host") ?? req.headers.get("host"),
    pathname: req.nextUrl.pathname,
    hasCookie: req.headers.has("cookie"),
  });
  if (!ok) {
    return NextResponse.json(
      { error: "CROSS_SITE_REQUEST", message: { id: "Permintaan lintas situs ditolak.", en: "Cross-site request refused." } },
      { status: 403 },
    );
  }

  const { pathname } = req.nextUrl;
  if (!isPagePath(pathname)) return NextResponse.next();

  // Already localised (our own rewrite passes through here again, or an explicit /en/... link).
  if (splitLocalePrefix(pathname)) return NextResponse.next();

  const locale = localeFromCookie(req.cookies.get(LOCALE_COOKIE)?.value);
  const url = req.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  const res = NextResponse.rewrite(url);
  // The same URL answers in two languages: shared caches must key on the cookie.
  res.headers.set("Vary", "Cookie");
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"],
};
