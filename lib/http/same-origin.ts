// Cross-site request refusal for state-changing requests. Next 16 runs a server action whose
// request has no Origin header and answers a foreign Origin with a 500 (stack.md): we refuse
// both with a clean 403 before any action or route handler runs (proxy.ts).

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
}

/** Whether a request may change state: safe methods always, others only from the same origin. */
export function isSameOriginRequest(req: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return true;
  if (req.secFetchSite && req.secFetchSite !== "same-origin") return false;
  if (!req.origin || !req.host) return false;
  try {
    return new URL(req.origin).host.toLowerCase() === req.host.toLowerCase();
  } catch {
    return false;
  }
}
