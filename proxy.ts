import { NextResponse, type NextRequest } from "next/server";
import { crossSiteResponse, isSameOriginRequest, originCheckInput } from "@/lib/http/same-origin";

// Refuses cross-site state-changing requests (lib/http/same-origin.ts) before any server action
// or route handler runs. It runs only for requests that can change state (see the matcher):
// page GETs never reach it, which keeps cached pages cheap to serve (docs/decisions/003 and 004).
export function proxy(req: NextRequest) {
  if (!isSameOriginRequest(originCheckInput(req.method, req.url, req.headers))) return crossSiteResponse();
  return NextResponse.next();
}

// The proxy runs for a request that carries any of these headers. Every way to change state
// carries one: a browser sends Origin with every POST/PUT/PATCH/DELETE (and with cross-origin
// fetches), a form or JSON body comes with Content-Type, and a server action called by script
// names itself in Next-Action (one posted by a form without JavaScript has a Content-Type).
// Left out: bodiless non-GET requests without Origin (curl, kiosks): the route handlers check
// those themselves (withErrors in lib/api/respond.ts). Matchers must be literals (static analysis).
export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "origin" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
