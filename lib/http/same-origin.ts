// Cross-site request refusal for state-changing requests. Next 16 runs a server action whose
// request has no Origin header and answers a foreign Origin with a 500 (stack.md): we refuse
// both with a clean 403 before any action or route handler runs (proxy.ts).
//
// One exception: the public API (/api/v1/) serves non-browser clients (kiosks, integrations)
// that send no Origin. A request there with NO Origin and NO Cookie is allowed: browsers send an
// Origin with every cross-site POST/PUT/PATCH/DELETE, and the API authenticates nothing by
// cookie, so such a request cannot be a forged browser request riding on a session. A foreign
// Origin is still refused everywhere.

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths where clients without an Origin (and without cookies) may change state. */
export const NON_BROWSER_API_PREFIX = "/api/v1/";

export interface OriginCheckInput {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  /** Request path (for the API exception); absent = not an API request. */
  pathname?: string;
  /** Whether the request carries a Cookie header. */
  hasCookie?: boolean;
}

/** Whether a request may change state: safe methods always, others only from the same origin. */
export function isSameOriginRequest(req: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return true;
  if (req.secFetchSite && req.secFetchSite !== "same-origin") return false;
  if (req.origin === null) {
    return req.pathname?.startsWith(NON_BROWSER_API_PREFIX) === true && req.hasCookie === false;
  }
  if (!req.origin || !req.host) return false;
  try {
    return new URL(req.origin).host.toLowerCase() === req.host.toLowerCase();
  } catch {
    return false;
  }
}

/** The check's input from a request's method, URL and headers (proxy.ts and route handlers). */
export function originCheckInput(method: string, url: string, headers: Headers): OriginCheckInput {
  return {
    method,
    origin: headers.get("origin"),
    secFetchSite: headers.get("sec-fetch-site"),
    host: headers.get("x-forwarded-host") ?? headers.get("host"),
    pathname: new URL(url, "http://localhost").pathname,
    hasCookie: headers.has("cookie"),
  };
}

/** The 403 answer to a refused request (the same body from proxy.ts and from route handlers). */
export function crossSiteResponse(): Response {
  return Response.json(
    { error: "CROSS_SITE_REQUEST", message: { id: "Permintaan lintas situs ditolak.", en: "Cross-site request refused." } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
