// Generates a realistic visitor history for the officials' dashboard and its benchmark:
// visits (check-in, call, service, WIB day and hour, domicile), daily counts, bookings (with
// no-shows and cancellations) and applications, for a large MPP (about 1,000 visitors a day).
//
//   npx tsx scripts/generate-history.ts --url=file:$PWD/data/history/mpp.db [--days=730]
//       [--per-day=1000] [--end=2026-11-29] [--seed=20240902]
//
// The database must be migrated and seeded (scripts/prepare-db.ts) and hold no visits yet. The
// URL is never taken from DATABASE_URL, and the demo database (data/mpp.db) is refused: this
// writes hundreds of thousands of rows. Deterministic: the same options give the same rows.
//
// Patterns: demand per gerai follows its capacity (opening hours x slot rules) times a
// utilisation of 45-85 %, with seasons (January and July busier, Lebaran weeks quieter), slow
// growth, weekday hours (morning peak). Gerai 7 (JKN) is the overloaded one: its demand grows
// from 85 % to 145 % of capacity, its waits grow with it, and most of its visitors come from
// Kecamatan Pekalongan Utara and Timur (the evidence for a service-area rule). To make a large
// MPP out of the seeded one, the places per slot of every capacity rule are scaled so that the
// average demand is about 75 % of capacity (printed; only in this database). The statistics
// rollups (lib/stats/rollup.ts) are rebuilt from the visits at the end, as the migration does.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { defaultSqliteUrl, pgFields, providerOf, sqliteFilePath } from "@/lib/database-url";
import { REBUILD_ROLLUPS_SQL } from "@/lib/stats/rollup";
import { addDays, dayWib, weekdayOf, wibInstant } from "@/lib/time";

type Value = string | number | boolean | null | Date;

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

function parseArgs(argv: string[]) {
  const opts: Record<string, string> = {};
  for (const a of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`Unknown argument ${a}`);
    opts[m[1]!] = m[2] ?? "true";
  }
  const url = opts.url;
  if (!url) throw new Error("Give the target database explicitly: --url=file:/path/history.db or --url=postgresql://...");
  if (providerOf(url) === "sqlite" && path.resolve(sqliteFilePath(url)) === path.resolve(sqliteFilePath(defaultSqliteUrl())) && opts.force !== "true") {
    throw new Error("Refusing to write a generated history into the demo database (data/mpp.db); use another file.");
  }
  const end = opts.end ?? addDays(dayWib(new Date()), -1);
  return {
    url,
    days: Number(opts.days ?? 730),
    perDay: Number(opts["per-day"] ?? 1000),
    end,
    seed: Number(opts.seed ?? 20240902),
  };
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32)
// ---------------------------------------------------------------------------------------------

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    normal,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    exp: (mean: number) => -Math.log(Math.max(next(), 1e-12)) * mean,
    /** Poisson via normal approximation for large means, Knuth for small. */
    poisson: (mean: number) => {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const l = Math.exp(-mean);
      let k = 0;
      let p = 1;
      do {
        k++;
        p *= next();
      } while (p > l);
      return k - 1;
    },
    weighted: <T>(items: readonly { item: T; weight: number }[]) => {
      const total = items.reduce((s, x) => s + x.weight, 0);
      let r = next() * total;
      for (const x of items) {
        r -= x.weight;
        if (r <= 0) return x.item;
      }
      return items[items.length - 1]!.item;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writers: raw multi-row inserts in transactions (SQLite through better-sqlite3, PostgreSQL
// through pg), in the formats Prisma itself writes.
// ---------------------------------------------------------------------------------------------

interface Writer {
  query<T>(sql: string, params?: Value[]): Promise<T[]>;
  insert(table: string, columns: string[], rows: Value[][]): Promise<void>;
  /** Statements in one transaction. */
  inTransaction(statements: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

function sqliteWriter(url: string): Writer {
  const file = sqliteFilePath(url);
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}: run scripts/prepare-db.ts first`);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const conv = (v: Value) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);
  const stmts = new Map<string, Database.Statement>();
  return {
    async query<T>(sql: string, params: Value[] = []) {
      const s = db.prepare(sql.replace(/\$\d+/g, "?"));
      return (s.reader ? s.all(...params.map(conv)) : (s.run(...params.map(conv)), [])) as T[];
    },
    async insert(table, columns, rows) {
      const key = `${table}:${columns.join(",")}`;
      let stmt = stmts.get(key);
      if (!stmt) {
        stmt = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
        stmts.set(key, stmt);
      }
      const s = stmt;
      db.transaction(() => {
        for (const r of rows) s.run(...r.map(conv));
      })();
    },
    async inTransaction(statements) {
      db.transaction(() => {
        for (const sql of statements) db.exec(sql);
      })();
    },
    async close() {
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

async function pgWriter(url: string): Promise<Writer> {
  const client = new pg.Client(pgFields(url));
  await client.connect();
  const conv = (v: Value) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v);
  return {
    async query<T>(sql: string, params: Value[] = []) {
      return (await client.query(sql, params.map(conv))).rows as T[];
    },
    async insert(table, columns, rows) {
      const per = Math.max(1, Math.floor(60_000 / columns.length));
      await client.query("BEGIN");
      try {
        for (let i = 0; i < rows.length; i += per) {
          const chunk = rows.slice(i, i + per);
          const params: Value[] = [];
          const values = chunk.map((r) => `(${r.map((v) => (params.push(conv(v)), `$${params.length}`)).join(",")})`);
          await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
        }
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    async inTransaction(statements) {
      await client.query("BEGIN");
      try {
        for (const sql of statements) await client.query(sql);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    async close() {
      // A bulk load: set the visibility map (index-only scans) and the planner statistics now
      // rather than whenever autovacuum comes by.
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

const KECAMATAN_WEIGHTS = { "33.75.01": 0.36, "33.75.02": 0.22, "33.75.03": 0.18, "33.75.04": 0.16 } as const;
/** Gerai 7 (JKN): visitors mostly from the north and east of the city. */
const JKN_WEIGHTS = { "33.75.01": 0.17, "33.75.02": 0.31, "33.75.03": 0.34, "33.75.04": 0.1 } as const;
const OUTSIDE_SHARE = 0.08;
const OVERLOADED_GERAI = 7;

type Counter = { id: string; number: number };
type Service = { id: string; counterId: string; onlineBooking: boolean; durationDays: number; averageServiceMinutes: number };
type Hours = { counterId: string; weekday: number; openMinute: number; closeMinute: number };
type Rule = { id: string; counterId: string; slotMinutes: number; capacityPerSlot: number; serviceId: string | null };

/** Season: busier in January (new year paperwork) and July (school enrolment), quieter around Lebaran. */
function season(day: string): number {
  const m = Number(day.slice(5, 7));
  const base = [0, 1.15, 1.0, 0.95, 0.9, 1.0, 1.05, 1.2, 1.05, 1.0, 1.0, 0.95, 0.9][m]!;
  // Lebaran (approximate) 2025-03-31 and 2026-03-20, 2027-03-10: the week after is quiet.
  for (const l of ["2025-03-31", "2026-03-20", "2027-03-10"]) {
    if (day >= l && day <= addDays(l, 7)) return base * 0.5;
  }
  return base;
}

function addWorkingDays(day: string, n: number, closed: Set<string>): string {
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (weekdayOf(d) <= 5 && !closed.has(d)) left--;
  }
  return d;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const w = providerOf(opts.url) === "postgresql" ? await pgWriter(opts.url) : sqliteWriter(opts.url);
  try {
    const n = (await w.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "Visit"`))[0]?.n ?? 0;
    if (Number(n) > 0) throw new Error(`The database already has ${n} visits: generate into a fresh one.`);
    const counters = await w.query<Counter>(`SELECT "id", "number" FROM "Counter" ORDER BY "number"`);
    const services = (await w.query<Service>(`SELECT "id", "counterId", "onlineBooking", "durationDays", "averageServiceMinutes" FROM "Service" WHERE "isActive" = $1`, [true]))
      .map((s) => ({ ...s, onlineBooking: Boolean(s.onlineBooking) }));
    const hours = await w.query<Hours>(`SELECT "counterId", "weekday", "openMinute", "closeMinute" FROM "CounterHours"`);
    const rules = await w.query<Rule>(`SELECT "id", "counterId", "slotMinutes", "capacityPerSlot", "serviceId" FROM "CapacityRule"`);
    const kelurahan = await w.query<{ code: string; kecamatanCode: string }>(`SELECT "code", "kecamatanCode" FROM "Kelurahan"`);
    const closures = await w.query<{ dayWib: string; counterId: string | null }>(`SELECT "dayWib", "counterId" FROM "Closure"`);
    const mppClosed = new Set(closures.filter((c) => c.counterId === null).map((c) => c.dayWib));

    const rnd = prng(opts.seed);
    const from = addDays(opts.end, -(opts.days - 1));
    const dayList: string[] = [];
    for (let d = from; d <= opts.end; d = addDays(d, 1)) dayList.push(d);

    // Capacity per gerai per weekday (seeded rules), then scaled to a large MPP.
    const baseCap = (c: Counter, weekday: number) => {
      const rule = rules.find((r) => r.counterId === c.id && r.serviceId === null);
      if (!rule) return 0;
      return hours
        .filter((h) => h.counterId === c.id && h.weekday === weekday)
        .reduce((s, h) => s + Math.floor((h.closeMinute - h.openMinute) / rule.slotMinutes) * rule.capacityPerSlot, 0);
    };
    const openDays = dayList.filter((d) => !mppClosed.has(d) && counters.some((c) => baseCap(c, weekdayOf(d)) > 0));
    const avgBaseCap = openDays.reduce((s, d) => s + counters.reduce((t, c) => t + baseCap(c, weekdayOf(d)), 0), 0) / Math.max(1, openDays.length);
    const TARGET_UTIL = 0.75;
    const capScale = Math.max(1, opts.perDay / (avgBaseCap * TARGET_UTIL));
    for (const r of rules) {
      const scaled = Math.max(1, Math.round(r.capacityPerSlot * capScale));
      await w.query(`UPDATE "CapacityRule" SET "capacityPerSlot" = $1 WHERE "id" = $2`, [scaled, r.id]);
      r.capacityPerSlot = scaled;
    }
    const cap = (c: Counter, weekday: number) => baseCap(c, weekday);

    // Utilisation per gerai (45-85 %), JKN ramps up; scaled so the mean day is about perDay.
    const util = new Map(counters.map((c) => [c.id, 0.45 + rnd.next() * 0.4]));
    const jkn = counters.find((c) => c.number === OVERLOADED_GERAI);
    const utilOn = (c: Counter, i: number) =>
      c === jkn ? 0.85 + 0.6 * (i / Math.max(1, dayList.length - 1)) : util.get(c.id)! * (0.9 + 0.2 * (i / dayList.length));
    let expected = 0;
    dayList.forEach((d, i) => {
      if (mppClosed.has(d)) return;
      for (const c of counters) expected += cap(c, weekdayOf(d)) * utilOn(c, i) * season(d);
    });
    const demandScale = (opts.perDay * openDays.length) / Math.max(1, expected);

    const servicesOf = new Map(counters.map((c) => [c.id, services.filter((s) => s.counterId === c.id)]));
    const kelByKec = new Map<string, string[]>();
    for (const k of kelurahan) kelByKec.set(k.kecamatanCode, [...(kelByKec.get(k.kecamatanCode) ?? []), k.code]);
    const domicile = (c: Counter): { kelurahanCode: string | null; outsideCity: boolean } => {
      if (rnd.next() < OUTSIDE_SHARE) return { kelurahanCode: null, outsideCity: true };
      const weights = c === jkn ? JKN_WEIGHTS : KECAMATAN_WEIGHTS;
      const kec = rnd.weighted(Object.entries(weights).map(([item, weight]) => ({ item, weight })));
      return { kelurahanCode: rnd.pick(kelByKec.get(kec) ?? [null as unknown as string]) ?? null, outsideCity: false };
    };

    let seq = 0;
    const id = (prefix: string) => `${prefix}${(seq++).toString(36).padStart(9, "0")}`;
    const VISIT_COLS = ["id", "counterId", "serviceId", "bookingId", "source", "dayWib", "hourWib", "queueNumber", "status", "name", "kelurahanCode", "outsideCity", "checkedInAt", "calledAt", "serviceStartedAt", "finishedAt", "waitSeconds", "serviceSeconds", "transferredFrom"];
    const SLOT_COLS = ["id", "scopeKey", "counterId", "startsAt", "endsAt", "dayWib", "capacity", "booked"];
    const BOOKING_COLS = ["id", "code", "serviceId", "counterId", "slotId", "startsAt", "dayWib", "nikHash", "nikEncrypted", "nikMasked", "name", "phoneEncrypted", "phoneHash", "phoneMasked", "kelurahanCode", "outsideCity", "status", "consentAt", "consentVersion", "cancelledAt", "checkedInAt", "createdAt", "updatedAt"];
    const APP_COLS = ["id", "code", "serviceId", "counterId", "visitId", "applicantName", "nikHash", "nikEncrypted", "nikMasked", "kelurahanCode", "outsideCity", "status", "receivedDayWib", "dueDayWib", "completedAt", "completedDayWib", "createdAt", "updatedAt"];
    const COUNT_COLS = ["dayWib", "counterId", "serviceId", "source", "count"];
    let visits: Value[][] = [];
    let slots: Value[][] = [];
    let bookings: Value[][] = [];
    let apps: Value[][] = [];
    let counts: Value[][] = [];
    const totals = { visits: 0, arrivals: 0, bookings: 0, applications: 0 };
    const flush = async (force = false) => {
      if (!force && visits.length < 20_000) return;
      await w.insert("Slot", SLOT_COLS, slots);
      await w.insert("Booking", BOOKING_COLS, bookings);
      await w.insert("Visit", VISIT_COLS, visits);
      await w.insert("Application", APP_COLS, apps);
      await w.insert("DailyVisitCount", COUNT_COLS, counts);
      totals.visits += visits.length;
      totals.bookings += bookings.length;
      totals.applications += apps.length;
      visits = [];
      slots = [];
      bookings = [];
      apps = [];
      counts = [];
    };
    const bookingRow = (b: { id: string; serviceId: string; counterId: string; slotId: string; startsAt: Date; day: string; status: string; dom: { kelurahanCode: string | null; outsideCity: boolean }; checkedInAt: Date | null }): Value[] => {
      const created = new Date(b.startsAt.getTime() - (1 + rnd.int(10)) * 86_400_000);
      return [
        b.id, `H${b.id.slice(1).toUpperCase()}`, b.serviceId, b.counterId, b.slotId, b.startsAt, b.day, `gen-${b.id}`, "generated", "3375********0000",
        "Warga Contoh", "generated", `gen-${b.id}`, "0812****0000", b.dom.kelurahanCode, b.dom.outsideCity, b.status, created, "history",
        b.status === "CANCELLED" ? new Date(created.getTime() + 3_600_000) : null, b.checkedInAt, created, created,
      ];
    };

    for (const [i, day] of dayList.entries()) {
      if (mppClosed.has(day)) continue;
      const weekday = weekdayOf(day);
      const dailyCount = new Map<string, number>();
      const slotBooked = new Map<string, { id: string; counterId: string; startsAt: Date; n: number }>();
      const takeSlot = (counterId: string, minute: number, slotMinutes: number) => {
        const startMinute = minute - (minute % slotMinutes);
        const key = `${counterId}:${startMinute}`;
        let s = slotBooked.get(key);
        if (!s) {
          s = { id: id("s"), counterId, startsAt: wibInstant(day, startMinute), n: 0 };
          slotBooked.set(key, s);
        }
        s.n++;
        return s;
      };
      let transfers = 0;
      for (const c of counters) {
        const capToday = cap(c, weekday);
        const windows = hours.filter((h) => h.counterId === c.id && h.weekday === weekday);
        const svc = servicesOf.get(c.id) ?? [];
        if (capToday === 0 || windows.length === 0 || svc.length === 0) continue;
        const rule = rules.find((r) => r.counterId === c.id && r.serviceId === null)!;
        const u = utilOn(c, i);
        const n = rnd.poisson(capToday * u * season(day) * demandScale * (0.9 + 0.2 * rnd.next()));
        // Queue waits grow with the day's load; the overloaded gerai's load grows over time.
        const load = n / capToday;
        const waitMeanMin = 4 + 22 * Math.max(0, load - 0.55) ** 1.4 + (c === jkn ? 25 * (i / dayList.length) : 0);
        const arrivals = Array.from({ length: n }, () => {
          const win = rnd.weighted(windows.map((h) => ({ item: h, weight: h.closeMinute - h.openMinute })));
          const span = Math.max(1, win.closeMinute - win.openMinute - 15);
          return win.openMinute + Math.floor(span * rnd.next() ** 1.6);
        }).sort((a, b) => a - b);
        let queue = 0;
        const noShowRate = c === jkn ? 0.2 : 0.1;
        for (const minute of arrivals) {
          queue++;
          const service = rnd.pick(svc);
          const checkedInAt = wibInstant(day, minute + rnd.next());
          const dom = domicile(c);
          const booked = service.onlineBooking && rnd.next() < 0.4;
          const source = booked ? "BOOKING" : "WALK_IN";
          let bookingId: string | null = null;
          if (booked) {
            const slot = takeSlot(c.id, minute, rule.slotMinutes);
            bookingId = id("b");
            bookings.push(bookingRow({ id: bookingId, serviceId: service.id, counterId: c.id, slotId: slot.id, startsAt: slot.startsAt, day, status: "COMPLETED", dom, checkedInAt }));
            // Bookings for the same slot that never came, or were cancelled.
            const r = rnd.next();
            if (r < noShowRate / (1 - noShowRate)) {
              const s2 = takeSlot(c.id, minute, rule.slotMinutes);
              bookings.push(bookingRow({ id: id("b"), serviceId: service.id, counterId: c.id, slotId: s2.id, startsAt: s2.startsAt, day, status: "NO_SHOW", dom: domicile(c), checkedInAt: null }));
            } else if (r > 0.94) {
              bookings.push(bookingRow({ id: id("b"), serviceId: service.id, counterId: c.id, slotId: takeSlot(c.id, minute, rule.slotMinutes).id, startsAt: wibInstant(day, minute - (minute % rule.slotMinutes)), day, status: "CANCELLED", dom: domicile(c), checkedInAt: null }));
              slotBooked.get(`${c.id}:${minute - (minute % rule.slotMinutes)}`)!.n--;
            }
          }
          const wait = Math.round(rnd.exp(waitMeanMin * 60) * (0.6 + 0.8 * (queue / Math.max(1, n))));
          const calledAt = new Date(checkedInAt.getTime() + wait * 1000);
          const outcome = rnd.next();
          const visitId = id("v");
          const key = `${c.id}|${service.id}|${source}`;
          dailyCount.set(key, (dailyCount.get(key) ?? 0) + 1);
          totals.arrivals++;
          if (outcome < 0.01) {
            // Transferred: the visitor continues at another gerai open today.
            visits.push([visitId, c.id, service.id, bookingId, source, day, Math.floor(minute / 60), queue, "TRANSFERRED", "Warga Contoh", dom.kelurahanCode, dom.outsideCity, checkedInAt, calledAt, null, calledAt, wait, null, null]);
            const other = counters.find((o) => o !== c && cap(o, weekday) > 0 && (servicesOf.get(o.id) ?? []).length > 0 && rnd.next() < 0.2) ?? counters.find((o) => o !== c && cap(o, weekday) > 0);
            if (other) {
              const s2 = rnd.pick(servicesOf.get(other.id)!);
              const at = new Date(calledAt.getTime() + (5 + rnd.int(15)) * 60_000);
              const w2 = Math.round(rnd.exp(8 * 60));
              const sv2 = Math.round(s2.averageServiceMinutes * 60 * Math.exp(0.35 * rnd.normal()));
              const start2 = new Date(at.getTime() + w2 * 1000);
              visits.push([id("v"), other.id, s2.id, null, source, dayWib(at), Number(new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(11, 13)), 10_000 + ++transfers, "DONE", "Warga Contoh", dom.kelurahanCode, dom.outsideCity, at, start2, start2, new Date(start2.getTime() + sv2 * 1000), w2, sv2, visitId]);
            }
            continue;
          }
          if (outcome < 0.03) {
            // Called but gone: a queue no-show.
            visits.push([visitId, c.id, service.id, bookingId, source, day, Math.floor(minute / 60), queue, "NO_SHOW", "Warga Contoh", dom.kelurahanCode, dom.outsideCity, checkedInAt, calledAt, null, null, wait, null, null]);
            continue;
          }
          const serviceSeconds = Math.max(60, Math.round(service.averageServiceMinutes * 60 * Math.exp(0.35 * rnd.normal())));
          const finishedAt = new Date(calledAt.getTime() + serviceSeconds * 1000);
          visits.push([visitId, c.id, service.id, bookingId, source, day, Math.floor(minute / 60), queue, "DONE", "Warga Contoh", dom.kelurahanCode, dom.outsideCity, checkedInAt, calledAt, calledAt, finishedAt, wait, serviceSeconds, null]);
          if (service.durationDays > 0) {
            const due = addWorkingDays(day, service.durationDays, mppClosed);
            const r = rnd.next();
            const onTimeShare = c === jkn ? 0.7 : 0.88;
            let status = "SELESAI";
            let completedAt: Date | null = null;
            if (r < 0.03) status = "DITOLAK";
            else {
              const doneDay = r < 0.03 + onTimeShare ? addDays(day, 1 + rnd.int(Math.max(1, Math.round(service.durationDays * 1.3)))) : addDays(due, 1 + rnd.int(6));
              const d = doneDay > due && r < 0.03 + onTimeShare ? due : doneDay;
              if (d > opts.end) status = "DIPROSES";
              else completedAt = wibInstant(d, 9 * 60 + rnd.int(6 * 60));
            }
            apps.push([id("a"), `PMH-${seq.toString(36).toUpperCase()}`, service.id, c.id, visitId, "Warga Contoh", `gen-${visitId}`, "generated", "3375********0000", dom.kelurahanCode, dom.outsideCity, status, day, due, completedAt, completedAt && dayWib(completedAt), calledAt, completedAt ?? calledAt]);
          }
        }
      }
      for (const s of slotBooked.values()) {
        const capSlot = rules.find((r) => r.counterId === s.counterId && r.serviceId === null)!;
        slots.push([s.id, s.counterId, s.counterId, s.startsAt, new Date(s.startsAt.getTime() + capSlot.slotMinutes * 60_000), day, Math.max(s.n, capSlot.capacityPerSlot), Math.max(0, s.n)]);
      }
      for (const [key, count] of dailyCount) {
        const [counterId, serviceId, source] = key.split("|");
        counts.push([day, counterId!, serviceId!, source!, count]);
      }
      await flush();
      if (i % 60 === 0) process.stdout.write(`  ${day}: ${totals.visits + visits.length} visits so far\n`);
    }
    await flush(true);
    await w.inTransaction(REBUILD_ROLLUPS_SQL);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Generated ${from}..${opts.end}: ${totals.visits} visits (${totals.arrivals} arrivals, ${(totals.arrivals / openDays.length).toFixed(0)} per open day), ` +
        `${totals.bookings} bookings, ${totals.applications} applications; capacity per slot x${capScale.toFixed(2)}; ${secs} s`,
    );
  } finally {
    await w.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
