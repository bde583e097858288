import "server-only";
import type { Db } from "@/lib/db-client";
import { db as defaultDb } from "@/lib/db";
import { CATALOGUE_CACHE_MS, forgetCatalogueReads } from "./memo";
import { buildSearchIndex, searchServices, type SearchDoc, type SearchIndex } from "./search-core";

// The search index over the active services, built from the database and kept in memory.
// 130 services build in milliseconds; the index is rebuilt after CATALOGUE_CACHE_MS (like the
// catalogue lists, lib/catalogue/memo.ts) or when the catalogue changes (forgetCatalogue).

type Entry = { index: SearchIndex; builtAt: number };
const entries = new WeakMap<Db, Promise<Entry>>();

export async function loadSearchDocs(client: Db = defaultDb): Promise<SearchDoc[]> {
  const rows = await client.service.findMany({
    where: { isActive: true },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      summary: true,
      keywords: true,
      product: true,
      category: { select: { slug: true, name: true } },
      agency: { select: { slug: true, name: true, shortName: true } },
      counter: { select: { number: true } },
    },
  });
  return rows.map((s) => ({
    slug: s.slug,
    name: s.name,
    nameEn: s.nameEn,
    summary: s.summary,
    keywords: s.keywords.split("|").map((k) => k.trim()).filter(Boolean),
    categorySlug: s.category.slug,
    categoryName: s.category.name,
    agencySlug: s.agency.slug,
    agencyName: s.agency.name,
    agencyShortName: s.agency.shortName,
    counterNumber: s.counter.number,
    product: s.product,
  }));
}

async function indexFor(client: Db): Promise<SearchIndex> {
  const current = entries.get(client);
  if (current) {
    const entry = await current;
    if (Date.now() - entry.builtAt < CATALOGUE_CACHE_MS) return entry.index;
  }
  const next = loadSearchDocs(client).then((docs) => ({ index: buildSearchIndex(docs), builtAt: Date.now() }));
  entries.set(client, next);
  next.catch(() => entries.delete(client));
  return (await next).index;
}

/** Drops the search index and the kept catalogue lists (call after the catalogue changes). */
export function forgetCatalogue(client: Db = defaultDb): void {
  entries.delete(client);
  forgetCatalogueReads(client);
}

export interface SearchQuery {
  q: string;
  agency?: string;
  category?: string;
  limit?: number;
}

/** Slugs of the matching services, best first. */
export async function findServices(query: SearchQuery, client: Db = defaultDb): Promise<string[]> {
  const index = await indexFor(client);
  return searchServices(index, query.q, { agency: query.agency, category: query.category, limit: query.limit }).map(
    (h) => h.slug,
  );
}
