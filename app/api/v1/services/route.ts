import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { SERVICES_QUERY, serviceUrl, type ApiServiceListMeta, type ApiServiceSummary } from "@/lib/api/openapi";
import { jsonOk, parseQuery, slugSchema, withErrors } from "@/lib/api/respond";
import { listAgencies, listCategories, listServices, type ServiceListItem } from "@/lib/catalogue/queries";
import { findServices } from "@/lib/catalogue/search";

// Reads the query string.
export const dynamic = "force-dynamic";

const Query = z.object({
  q: z.string().trim().max(SERVICES_QUERY.qMaxLength).optional(),
  agency: slugSchema
    .refine(async (slug) => (await listAgencies()).some((a) => a.slug === slug), { error: "unknownAgency" })
    .optional(),
  category: slugSchema
    .refine(async (slug) => (await listCategories()).some((c) => c.slug === slug), { error: "unknownCategory" })
    .optional(),
  limit: z.coerce
    .number()
    .int()
    .min(SERVICES_QUERY.limitMin)
    .max(SERVICES_QUERY.limitMax)
    .default(SERVICES_QUERY.limitDefault),
});

// Sorted here, not by the database: PostgreSQL's collation and SQLite's byte order disagree.
const byName = new Intl.Collator("id", { sensitivity: "base", numeric: true });

function toSummary(s: ServiceListItem): ApiServiceSummary {
  return {
    slug: s.slug,
    name: s.name,
    nameEn: s.nameEn,
    summary: s.summary,
    category: { slug: s.category.slug, name: s.category.name, nameEn: s.category.nameEn },
    agency: { slug: s.agency.slug, name: s.agency.name, shortName: s.agency.shortName },
    counterNumber: s.counterNumber,
    cost: { amount: s.costAmount, text: s.costText, free: s.costAmount === 0 && !s.costText },
    durationText: s.durationText,
    onlineBooking: s.onlineBooking,
    url: serviceUrl(s.slug),
  };
}

/**
 * GET /api/v1/services?q=&agency=&category=&limit=: with q, the search engine's ranking; without,
 * every (filtered) service by name. meta.total counts the matches before the limit.
 */
export const GET = withErrors(async (req: Request) => {
  const { q, agency, category, limit } = await parseQuery(Query, new URL(req.url).searchParams);
  await requirePermission("catalogue:read");
  const services = await listServices({ agency, category });
  let matches: ServiceListItem[];
  if (!q) {
    matches = [...services].sort((a, b) => byName.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
  } else {
    const bySlug = new Map(services.map((s) => [s.slug, s]));
    // No limit here: the total is the number of matches.
    const ranked = await findServices({ q, agency, category, limit: Number.MAX_SAFE_INTEGER });
    matches = ranked.flatMap((slug) => bySlug.get(slug) ?? []);
  }
  const meta: ApiServiceListMeta = {
    total: matches.length,
    query: { q: q || null, agency: agency ?? null, category: category ?? null, limit },
  };
  return jsonOk(matches.slice(0, limit).map(toSummary), { meta, cache: "catalogue" });
});
