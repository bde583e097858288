// Visitor statistics and gerai evaluation for officials (permission stats:read / evaluation:read).
// Nothing here reads every visit of the period (docs/decisions/006-stats-rollup.md): visits,
// waits, service times, hours and domicile come from the per-day rollups the queue keeps exact
// (lib/stats/rollup.ts); percentiles read a few rows from the top of a Visit index; bookings and
// applications are one covering-index query each. Per-gerai queries list the gerai explicitly
// (counterId IN ...) so that SQLite walks its (counterId, day, ...) indexes in order without
// sorting. JavaScript only combines a few thousand grouped rows.
//
// Definitions (shown in the dashboard's help, tested in tests/integration/stats.test.ts):
// - Days are WIB calendar days (the dayWib columns); weeks are ISO weeks (Monday first); months
//   are calendar months.
// - MPP-wide visitors = arrivals: check-ins of bookings and walk-ins (DailyVisitCount, kept at
//   each arrival). A transfer to another gerai is not a new arrival.
// - Visitors of a gerai = every visit at that gerai, transfers received included (Visit rows).
// - Service days = days of the period up to today on which the MPP opened (building hours, no
//   MPP-wide closure), plus any other day with arrivals. Average per day = arrivals / service days.
// - Waiting time = first call - check-in; service time = finish - start (seconds, Visit rows that
//   have them). Percentiles are nearest-rank (lib/stats/math.ts).
// - No-show rate = bookings NO_SHOW / bookings not CANCELLED, for booked days already past.
// - Applications on time: among applications due in the period (dueDayWib) and not rejected,
//   on time = SELESAI with the WIB day of completedAt <= dueDayWib; late = SELESAI after the due
//   day, or not finished while the due day has passed. Rate = on time / (on time + late);
//   applications still in progress before their due day are not counted yet.
// - Capacity: lib/stats/capacity.ts. Capacity used = visitors / capacity over the gerai's
//   days; days over capacity = days with visitors > capacity that day.
// - Overload flags: DEMAND when capacity used > 100 % or days over capacity >= 25 % of the
//   gerai's open days; WAIT_GROWING when the period has >= 14 days and the average wait of its
//   second half is >= 25 % above the first half (at least 20 waits in each half).
import "server-only";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { addDays, dayWib } from "@/lib/time";
import { cached } from "./cache";
import { capacityOnDay, opensOn, type CapacityInput } from "./capacity";
import { bucketize, daysBetween, dayCount, nearestRank, previousPeriod, ratio, trendOf, weekdayOfDay, type Bucket, type Trend } from "./math";
import type { Period } from "./period";
import { OUTSIDE_CITY, UNKNOWN_DOMICILE } from "./rollup";

export const OVERLOAD_RULES = {
  capacityUsedAbove: 1,
  daysOverShareAtLeast: 0.25,
  waitGrowthAtLeast: 0.25,
  waitGrowthMinDays: 14,
  waitGrowthMinSamples: 20,
} as const;

export { OUTSIDE_CITY, UNKNOWN_DOMICILE };

function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

const num = (v: unknown): number => (typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : Number(v ?? 0));

// ---------------------------------------------------------------------------------------------
// Catalogue and calendar
// ---------------------------------------------------------------------------------------------

export type GeraiRef = { id: string; number: number; name: string; agencyId: string; agencyName: string; agencyShortName: string };

type Catalogue = {
  counters: GeraiRef[];
  counterById: Map<string, GeraiRef>;
  services: Map<string, { id: string; slug: string; name: string; nameEn: string; counterId: string }>;
  kecamatan: { code: string; name: string }[];
  kecamatanOfKelurahan: Map<string, string>;
  capacity: Map<string, CapacityInput>;
  mppHours: { weekday: number; openMinute: number; closeMinute: number }[];
  mppClosed: Set<string>;
};

async function loadCatalogue(db: Db, period: Period): Promise<Catalogue> {
  const [counters, services, kecamatan, kelurahan, mppHours, closures, rules, hours] = await Promise.all([
    db.counter.findMany({
      select: { id: true, number: true, name: true, agency: { select: { id: true, name: true, shortName: true } } },
      orderBy: { number: "asc" },
    }),
    db.service.findMany({ select: { id: true, slug: true, name: true, nameEn: true, counterId: true } }),
    db.kecamatan.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.kelurahan.findMany({ select: { code: true, kecamatanCode: true } }),
    db.mppHours.findMany({ select: { weekday: true, openMinute: true, closeMinute: true } }),
    db.closure.findMany({
      where: { dayWib: { gte: period.from, lte: period.to } },
      select: { dayWib: true, counterId: true },
    }),
    db.capacityRule.findMany({ select: { counterId: true, serviceId: true, slotMinutes: true, capacityPerSlot: true } }),
    db.counterHours.findMany({ select: { counterId: true, weekday: true, openMinute: true, closeMinute: true } }),
  ]);
  const refs: GeraiRef[] = counters.map((c) => ({
    id: c.id,
    number: c.number,
    name: c.name,
    agencyId: c.agency.id,
    agencyName: c.agency.name,
    agencyShortName: c.agency.shortName,
  }));
  const mppClosed = new Set(closures.filter((c) => c.counterId === null).map((c) => c.dayWib));
  const capacity = new Map<string, CapacityInput>();
  for (const c of counters) {
    const closedDays = new Set(mppClosed);
    for (const cl of closures) if (cl.counterId === c.id) closedDays.add(cl.dayWib);
    capacity.set(c.id, {
      counterId: c.id,
      hours: hours.filter((h) => h.counterId === c.id),
      mppHours,
      rules: rules.filter((r) => r.counterId === c.id),
      closedDays,
    });
  }
  return {
    counters: refs,
    counterById: new Map(refs.map((r) => [r.id, r])),
    services: new Map(services.map((s) => [s.id, s])),
    kecamatan,
    kecamatanOfKelurahan: new Map(kelurahan.map((k) => [k.code, k.kecamatanCode])),
    capacity,
    mppHours,
    mppClosed,
  };
}

function mppOpensOn(cat: Catalogue, day: string): boolean {
  if (cat.mppClosed.has(day)) return false;
  const w = weekdayOfDay(day);
  return cat.mppHours.some((h) => h.weekday === w);
}

/** Days of the period up to today (the part that has happened). */
function elapsed(period: Period, today: string): Period | null {
  const to = period.to < today ? period.to : today;
  return to < period.from ? null : { from: period.from, to };
}

// ---------------------------------------------------------------------------------------------
// Daily arrivals (DailyVisitCount): the API and the headline
// ---------------------------------------------------------------------------------------------

export type DailyRow = { day: string; booking: number; walkIn: number; total: number };

async function dailyArrivals(db: Db, period: Period, counterId?: string): Promise<DailyRow[]> {
  const groups = await db.dailyVisitCount.groupBy({
    by: ["dayWib", "source"],
    where: { dayWib: { gte: period.from, lte: period.to }, ...(counterId ? { counterId } : {}) },
    _sum: { count: true },
  });
  const byDay = new Map<string, DailyRow>();
  for (const day of daysBetween(period.from, period.to)) byDay.set(day, { day, booking: 0, walkIn: 0, total: 0 });
  for (const g of groups) {
    const row = byDay.get(g.dayWib);
    if (!row) continue;
    const n = num(g._sum.count);
    if (g.source === "BOOKING") row.booking += n;
    else row.walkIn += n;
    row.total += n;
  }
  return [...byDay.values()];
}

export type Headline = {
  arrivals: number;
  serviceDays: number;
  /** Arrivals per service day; null without service days. */
  averagePerDay: number | null;
  previous: { from: string; to: string; arrivals: number; serviceDays: number; averagePerDay: number | null };
  trend: Trend;
};

function serviceDays(cat: Catalogue, daily: DailyRow[], period: Period, today: string): number {
  const done = elapsed(period, today);
  let n = 0;
  for (const r of daily) {
    if (done && r.day >= done.from && r.day <= done.to && mppOpensOn(cat, r.day)) n++;
    else if (r.total > 0) n++;
  }
  return n;
}

export type DailyStats = {
  from: string;
  to: string;
  counter: { number: number; name: string } | null;
  days: DailyRow[];
  totals: { booking: number; walkIn: number; total: number };
  serviceDays: number;
  averagePerDay: number | null;
};

/** Arrivals per WIB day (booked and walk-in) for the API; optionally of one gerai (by number). */
export async function getDailyStats(
  db: Db,
  actor: Actor,
  period: Period,
  opts: { counterNumber?: number; now?: Date } = {},
): Promise<DailyStats> {
  assertCan(actor, "stats:read");
  const today = dayWib(opts.now ?? new Date());
  let counter: GeraiRef | null = null;
  const cat = await loadCatalogue(db, period);
  if (opts.counterNumber !== undefined) {
    counter = cat.counters.find((c) => c.number === opts.counterNumber) ?? null;
    if (!counter) throw new AppError("NOT_FOUND", { message: "No such gerai" });
  }
  const days = await dailyArrivals(db, period, counter?.id);
  const totals = days.reduce(
    (t, d) => ({ booking: t.booking + d.booking, walkIn: t.walkIn + d.walkIn, total: t.total + d.total }),
    { booking: 0, walkIn: 0, total: 0 },
  );
  let sd: number;
  if (counter) {
    const cap = cat.capacity.get(counter.id)!;
    const done = elapsed(period, today);
    sd = days.filter((d) => d.total > 0 || (done && d.day <= done.to && opensOn(cap, d.day))).length;
  } else sd = serviceDays(cat, days, period, today);
  return {
    from: period.from,
    to: period.to,
    counter: counter ? { number: counter.number, name: counter.name } : null,
    days,
    totals,
    serviceDays: sd,
    averagePerDay: ratio(totals.total, sd),
  };
}

// ---------------------------------------------------------------------------------------------
// Gerai evaluation rows
// ---------------------------------------------------------------------------------------------

export type OverloadFlag = "DEMAND" | "WAIT_GROWING";

export type GeraiEvaluation = {
  number: number;
  name: string;
  agencyName: string;
  visitors: number;
  bookings: number;
  noShows: number;
  /** Bookings not cancelled on past days: the no-show rate's denominator. */
  pastBookings: number;
  noShowRate: number | null;
  avgWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
  applicationsOnTime: number;
  applicationsLate: number;
  onTimeRate: number | null;
  capacity: number | null;
  capacityUsed: number | null;
  openDays: number;
  daysOverCapacity: number;
  waitFirstHalf: number | null;
  waitSecondHalf: number | null;
  flags: OverloadFlag[];
};

type CounterDay = { counterId: string; day: string; visits: number; waitSum: number; waitCount: number; serviceSum: number; serviceCount: number };

const inList = (ids: readonly string[]) => Prisma.join(ids);

/** Visits, waits and service times per gerai per day (DailyServiceStat). */
async function visitsByCounterDay(db: Db, period: Period, counterIds: string[]): Promise<CounterDay[]> {
  const groups = await db.dailyServiceStat.groupBy({
    by: ["counterId", "dayWib"],
    where: { counterId: { in: counterIds }, dayWib: { gte: period.from, lte: period.to } },
    _sum: { visits: true, waitCount: true, waitSum: true, serviceCount: true, serviceSum: true },
  });
  return groups.map((g) => ({
    counterId: g.counterId,
    day: g.dayWib,
    visits: num(g._sum.visits),
    waitSum: num(g._sum.waitSum),
    waitCount: num(g._sum.waitCount),
    serviceSum: num(g._sum.serviceSum),
    serviceCount: num(g._sum.serviceCount),
  }));
}

/**
 * Nearest-rank 90th percentile of waitSeconds and serviceSeconds per gerai. With n values (the
 * counts of the rollup), the value at rank r = ceil(9n/10) in ascending order is the one after
 * skipping n - r values from the top: each percentile walks Visit(counterId, waitSeconds |
 * serviceSeconds, dayWib) down from the gerai's largest value until n - r values of the period
 * have passed (the top tenth, plus the entries of other days in that range), never sorting. One
 * statement of scalar subqueries for all gerai (SQLite and PostgreSQL alike).
 */
async function p90ByCounter(db: Db, period: Period, days: CounterDay[]): Promise<Map<string, { wait: number | null; service: number | null }>> {
  const counts = new Map<string, { wait: number; service: number }>();
  for (const d of days) {
    const c = counts.get(d.counterId) ?? counts.set(d.counterId, { wait: 0, service: 0 }).get(d.counterId)!;
    c.wait += d.waitCount;
    c.service += d.serviceCount;
  }
  const parts: { counterId: string; kind: "wait" | "service"; sql: Prisma.Sql }[] = [];
  for (const [counterId, c] of counts) {
    for (const kind of ["wait", "service"] as const) {
      const n = c[kind];
      if (n === 0) continue;
      const col = Prisma.raw(kind === "wait" ? `"waitSeconds"` : `"serviceSeconds"`);
      // An integer computed here, inlined rather than bound: neither driver has to type an OFFSET parameter.
      const skip = Prisma.raw(String(n - nearestRank(n, 90)));
      parts.push({
        counterId,
        kind,
        sql: Prisma.sql`(SELECT ${col} FROM "Visit" WHERE "counterId" = ${counterId} AND ${col} IS NOT NULL AND "dayWib" >= ${period.from} AND "dayWib" <= ${period.to} ORDER BY ${col} DESC LIMIT 1 OFFSET ${skip})`,
      });
    }
  }
  const out = new Map<string, { wait: number | null; service: number | null }>();
  if (parts.length === 0) return out;
  const columns = parts.map((p, i) => Prisma.sql`${p.sql} AS ${Prisma.raw(`"p${i}"`)}`);
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT ${Prisma.join(columns)}`;
  parts.forEach((p, i) => {
    const v = row?.[`p${i}`];
    const cur = out.get(p.counterId) ?? out.set(p.counterId, { wait: null, service: null }).get(p.counterId)!;
    cur[p.kind] = v === null || v === undefined ? null : num(v);
  });
  return out;
}

/** Bookings not cancelled per gerai; those of past days, and their no-shows (one index-only query). */
async function bookingsByCounter(db: Db, period: Period, today: string, counterIds: string[]) {
  const out = new Map<string, { bookings: number; past: number; noShows: number }>();
  if (counterIds.length === 0) return out;
  const pastTo = addDays(today, -1) < period.to ? addDays(today, -1) : period.to;
  const rows = await db.$queryRaw<{ counterId: string; total: unknown; past: unknown; noShows: unknown }[]>`
    SELECT "counterId", COUNT(*) AS "total",
      SUM(CASE WHEN "dayWib" <= ${pastTo} THEN 1 ELSE 0 END) AS "past",
      SUM(CASE WHEN "dayWib" <= ${pastTo} AND "status" = 'NO_SHOW' THEN 1 ELSE 0 END) AS "noShows"
    FROM "Booking"
    WHERE "counterId" IN (${inList(counterIds)}) AND "dayWib" >= ${period.from} AND "dayWib" <= ${period.to} AND "status" <> 'CANCELLED'
    GROUP BY "counterId"`;
  for (const r of rows) out.set(r.counterId, { bookings: num(r.total), past: num(r.past), noShows: num(r.noShows) });
  return out;
}

/**
 * Applications due in the period per gerai: on time = SELESAI on or before the due day (WIB day
 * of completion, completedDayWib); late = SELESAI after it, or not finished (nor rejected) with
 * the due day passed. One index-only query.
 */
async function applicationsByCounter(db: Db, period: Period, today: string, counterIds: string[]) {
  const out = new Map<string, { onTime: number; late: number }>();
  if (counterIds.length === 0) return out;
  const rows = await db.$queryRaw<{ counterId: string; done: unknown; onTime: unknown; overdue: unknown }[]>`
    SELECT "counterId",
      SUM(CASE WHEN "status" = 'SELESAI' THEN 1 ELSE 0 END) AS "done",
      SUM(CASE WHEN "status" = 'SELESAI' AND "completedDayWib" <= "dueDayWib" THEN 1 ELSE 0 END) AS "onTime",
      SUM(CASE WHEN "status" NOT IN ('DITOLAK', 'SELESAI') AND "dueDayWib" < ${today} THEN 1 ELSE 0 END) AS "overdue"
    FROM "Application"
    WHERE "counterId" IN (${inList(counterIds)}) AND "dueDayWib" >= ${period.from} AND "dueDayWib" <= ${period.to}
    GROUP BY "counterId"`;
  for (const r of rows) {
    const onTime = num(r.onTime);
    out.set(r.counterId, { onTime, late: num(r.done) - onTime + num(r.overdue) });
  }
  return out;
}

function evaluate(
  cat: Catalogue,
  period: Period,
  today: string,
  counter: GeraiRef,
  days: CounterDay[],
  p90: { wait: number | null; service: number | null } | undefined,
  bookings: { bookings: number; past: number; noShows: number } | undefined,
  apps: { onTime: number; late: number } | undefined,
  /** The days of the period up to today (elapsed), computed once for every gerai. */
  doneDays: readonly string[],
): GeraiEvaluation {
  const cap = cat.capacity.get(counter.id)!;
  const byDay = new Map(days.map((d) => [d.day, d]));
  const done = elapsed(period, today);
  let visitors = 0, waitSum = 0, waitCount = 0, serviceSum = 0, serviceCount = 0;
  for (const d of days) {
    visitors += d.visits;
    waitSum += d.waitSum;
    waitCount += d.waitCount;
    serviceSum += d.serviceSum;
    serviceCount += d.serviceCount;
  }
  // Capacity over the days that have happened (a period reaching into the future would
  // otherwise look under-used).
  let capacity: number | null = null;
  let openDays = 0;
  let daysOver = 0;
  const openDayList: string[] = [];
  if (done) {
    for (const day of doneDays) {
      const c = capacityOnDay(cap, day);
      const v = byDay.get(day)?.visits ?? 0;
      if (opensOn(cap, day)) {
        openDays++;
        openDayList.push(day);
      } else if (v > 0) openDayList.push(day);
      if (c !== null) {
        capacity = (capacity ?? 0) + c;
        if (v > c) daysOver++;
      }
    }
  }
  const visitorsSoFar = done ? days.filter((d) => d.day <= done.to).reduce((s, d) => s + d.visits, 0) : 0;
  const capacityUsed = capacity === null ? null : ratio(visitorsSoFar, capacity);

  // Waiting time growth: first half vs second half of the gerai's open days.
  let waitFirstHalf: number | null = null;
  let waitSecondHalf: number | null = null;
  let waitGrowing = false;
  if (dayCount(period.from, period.to) >= OVERLOAD_RULES.waitGrowthMinDays && openDayList.length >= 2) {
    const half = Math.floor(openDayList.length / 2);
    const sum = (list: string[]) =>
      list.reduce((t, day) => {
        const d = byDay.get(day);
        return d ? { s: t.s + d.waitSum, n: t.n + d.waitCount } : t;
      }, { s: 0, n: 0 });
    const a = sum(openDayList.slice(0, half));
    const b = sum(openDayList.slice(openDayList.length - half));
    waitFirstHalf = ratio(a.s, a.n);
    waitSecondHalf = ratio(b.s, b.n);
    waitGrowing =
      a.n >= OVERLOAD_RULES.waitGrowthMinSamples &&
      b.n >= OVERLOAD_RULES.waitGrowthMinSamples &&
      waitFirstHalf !== null &&
      waitSecondHalf !== null &&
      waitFirstHalf > 0 &&
      waitSecondHalf >= waitFirstHalf * (1 + OVERLOAD_RULES.waitGrowthAtLeast);
  }
  const flags: OverloadFlag[] = [];
  if ((capacityUsed !== null && capacityUsed > OVERLOAD_RULES.capacityUsedAbove) ||
      (openDays > 0 && daysOver / openDays >= OVERLOAD_RULES.daysOverShareAtLeast)) flags.push("DEMAND");
  if (waitGrowing) flags.push("WAIT_GROWING");
  const b = bookings ?? { bookings: 0, past: 0, noShows: 0 };
  const ap = apps ?? { onTime: 0, late: 0 };
  return {
    number: counter.number,
    name: counter.name,
    agencyName: counter.agencyName,
    visitors,
    bookings: b.bookings,
    noShows: b.noShows,
    pastBookings: b.past,
    noShowRate: ratio(b.noShows, b.past),
    avgWaitSeconds: ratio(waitSum, waitCount),
    p90WaitSeconds: p90?.wait ?? null,
    avgServiceSeconds: ratio(serviceSum, serviceCount),
    p90ServiceSeconds: p90?.service ?? null,
    applicationsOnTime: ap.onTime,
    applicationsLate: ap.late,
    onTimeRate: ratio(ap.onTime, ap.onTime + ap.late),
    capacity,
    capacityUsed,
    openDays,
    daysOverCapacity: daysOver,
    waitFirstHalf,
    waitSecondHalf,
    flags,
  };
}

// ---------------------------------------------------------------------------------------------
// Domicile
// ---------------------------------------------------------------------------------------------

export type DomicileRow = { code: string; name: string | null; visitors: number; share: number | null };

/** Kecamatan rows from domicile keys (lib/stats/rollup.ts: kelurahan code, OUTSIDE or UNKNOWN). */
function domicileRows(cat: Catalogue, groups: { domicile: string; n: number }[]): DomicileRow[] {
  const counts = new Map<string, number>(cat.kecamatan.map((k) => [k.code, 0]));
  let outside = 0;
  let unknown = 0;
  for (const g of groups) {
    const kec = cat.kecamatanOfKelurahan.get(g.domicile);
    if (kec) counts.set(kec, (counts.get(kec) ?? 0) + g.n);
    else if (g.domicile === OUTSIDE_CITY) outside += g.n;
    else unknown += g.n;
  }
  const total = [...counts.values()].reduce((s, n) => s + n, 0) + outside + unknown;
  const rows: DomicileRow[] = cat.kecamatan.map((k) => ({ code: k.code, name: k.name, visitors: counts.get(k.code) ?? 0, share: null }));
  rows.push({ code: OUTSIDE_CITY, name: null, visitors: outside, share: null });
  if (unknown > 0) rows.push({ code: UNKNOWN_DOMICILE, name: null, visitors: unknown, share: null });
  for (const r of rows) r.share = ratio(r.visitors, total);
  return rows;
}

/** Arrivals of the whole MPP by domicile (DailyArrivalDomicile). */
async function arrivalDomicile(db: Db, cat: Catalogue, period: Period): Promise<DomicileRow[]> {
  const groups = await db.dailyArrivalDomicile.groupBy({
    by: ["domicile"],
    where: { dayWib: { gte: period.from, lte: period.to } },
    _sum: { arrivals: true },
  });
  return domicileRows(cat, groups.map((g) => ({ domicile: g.domicile, n: num(g._sum.arrivals) })));
}

/** Visits (transfers received included) of each of these gerai by domicile. */
async function geraiDomicile(db: Db, cat: Catalogue, period: Period, counterIds: string[]): Promise<Map<string, DomicileRow[]>> {
  const groups = counterIds.length === 0
    ? []
    : await db.dailyDomicileCount.groupBy({
        by: ["counterId", "domicile"],
        where: { counterId: { in: counterIds }, dayWib: { gte: period.from, lte: period.to } },
        _sum: { visits: true },
      });
  return new Map(counterIds.map((id) => [id, domicileRows(cat, groups.filter((g) => g.counterId === id).map((g) => ({ domicile: g.domicile, n: num(g._sum.visits) })))]));
}

// ---------------------------------------------------------------------------------------------
// Hours
// ---------------------------------------------------------------------------------------------

export type HeatCell = { weekday: number; hour: number; visitors: number; days: number; average: number | null };
export type HourRow = { hour: number; visitors: number; share: number | null };

/** Arrivals of the whole MPP per day and hour (counterIds: every gerai), or visits of one gerai. */
async function arrivalsByDayHour(db: Db, period: Period, scope: { counterIds: string[] } | { counterId: string }) {
  const days = { gte: period.from, lte: period.to };
  if ("counterId" in scope) {
    const rows = await db.dailyHourCount.findMany({ where: { counterId: scope.counterId, dayWib: days }, select: { dayWib: true, hourWib: true, visits: true } });
    return rows.filter((r) => r.visits > 0).map((r) => ({ day: r.dayWib, hour: r.hourWib, n: r.visits }));
  }
  const groups = await db.dailyHourCount.groupBy({
    by: ["dayWib", "hourWib"],
    where: { counterId: { in: scope.counterIds }, dayWib: days, arrivals: { gt: 0 } },
    _sum: { arrivals: true },
  });
  return groups.map((g) => ({ day: g.dayWib, hour: g.hourWib, n: num(g._sum.arrivals) }));
}

/** Visits per service (transfers received included), of these gerai. */
async function visitsByService(db: Db, period: Period, counterIds: string[]) {
  const groups = await db.dailyServiceStat.groupBy({
    by: ["serviceId"],
    where: { counterId: { in: counterIds }, dayWib: { gte: period.from, lte: period.to } },
    _sum: { visits: true },
  });
  return groups.map((g) => ({ serviceId: g.serviceId, n: num(g._sum.visits) })).filter((g) => g.n > 0);
}

function hourTables(rows: { day: string; hour: number; n: number }[], openDay: (day: string) => boolean, period: Period, today: string) {
  const total = rows.reduce((s, r) => s + r.n, 0);
  const byHour = new Map<number, number>();
  const cells = new Map<string, number>();
  const weekday = weekdayOfDay;
  const rowWeekdays = new Set<number>();
  for (const r of rows) {
    byHour.set(r.hour, (byHour.get(r.hour) ?? 0) + r.n);
    const w = weekday(r.day);
    rowWeekdays.add(w);
    const k = `${w}:${r.hour}`;
    cells.set(k, (cells.get(k) ?? 0) + r.n);
  }
  // Days of each weekday on which visitors could come (open, or with visitors).
  const withVisits = new Set(rows.map((r) => r.day));
  const weekdayDays = new Map<number, number>();
  const done = elapsed(period, today);
  if (done) {
    for (const day of daysBetween(done.from, done.to)) {
      if (openDay(day) || withVisits.has(day)) weekdayDays.set(weekday(day), (weekdayDays.get(weekday(day)) ?? 0) + 1);
    }
  }
  const hours = [...byHour.keys()];
  const minHour = Math.min(7, ...hours);
  const maxHour = Math.max(16, ...hours);
  const hourRows: HourRow[] = [];
  for (let h = minHour; h <= maxHour; h++) hourRows.push({ hour: h, visitors: byHour.get(h) ?? 0, share: ratio(byHour.get(h) ?? 0, total) });
  const heat: HeatCell[] = [];
  const weekdays = [1, 2, 3, 4, 5, 6, 7].filter((w) => (weekdayDays.get(w) ?? 0) > 0 || rowWeekdays.has(w));
  for (const w of weekdays) {
    for (let h = minHour; h <= maxHour; h++) {
      const visitors = cells.get(`${w}:${h}`) ?? 0;
      const days = weekdayDays.get(w) ?? 0;
      heat.push({ weekday: w, hour: h, visitors, days, average: ratio(visitors, days) });
    }
  }
  return { hourRows, heat };
}

// ---------------------------------------------------------------------------------------------
// The dashboard
// ---------------------------------------------------------------------------------------------

export type SeriesBucket = Bucket & { booking: number; walkIn: number; serviceDays: number; averagePerDay: number | null };
export type NamedCount = { key: string; name: string; nameEn?: string; counterNumber?: number; visitors: number; share: number | null };

export type Dashboard = {
  period: Period;
  previous: Period;
  today: string;
  headline: Headline;
  daily: DailyRow[];
  weekly: SeriesBucket[];
  monthly: SeriesBucket[];
  bySource: { source: "BOOKING" | "WALK_IN"; visitors: number; share: number | null }[];
  byGerai: GeraiEvaluation[];
  byAgency: NamedCount[];
  byService: NamedCount[];
  byKecamatan: DomicileRow[];
  byHour: HourRow[];
  heatmap: HeatCell[];
  overloaded: { gerai: GeraiEvaluation; domicile: DomicileRow[] }[];
};

function series(daily: DailyRow[], period: Period, granularity: "week" | "month", isServiceDay: (d: DailyRow) => boolean): SeriesBucket[] {
  const totals = bucketize(daily.map((d) => ({ day: d.day, value: d.total })), period.from, period.to, granularity);
  const booking = bucketize(daily.map((d) => ({ day: d.day, value: d.booking })), period.from, period.to, granularity);
  const sd = bucketize(daily.map((d) => ({ day: d.day, value: isServiceDay(d) ? 1 : 0 })), period.from, period.to, granularity);
  return totals.map((b, i) => ({
    ...b,
    booking: booking[i]!.value,
    walkIn: b.value - booking[i]!.value,
    serviceDays: sd[i]!.value,
    averagePerDay: ratio(b.value, sd[i]!.value),
  }));
}

/**
 * Everything the dashboard shows for one period. Results are cached briefly in the process
 * (lib/stats/cache.ts; STATS_CACHE=off disables it), after the permission check.
 */
export async function getDashboard(db: Db, actor: Actor, period: Period, opts: { now?: Date } = {}): Promise<Dashboard> {
  assertCan(actor, "stats:read");
  const today = dayWib(opts.now ?? new Date());
  if (process.env.STATS_CACHE === "off") return loadDashboard(db, period, today);
  return cached(db, `dashboard:${period.from}:${period.to}:${today}`, period.to >= today, () => loadDashboard(db, period, today));
}

async function loadDashboard(db: Db, period: Period, today: string): Promise<Dashboard> {
  const previous = previousPeriod(period.from, period.to);
  const whole: Period = { from: previous.from, to: period.to };
  const cat = await loadCatalogue(db, whole);
  const ids = cat.counters.map((c) => c.id);
  const [bothDaily, [counterDays, p90], bookings, apps, kec, dayHours, serviceGroups] = await Promise.all([
    dailyArrivals(db, whole),
    visitsByCounterDay(db, period, ids).then(async (days) => [days, await p90ByCounter(db, period, days)] as const),
    bookingsByCounter(db, period, today, ids),
    applicationsByCounter(db, period, today, ids),
    arrivalDomicile(db, cat, period),
    arrivalsByDayHour(db, period, { counterIds: ids }),
    visitsByService(db, period, ids),
  ]);
  const daily = bothDaily.filter((d) => d.day >= period.from);
  const prevDaily = bothDaily.filter((d) => d.day < period.from);
  const done = elapsed(period, today);
  const isServiceDay = (d: DailyRow) => d.total > 0 || (done !== null && d.day >= done.from && d.day <= done.to && mppOpensOn(cat, d.day));
  const arrivals = daily.reduce((s, d) => s + d.total, 0);
  const sd = serviceDays(cat, daily, period, today);
  const prevArrivals = prevDaily.reduce((s, d) => s + d.total, 0);
  const prevSd = serviceDays(cat, prevDaily, previous, today);
  const avg = ratio(arrivals, sd);
  const prevAvg = ratio(prevArrivals, prevSd);

  const byCounter = new Map<string, CounterDay[]>();
  for (const d of counterDays) (byCounter.get(d.counterId) ?? byCounter.set(d.counterId, []).get(d.counterId)!).push(d);
  const doneDays = done ? daysBetween(done.from, done.to) : [];
  const byGerai = cat.counters.map((c) =>
    evaluate(cat, period, today, c, byCounter.get(c.id) ?? [], p90.get(c.id), bookings.get(c.id), apps.get(c.id), doneDays),
  );
  const geraiTotal = byGerai.reduce((s, g) => s + g.visitors, 0);

  const agencies = new Map<string, NamedCount>();
  for (const c of cat.counters) {
    const v = byGerai.find((g) => g.number === c.number)!.visitors;
    const a = agencies.get(c.agencyId) ?? { key: c.agencyId, name: c.agencyName, visitors: 0, share: null };
    a.visitors += v;
    agencies.set(c.agencyId, a);
  }
  const byAgency = [...agencies.values()].map((a) => ({ ...a, share: ratio(a.visitors, geraiTotal) })).sort((a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name));
  const byService: NamedCount[] = serviceGroups
    .map((g) => {
      const s = cat.services.get(g.serviceId);
      const n = g.n;
      return {
        key: s?.slug ?? g.serviceId,
        name: s?.name ?? g.serviceId,
        nameEn: s?.nameEn,
        counterNumber: s ? cat.counterById.get(s.counterId)?.number : undefined,
        visitors: n,
        share: ratio(n, geraiTotal),
      };
    })
    .sort((a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name));

  const booking = daily.reduce((s, d) => s + d.booking, 0);
  const { hourRows, heat } = hourTables(dayHours, (day) => mppOpensOn(cat, day), period, today);

  const flagged = byGerai.filter((g) => g.flags.length > 0).map((g) => ({ gerai: g, id: cat.counters.find((c) => c.number === g.number)!.id }));
  const flaggedDomicile = await geraiDomicile(db, cat, period, flagged.map((f) => f.id));
  const overloaded = flagged.map((f) => ({ gerai: f.gerai, domicile: flaggedDomicile.get(f.id)! }));

  return {
    period,
    previous,
    today,
    headline: {
      arrivals,
      serviceDays: sd,
      averagePerDay: avg,
      previous: { ...previous, arrivals: prevArrivals, serviceDays: prevSd, averagePerDay: prevAvg },
      trend: trendOf(avg, prevAvg),
    },
    daily,
    weekly: series(daily, period, "week", isServiceDay),
    monthly: series(daily, period, "month", isServiceDay),
    bySource: [
      { source: "BOOKING", visitors: booking, share: ratio(booking, arrivals) },
      { source: "WALK_IN", visitors: arrivals - booking, share: ratio(arrivals - booking, arrivals) },
    ],
    byGerai,
    byAgency,
    byService,
    byKecamatan: kec,
    byHour: hourRows,
    heatmap: heat,
    overloaded,
  };
}

// ---------------------------------------------------------------------------------------------
// One gerai
// ---------------------------------------------------------------------------------------------

export type GeraiDay = { day: string; visitors: number; capacity: number | null; avgWaitSeconds: number | null; open: boolean };

export type GeraiReport = {
  period: Period;
  today: string;
  gerai: GeraiRef;
  evaluation: GeraiEvaluation;
  days: GeraiDay[];
  weekly: { key: string; from: string; to: string; visitors: number; avgWaitSeconds: number | null }[];
  byService: NamedCount[];
  domicile: DomicileRow[];
  byHour: HourRow[];
  heatmap: HeatCell[];
};

/** The evaluation of one gerai (by number) over a period; NOT_FOUND for an unknown number. */
export async function getGeraiReport(db: Db, actor: Actor, counterNumber: number, period: Period, opts: { now?: Date } = {}): Promise<GeraiReport> {
  assertCan(actor, "evaluation:read");
  const today = dayWib(opts.now ?? new Date());
  if (process.env.STATS_CACHE === "off") return loadGeraiReport(db, counterNumber, period, today);
  return cached(db, `gerai:${counterNumber}:${period.from}:${period.to}:${today}`, period.to >= today, () =>
    loadGeraiReport(db, counterNumber, period, today),
  );
}

async function loadGeraiReport(db: Db, counterNumber: number, period: Period, today: string): Promise<GeraiReport> {
  const cat = await loadCatalogue(db, period);
  const gerai = cat.counters.find((c) => c.number === counterNumber);
  if (!gerai) throw new AppError("NOT_FOUND");
  const ids = [gerai.id];
  const [[counterDays, p90], bookings, apps, dom, dayHours, serviceGroups] = await Promise.all([
    visitsByCounterDay(db, period, ids).then(async (days) => [days, await p90ByCounter(db, period, days)] as const),
    bookingsByCounter(db, period, today, ids),
    applicationsByCounter(db, period, today, ids),
    geraiDomicile(db, cat, period, ids),
    arrivalsByDayHour(db, period, { counterId: gerai.id }),
    visitsByService(db, period, ids),
  ]);
  const done = elapsed(period, today);
  const evaluation = evaluate(cat, period, today, gerai, counterDays, p90.get(gerai.id), bookings.get(gerai.id), apps.get(gerai.id), done ? daysBetween(done.from, done.to) : []);
  const cap = cat.capacity.get(gerai.id)!;
  const byDay = new Map(counterDays.map((d) => [d.day, d]));
  const days: GeraiDay[] = daysBetween(period.from, period.to).map((day) => {
    const d = byDay.get(day);
    return { day, visitors: d?.visits ?? 0, capacity: capacityOnDay(cap, day), avgWaitSeconds: d ? ratio(d.waitSum, d.waitCount) : null, open: opensOn(cap, day) };
  });
  const weeks = bucketize(days.map((d) => ({ day: d.day, value: d.visitors })), period.from, period.to, "week");
  const weekly = weeks.map((w) => {
    let s = 0, n = 0;
    for (const day of daysBetween(w.from, w.to)) {
      const d = byDay.get(day);
      if (d) {
        s += d.waitSum;
        n += d.waitCount;
      }
    }
    return { key: w.key, from: w.from, to: w.to, visitors: w.value, avgWaitSeconds: ratio(s, n) };
  });
  const total = evaluation.visitors;
  const byService = serviceGroups
    .map((g) => {
      const s = cat.services.get(g.serviceId);
      const n = g.n;
      return { key: s?.slug ?? g.serviceId, name: s?.name ?? g.serviceId, nameEn: s?.nameEn, counterNumber: gerai.number, visitors: n, share: ratio(n, total) };
    })
    .sort((a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name));
  const { hourRows, heat } = hourTables(dayHours, (day) => opensOn(cap, day), period, today);
  return { period, today, gerai, evaluation, days, weekly, byService, domicile: dom.get(gerai.id)!, byHour: hourRows, heatmap: heat };
}

/** Gerai numbers and names, for pickers and links. */
export async function listGerai(db: Db, actor: Actor): Promise<{ number: number; name: string; agencyShortName: string }[]> {
  assertCan(actor, "evaluation:read");
  const rows = await db.counter.findMany({
    select: { number: true, name: true, agency: { select: { shortName: true } } },
    orderBy: { number: "asc" },
  });
  return rows.map((r) => ({ number: r.number, name: r.name, agencyShortName: r.agency.shortName }));
}
