// Statistics rollups (docs/decisions/006-stats-rollup.md): per-day sums of the Visit rows that
// the officials' dashboard reads instead of the visits themselves. Exact, because they are
// written in the same transaction as the visit change they count (lib/queue/service.ts):
// - a new visit (check-in, walk-in, or the visit a transfer opens at the target gerai): one more
//   visit of its gerai x day in DailyServiceStat (its service), DailyHourCount (its hour of
//   arrival) and DailyDomicileCount (its domicile); one more arrival too unless transferred in,
//   also in DailyArrivalDomicile (the whole MPP's arrivals per day and domicile);
// - the first call (waitSeconds set): its wait in DailyServiceStat;
// - the end of service (serviceSeconds set): its service time in DailyServiceStat.
// Nothing else changes those Visit columns (a visit's gerai, service, day, hour and domicile
// never change; a recall keeps the first wait). REBUILD_ROLLUPS_SQL recomputes the same sums from
// Visit (the migration's backfill, scripts/generate-history.ts, scripts/stats-rollup.ts).
//
// No "server-only": scripts import the rebuild statements.
import type { Tx } from "@/lib/db-client";

/** "Outside Kota Pekalongan" and "not recorded" in domicile keys and breakdowns. */
export const OUTSIDE_CITY = "OUTSIDE";
export const UNKNOWN_DOMICILE = "UNKNOWN";

/** The domicile key of a visit: its kelurahan code, else OUTSIDE or UNKNOWN. */
export function domicileKey(v: { kelurahanCode: string | null; outsideCity: boolean }): string {
  return v.kelurahanCode ?? (v.outsideCity ? OUTSIDE_CITY : UNKNOWN_DOMICILE);
}

export type VisitKey = { counterId: string; dayWib: string; serviceId: string };

export type NewVisit = VisitKey & {
  hourWib: number;
  kelurahanCode: string | null;
  outsideCity: boolean;
  /** Opened by a transfer: a visit of the gerai, not a new arrival. */
  transferred: boolean;
};

/** A new visit, in the transaction that creates it. */
export async function countVisit(tx: Tx, v: NewVisit): Promise<void> {
  const arrivals = v.transferred ? 0 : 1;
  const { counterId, dayWib } = v;
  await tx.dailyServiceStat.upsert({
    where: { counterId_dayWib_serviceId: { counterId, dayWib, serviceId: v.serviceId } },
    create: { counterId, dayWib, serviceId: v.serviceId, visits: 1 },
    update: { visits: { increment: 1 } },
    select: { visits: true },
  });
  await tx.dailyHourCount.upsert({
    where: { counterId_dayWib_hourWib: { counterId, dayWib, hourWib: v.hourWib } },
    create: { counterId, dayWib, hourWib: v.hourWib, visits: 1, arrivals },
    update: { visits: { increment: 1 }, arrivals: { increment: arrivals } },
    select: { visits: true },
  });
  const domicile = domicileKey(v);
  await tx.dailyDomicileCount.upsert({
    where: { counterId_dayWib_domicile: { counterId, dayWib, domicile } },
    create: { counterId, dayWib, domicile, visits: 1, arrivals },
    update: { visits: { increment: 1 }, arrivals: { increment: arrivals } },
    select: { visits: true },
  });
  if (arrivals === 0) return;
  await tx.dailyArrivalDomicile.upsert({
    where: { dayWib_domicile: { dayWib, domicile } },
    create: { dayWib, domicile, arrivals: 1 },
    update: { arrivals: { increment: 1 } },
    select: { arrivals: true },
  });
}

/** The first call of a visit: its waiting time, in the transaction that sets waitSeconds. */
export async function countWait(tx: Tx, v: VisitKey, seconds: number): Promise<void> {
  await tx.dailyServiceStat.upsert({
    where: { counterId_dayWib_serviceId: v },
    create: { ...v, waitCount: 1, waitSum: seconds },
    update: { waitCount: { increment: 1 }, waitSum: { increment: seconds } },
    select: { visits: true },
  });
}

/** The end of a service: its duration, in the transaction that sets serviceSeconds. */
export async function countService(tx: Tx, v: VisitKey, seconds: number): Promise<void> {
  await tx.dailyServiceStat.upsert({
    where: { counterId_dayWib_serviceId: v },
    create: { ...v, serviceCount: 1, serviceSum: seconds },
    update: { serviceCount: { increment: 1 }, serviceSum: { increment: seconds } },
    select: { visits: true },
  });
}

const DOMICILE_SQL = `COALESCE("kelurahanCode", CASE WHEN "outsideCity" THEN '${OUTSIDE_CITY}' ELSE '${UNKNOWN_DOMICILE}' END)`;

/**
 * Recomputes every rollup from the Visit rows (portable SQL, both databases); run in one
 * transaction. The INSERTs are the migration's backfill (prisma/migrations/*_stats_rollup,
 * checked by tests/unit/stats-rollup-sql.test.ts).
 */
export const REBUILD_ROLLUPS_SQL: readonly string[] = [
  `DELETE FROM "DailyServiceStat"`,
  `DELETE FROM "DailyHourCount"`,
  `DELETE FROM "DailyDomicileCount"`,
  `DELETE FROM "DailyArrivalDomicile"`,
  `INSERT INTO "DailyServiceStat" ("counterId", "dayWib", "serviceId", "visits", "waitCount", "waitSum", "serviceCount", "serviceSum")
  SELECT "counterId", "dayWib", "serviceId", COUNT(*), COUNT("waitSeconds"), COALESCE(SUM("waitSeconds"), 0), COUNT("serviceSeconds"), COALESCE(SUM("serviceSeconds"), 0)
  FROM "Visit" GROUP BY "counterId", "dayWib", "serviceId"`,
  `INSERT INTO "DailyHourCount" ("counterId", "dayWib", "hourWib", "visits", "arrivals")
  SELECT "counterId", "dayWib", "hourWib", COUNT(*), SUM(CASE WHEN "transferredFrom" IS NULL THEN 1 ELSE 0 END)
  FROM "Visit" GROUP BY "counterId", "dayWib", "hourWib"`,
  `INSERT INTO "DailyDomicileCount" ("counterId", "dayWib", "domicile", "visits", "arrivals")
  SELECT "counterId", "dayWib", ${DOMICILE_SQL}, COUNT(*), SUM(CASE WHEN "transferredFrom" IS NULL THEN 1 ELSE 0 END)
  FROM "Visit" GROUP BY "counterId", "dayWib", ${DOMICILE_SQL}`,
  `INSERT INTO "DailyArrivalDomicile" ("dayWib", "domicile", "arrivals")
  SELECT "dayWib", ${DOMICILE_SQL}, COUNT(*)
  FROM "Visit" WHERE "transferredFrom" IS NULL GROUP BY "dayWib", ${DOMICILE_SQL}`,
];
