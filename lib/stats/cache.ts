// A small in-process cache of dashboard results. Figures of days that are over change rarely
// (late no-show marks, applications completed later), today's change with every arrival: a
// period that includes today is kept for 60 s, a past period for 10 minutes. Per database client
// (tests use several) and bounded in size.
import type { Db } from "@/lib/db-client";

const TODAY_TTL_MS = 60_000;
const PAST_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 64;

type Entry = { at: number; ttl: number; value: Promise<unknown> };
const caches = new WeakMap<object, Map<string, Entry>>();

export async function cached<T>(db: Db, key: string, includesToday: boolean, load: () => Promise<T>, now = Date.now()): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && now - hit.at < hit.ttl) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { at: now, ttl: includesToday ? TODAY_TTL_MS : PAST_TTL_MS, value });
  value.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
