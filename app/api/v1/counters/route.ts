import { requirePermission } from "@/lib/auth/guard";
import { apiHours, counterUrl, serviceUrl, type ApiCounter } from "@/lib/api/openapi";
import { jsonOk, withErrors } from "@/lib/api/respond";
import { listCounters, type CounterListItem } from "@/lib/catalogue/queries";

// Rendered per request (the build has no database); clients and proxies may cache the
// response for 60 s (Cache-Control from jsonOk), which is how stale "today" may get.
export const dynamic = "force-dynamic";

function toApi(c: CounterListItem): ApiCounter {
  return {
    number: c.number,
    floor: c.floor,
    name: c.name,
    url: counterUrl(c.number),
    agency: { slug: c.agency.slug, name: c.agency.name, shortName: c.agency.shortName, kind: c.agency.kind },
    hours: apiHours(c.hours),
    today: { day: c.today.day, open: c.today.open, closure: c.today.closure },
    services: c.services.map((s) => ({ slug: s.slug, name: s.name, nameEn: s.nameEn, url: serviceUrl(s.slug) })),
  };
}

/** GET /api/v1/counters: the gerai with weekly hours, today's status (WIB) and services. */
export const GET = withErrors(async () => {
  await requirePermission("catalogue:read");
  const counters = await listCounters();
  return jsonOk(counters.map(toApi), { cache: "catalogue" });
});
