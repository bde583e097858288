/**
 * The client's IP for rate limiting: the first X-Forwarded-For hop set by our reverse proxy,
 * else X-Real-IP, else "unknown". (Behind no proxy, Next gives no socket address here.)
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
