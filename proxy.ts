import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export function proxy(req: NextRequest) {
  const ok = isSameOriginRequest({
    method: req.method,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    host: req.headers.get("x-forwarded-host") ?? req.headers.get("host"),
  });
  if (!ok) {
    return NextResponse.json(
      {
        error: "CROSS_SITE_REQUEST",
        message: {
          id: "Permintaan lintas situs ditolak.",
          en: "Cross-site request refused.",
        },
      },
      { status: 403 },
    );
  }
  // Server components read the path (e.g. for the language switch's return address).
  const headers = new Headers(req.headers);
  headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
