// Rate limiting with fixed-window counters stored in the database (RateLimitBucket), so the
// limit holds across every app process, on the embedded database and on PostgreSQL alike.
//
// - A window is `windowSeconds` long and aligned to WIB midnight (a one-day window is one WIB
//   calendar day; shorter windows that divide a day line up with the clock).
// - A hit takes a place with a guarded increment (UPDATE ... WHERE count < limit), the same
//   pattern as booking slots: no read-then-write race, no over-counting. The first hit of a
//   window creates the row; a concurrent first insert fails on the primary key (P2002) and is
//   retried as an increment.
// - Keys are keyed hashes (rateLimitKey): never a NIK, phone number, IP address or booking code
//   in clear.
// - Rows whose window has ended are deleted now and then (purgeExpiredBuckets).
//
// The database client is loaded lazily so that the pure helpers can be used (and unit-tested)
// without a database.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { AppError, prismaCode } from "@/lib/errors";
import { WIB_OFFSET_MINUTES } from "@/lib/time";

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in this window after this one (0 when refused). */
  remaining: number;
  /** Seconds until the window ends (when a refused caller may try again); at least 1. */
  retryAfterSeconds: number;
  limit: number;
  resetAt: Date;
}

export interface RateLimitRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

const WIB_OFFSET_MS = WIB_OFFSET_MINUTES * 60_000;
/** One in this many new windows also deletes rows whose window ended over a day ago. */
const PURGE_EVERY = 32;
const PURGE_GRACE_MS = 24 * 60 * 60 * 1000;

/** The fixed window containing `now`: [start, end), aligned to WIB midnight. */
export function windowOf(now: Date, windowSeconds: number): { start: Date; end: Date } {
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) throw new RangeError("windowSeconds must be a positive integer");
  const size = windowSeconds * 1000;
  const start = Math.floor((now.getTime() + WIB_OFFSET_MS) / size) * size - WIB_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + size) };
}

/** Whole seconds from `now` until `end`, at least 1 (for the Retry-After header). */
export function secondsUntil(now: Date, end: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
}

function keyOf(secret: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, Buffer.alloc(0), "mpp-portal:rate-limit:v1", 32));
}

/**
 * The bucket key for `value` (an IP address, a NIK hash, a booking code) in `scope`
 * ("booking.create:ip"): "<scope>:<HMAC-SHA256 of the value, 32 hex>". The HMAC key is derived
 * from the PII key, so the stored keys cannot be reversed by trying every NIK or IP address.
 */
export function rateLimitKey(scope: string, value: string, secret: Buffer): string {
  const digest = crypto.createHmac("sha256", keyOf(secret)).update(`${scope}\u0000${value}`, "utf8").digest("hex");
  return `${scope}:${digest.slice(0, 32)}`;
}

async function defaultClient(): Promise<Db> {
  return (await import("@/lib/db")).db;
}

/**
 * Counts one hit of `key` in the current window and says whether it is within `limit`.
 * Refused hits are not counted. Atomic across processes (see the file comment).
 */
export async function hit(
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date = new Date(),
  client?: Db,
): Promise<RateLimitResult> {
  const c = client ?? (await defaultClient());
  const { start, end } = windowOf(now, windowSeconds);
  const result = (allowed: boolean, count: number): RateLimitResult => ({
    allowed,
    remaining: allowed ? Math.max(0, limit - count) : 0,
    retryAfterSeconds: secondsUntil(now, end),
    limit,
    resetAt: end,
  });
  if (limit <= 0) return result(false, 0);
  const where = { key_windowStart: { key, windowStart: start } };

  // One short transaction: on SQLite it is serialised with the other transactions of this
  // process (one connection), and its first statement is a write, so processes queue on the
  // write lock instead of failing on a stale read snapshot.
  const attempt = () =>
    c.$transaction(
      async (tx) => {
        const taken = await tx.rateLimitBucket.updateMany({
          where: { key, windowStart: start, count: { lt: limit } },
          data: { count: { increment: 1 } },
        });
        if (taken.count === 1) {
          const row = await tx.rateLimitBucket.findUnique({ where, select: { count: true } });
          return { allowed: true, count: row?.count ?? limit, created: false };
        }
        const row = await tx.rateLimitBucket.findUnique({ where, select: { count: true } });
        if (row) {
          // PostgreSQL (READ COMMITTED): the row may have been committed by another transaction
          // between the UPDATE above (which did not see it) and this read. Try the increment again.
          const again = await tx.rateLimitBucket.updateMany({
            where: { key, windowStart: start, count: { lt: limit } },
            data: { count: { increment: 1 } },
          });
          return { allowed: again.count === 1, count: again.count === 1 ? row.count + 1 : row.count, created: false };
        }
        await tx.rateLimitBucket.create({ data: { key, windowStart: start, count: 1, expiresAt: end } });
        return { allowed: true, count: 1, created: true };
      },
      { maxWait: 10_000, timeout: 15_000 },
    );

  let outcome: { allowed: boolean; count: number; created: boolean };
  try {
    outcome = await attempt();
  } catch (e) {
    // Another process created this window's row first: now it is a plain increment.
    if (prismaCode(e) !== "P2002") throw e;
    outcome = await attempt();
  }
  if (outcome.created && Math.random() < 1 / PURGE_EVERY) {
    await purgeExpiredBuckets(new Date(now.getTime() - PURGE_GRACE_MS), c).catch(() => undefined);
  }
  return result(outcome.allowed, outcome.count);
}

/**
 * Hits every rule in order and throws RATE_LIMITED (details.retryAfterSeconds) at the first one
 * that refuses; later rules are then not counted.
 */
export async function enforceRateLimits(rules: readonly RateLimitRule[], now: Date = new Date(), client?: Db): Promise<void> {
  for (const rule of rules) {
    const r = await hit(rule.key, rule.limit, rule.windowSeconds, now, client);
    if (!r.allowed) {
      throw new AppError("RATE_LIMITED", {
        message: `Rate limit of ${rule.key.split(":").slice(0, -1).join(":")} reached`,
        details: { retryAfterSeconds: r.retryAfterSeconds },
      });
    }
  }
}

/** Whether `key` still has hits left in the current window, without counting one. */
export async function peek(key: string, limit: number, windowSeconds: number, now: Date = new Date(), client?: Db): Promise<RateLimitResult> {
  const c = client ?? (await defaultClient());
  const { start, end } = windowOf(now, windowSeconds);
  const row = await c.rateLimitBucket.findUnique({ where: { key_windowStart: { key, windowStart: start } }, select: { count: true } });
  const count = row?.count ?? 0;
  return { allowed: count < limit, remaining: Math.max(0, limit - count), retryAfterSeconds: secondsUntil(now, end), limit, resetAt: end };
}

/** Deletes the rows of windows that ended before `now`; returns how many. */
export async function purgeExpiredBuckets(now: Date = new Date(), client?: Db): Promise<number> {
  const c = client ?? (await defaultClient());
  const { count } = await c.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
