import "server-only";
import type { Db } from "@/lib/db-client";

// Catalogue reads kept in memory across requests. The catalogue (130 services, 23 gerai) changes
// only when it is re-seeded, and its pages are cached for up to an hour anyway; without this the
// dynamic search page and the services API re-read the whole catalogue through Prisma on every
// request (~40 % of their CPU time, docs/benchmarks.md). React's cache() still dedupes within a
// request; this keeps the result for CATALOGUE_CACHE_MS across requests, per database client.

export const CATALOGUE_CACHE_MS = 5 * 60_000;

type Entry = { at: number; value: Promise<unknown> };
const stores = new WeakMap<Db, Map<string, Entry>>();

/** Shared results are frozen: a caller that sorts or edits one in place fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `load` with its result kept for CATALOGUE_CACHE_MS per client and arguments (JSON). */
export function memoCatalogue<A extends unknown[], R>(
  name: string,
  load: (client: Db, ...args: A) => Promise<R>,
): (client: Db, ...args: A) => Promise<R> {
  return (client, ...args) => {
    let store = stores.get(client);
    if (!store) stores.set(client, (store = new Map()));
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = store.get(key);
    if (hit && Date.now() - hit.at < CATALOGUE_CACHE_MS) return hit.value as Promise<R>;
    const value = load(client, ...args).then(deepFreeze);
    const entries = store;
    entries.set(key, { at: Date.now(), value });
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

/** Forgets every kept catalogue read of this client (after the catalogue changes). */
export function forgetCatalogueReads(client: Db): void {
  stores.delete(client);
}
