// The statistics rollups (lib/stats/rollup.ts) against the visits they count, both providers.
// Three days of queue traffic through the real functions (bookings made the day before, early,
// on-time and late check-ins, walk-ins from several kelurahan and from outside the city, calls,
// recalls, skips, service, transfers from waiting, called and serving, visits left waiting,
// called and serving at closing time) and applications completed before, on (23:30 WIB) and
// after (00:30 WIB) their due day. Then:
// - the rollup rows the queue wrote equal those recomputed from Visit (REBUILD_ROLLUPS_SQL, the
//   migration's backfill);
// - every figure of the dashboard and of a gerai report (read from the rollups, the percentile
//   index and the application index) equals the same figure computed here from the raw rows.
// Days: Monday 14 - Wednesday 16 December 2026; the dashboard is read on Monday 21 December.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type * as ApplicationModule from "@/lib/applications/service";
import type * as BookingModule from "@/lib/bookings/service";
import type * as QueueModule from "@/lib/queue/service";
import type { VisitView } from "@/lib/queue/types";
import { mean, percentileNearestRank } from "@/lib/stats/math";
import { getDashboard, getGeraiReport, type Dashboard, type GeraiReport } from "@/lib/stats/queries";
import { REBUILD_ROLLUPS_SQL } from "@/lib/stats/rollup";
import { addDays, weekdayOf, wibInstant } from "@/lib/time";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";

const DAYS = ["2026-12-14", "2026-12-15", "2026-12-16"];
const PERIOD = { from: "2026-12-14", to: "2026-12-20" };
const READ_AT = new Date("2026-12-21T03:00:00+07:00"); // Monday 21 December, 10.00 WIB
const KTP = "ktp-el-baru"; // gerai 1
const AKTA = "akta-kelahiran"; // gerai 2
const JKN = "pendaftaran-jkn-pbi-dinkes"; // gerai 7 (Pekalongan Selatan and Barat only)
const PODOSUGIH = "33.75.01.1003"; // Pekalongan Barat
const KRAPYAK = "33.75.03.1002"; // Pekalongan Utara
const SELATAN = "33.75.04.1002"; // Pekalongan Selatan

type Domicile = { kelurahanCode?: string; outsideCity?: boolean };
const OUTSIDE: Domicile = { outsideCity: true };

describe.each(PROVIDERS)("statistics rollups on %s", (provider) => {
  let t: TestDb;
  let q: typeof QueueModule;
  let bk: typeof BookingModule;
  let apps: typeof ApplicationModule;
  let desk: Actor;
  let officer: Record<number, Actor>;
  let official: Actor;
  let seq = 1;
  const ids: Record<string, string> = {};
  let dash: Dashboard;
  let gerai1: GeraiReport;

  const at = (day: string, minute: number) => wibInstant(day, minute);

  async function book(day: string, slug: string, hhmm: string, dom: Domicile): Promise<string> {
    const i = seq++;
    const r = await bk.createBooking(
      { serviceSlug: slug, slotStart: `${day}T${hhmm}:00+07:00`, nik: nikFor(i), name: "Siti Aminah", phone: phoneFor(i), ...dom, consent: true },
      { now: at(addDays(day, -1), 10 * 60) },
      t.db,
    );
    return r.booking.code;
  }
  const walkIn = (slug: string, now: Date, dom: Domicile) =>
    q.registerWalkIn(desk, { serviceId: ids[slug]!, nik: nikFor(seq++), name: "Budi Santoso", ...dom, consent: true }, { now }, t.db);

  /** One day of traffic; `i` shifts the times so that the days differ. */
  async function day(d: string, i: number) {
    let clock = 7 * 60 + 50 + i; // minutes after midnight WIB
    const tick = (n: number) => at(d, (clock += n + ((i * 7 + clock) % 5)));
    const codes = {
      ktp0800: await book(d, KTP, "08:00", { kelurahanCode: PODOSUGIH }),
      ktp0830: await book(d, KTP, "08:30", { kelurahanCode: KRAPYAK }),
      ktp0900: await book(d, KTP, "09:00", OUTSIDE), // checked in late (after the sweep)
      ktp1100: await book(d, KTP, "11:00", { kelurahanCode: SELATAN }), // never comes
      akta1030: await book(d, AKTA, "10:30", { kelurahanCode: PODOSUGIH }),
    };
    const g1 = officer[1]!;
    const g2 = officer[2]!;
    const g7 = officer[7]!;
    const finish = async (o: Actor, v: VisitView, minutes: number) => {
      await q.startService(o, v.id, { now: tick(1) }, t.db);
      return q.finishService(o, v.id, { now: tick(minutes) }, t.db);
    };

    await q.checkInBooking(desk, codes.ktp0800, { now: tick(5) }, t.db); // early
    await walkIn(KTP, tick(3), OUTSIDE);
    await walkIn(AKTA, tick(2), { kelurahanCode: KRAPYAK });
    await walkIn(JKN, tick(1), { kelurahanCode: SELATAN });
    let v = await q.callNext(g1, 1, { now: tick(4) }, t.db);
    await finish(g1, v, 6 + i);
    await q.checkInBooking(desk, codes.ktp0830, { now: tick(2) }, t.db);
    v = await q.callNext(g1, 1, { now: tick(3) }, t.db);
    await q.skipVisit(g1, v.id, { now: tick(4) }, t.db);
    v = await q.callNext(g2, 2, { now: tick(1) }, t.db);
    await q.recallVisit(g2, v.id, { now: tick(2) }, t.db);
    await finish(g2, v, 11);
    await walkIn(KTP, tick(2), { kelurahanCode: PODOSUGIH });
    v = await q.callNext(g1, 1, { now: tick(5 + i) }, t.db);
    await q.startService(g1, v.id, { now: tick(1) }, t.db);
    const movedServing = await q.transferVisit(g1, v.id, ids[AKTA]!, { now: tick(3) }, t.db); // from SERVING
    v = await q.callNext(g7, 7, { now: tick(2) }, t.db);
    await finish(g7, v, 14);
    await q.callVisit(g2, movedServing.id, { now: tick(6) }, t.db);
    await finish(g2, movedServing, 9 + i);
    await q.checkInBooking(desk, codes.ktp0900, { now: tick(30) }, t.db); // late: swept NO_SHOW, then checked in
    await q.checkInBooking(desk, codes.akta1030, { now: tick(20) }, t.db);
    v = await q.callNext(g1, 1, { now: tick(8) }, t.db);
    await finish(g1, v, 4);
    v = await q.callNext(g2, 2, { now: tick(3) }, t.db);
    await q.transferVisit(g2, v.id, ids[KTP]!, { now: tick(2) }, t.db); // from CALLED
    const waiting = await walkIn(KTP, tick(4), { kelurahanCode: KRAPYAK });
    await q.transferVisit(g1, waiting.id, ids[JKN]!, { now: tick(2) }, t.db); // from WAITING
    v = await q.callNext(g1, 1, { now: tick(20 + 3 * i) }, t.db); // the transferred one, or whoever comes first
    await finish(g1, v, 7);
    await walkIn(AKTA, tick(10), OUTSIDE);
    v = await q.callNext(g1, 1, { now: tick(2) }, t.db);
    await q.startService(g1, v.id, { now: tick(2) }, t.db); // left SERVING
    await q.callNext(g2, 2, { now: tick(5) }, t.db); // left CALLED
    await walkIn(KTP, tick(30), { kelurahanCode: PODOSUGIH }); // left WAITING
  }

  async function tickAll(actor: Actor, code: string, now: Date) {
    const view = await apps.getForStaff(actor, code, { now }, t.db);
    for (const r of view.requirements) await apps.setRequirementCheck(actor, code, r.id, true, { now }, t.db);
  }

  /** An application received on `received` and moved to `to` at `minutesAfterDue` (WIB minutes after the start of its due day). */
  async function application(received: string, to: "SELESAI" | "DITOLAK" | "DIPROSES", minutesAfterDue?: number) {
    const o = officer[1]!;
    const now = at(received, 10 * 60);
    const { code } = await apps.createDirect(
      o,
      { service: KTP, nik: nikFor(seq++), name: "Budi Santoso", kelurahanCode: PODOSUGIH, consent: true },
      { now },
      t.db,
    );
    if (to === "DITOLAK") {
      await apps.changeStatus(o, code, "DITOLAK", { reason: "Berkas tidak sesuai" }, { now }, t.db);
      return;
    }
    await apps.changeStatus(o, code, "VERIFIKASI_BERKAS", {}, { now }, t.db);
    await tickAll(o, code, now);
    await apps.changeStatus(o, code, "DIPROSES", {}, { now }, t.db);
    if (to === "DIPROSES") return;
    const due = (await t.db.application.findUniqueOrThrow({ where: { code }, select: { dueDayWib: true } })).dueDayWib;
    await apps.changeStatus(o, code, "SELESAI", {}, { now: at(due, minutesAfterDue!) }, t.db);
  }

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    q = await import("@/lib/queue/service");
    bk = await import("@/lib/bookings/service");
    apps = await import("@/lib/applications/service");
    for (const slug of [KTP, AKTA, JKN]) ids[slug] = (await t.db.service.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    desk = await makeStaff(t.db, "FRONT_DESK");
    officer = { 1: await makeStaff(t.db, "OFFICER", [1]), 2: await makeStaff(t.db, "OFFICER", [2]), 7: await makeStaff(t.db, "OFFICER", [7]) };
    official = await makeStaff(t.db, "OFFICIAL");
    for (const [i, d] of DAYS.entries()) await day(d, i);
    // Applications due in the period (KTP: due the day received): on time (11.00, 23.30 and 23.59
    // WIB on the due day), late
    // (00:30 WIB the day after; and unfinished past the due day), rejected, not due yet.
    await application("2026-12-14", "SELESAI", 11 * 60);
    await application("2026-12-14", "SELESAI", 23 * 60 + 30);
    await application("2026-12-15", "SELESAI", 24 * 60 + 30);
    await application("2026-12-15", "DIPROSES");
    await application("2026-12-16", "DITOLAK");
    await application("2026-12-16", "SELESAI", 23 * 60 + 59);
    dash = await getDashboard(t.db, official, PERIOD, { now: READ_AT });
    gerai1 = await getGeraiReport(t.db, official, 1, PERIOD, { now: READ_AT });
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t?.drop();
    vi.unstubAllEnvs();
  });

  async function rollupRows() {
    const order = (keys: string[]) => keys.map((k) => ({ [k]: "asc" as const }));
    const [service, hour, domicile, arrivals] = await Promise.all([
      t.db.dailyServiceStat.findMany({ orderBy: order(["counterId", "dayWib", "serviceId"]) }),
      t.db.dailyHourCount.findMany({ orderBy: order(["counterId", "dayWib", "hourWib"]) }),
      t.db.dailyDomicileCount.findMany({ orderBy: order(["counterId", "dayWib", "domicile"]) }),
      t.db.dailyArrivalDomicile.findMany({ orderBy: order(["dayWib", "domicile"]) }),
    ]);
    return { service, hour, domicile, arrivals };
  }

  it("the queue wrote exactly the rollups that rebuilding them from the visits gives", async () => {
    const written = await rollupRows();
    expect(written.service.length).toBeGreaterThan(6);
    expect(written.service.reduce((s, r) => s + r.visits, 0)).toBe(await t.db.visit.count());
    await t.db.$transaction(async (tx) => {
      for (const sql of REBUILD_ROLLUPS_SQL) await tx.$executeRawUnsafe(sql);
    });
    expect(await rollupRows()).toEqual(written);
  });

  /** The dashboard's figures computed here from the raw rows (the definitions in lib/stats/queries.ts). */
  async function raw() {
    const visits = await t.db.visit.findMany({
      where: { dayWib: { gte: PERIOD.from, lte: PERIOD.to } },
      select: { dayWib: true, hourWib: true, waitSeconds: true, serviceSeconds: true, kelurahanCode: true, outsideCity: true, transferredFrom: true, counter: { select: { number: true } }, service: { select: { slug: true } } },
    });
    const kecamatanOf = new Map((await t.db.kelurahan.findMany({ select: { code: true, kecamatanCode: true } })).map((k) => [k.code, k.kecamatanCode]));
    const count = <T>(rows: T[], key: (r: T) => string | number) => {
      const m = new Map<string | number, number>();
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
      return Object.fromEntries(m);
    };
    const domicileOf = (v: (typeof visits)[number]) => (v.kelurahanCode ? kecamatanOf.get(v.kelurahanCode)! : v.outsideCity ? "OUTSIDE" : "UNKNOWN");
    const values = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
    const gerai = (n: number) => {
      const rows = visits.filter((v) => v.counter.number === n);
      const waits = values(rows.map((v) => v.waitSeconds));
      const services = values(rows.map((v) => v.serviceSeconds));
      return {
        visitors: rows.length,
        avgWaitSeconds: mean(waits),
        p90WaitSeconds: percentileNearestRank(waits, 90),
        avgServiceSeconds: mean(services),
        p90ServiceSeconds: percentileNearestRank(services, 90),
      };
    };
    const arrivals = visits.filter((v) => v.transferredFrom === null);
    const appRows = await t.db.application.findMany({
      where: { dueDayWib: { gte: PERIOD.from, lte: PERIOD.to } },
      select: { status: true, dueDayWib: true, completedAt: true, counter: { select: { number: true } } },
    });
    const today = "2026-12-21";
    const onTime = appRows.filter((a) => a.status === "SELESAI" && a.completedAt! < wibInstant(addDays(a.dueDayWib, 1), 0));
    const late = appRows.filter(
      (a) => (a.status === "SELESAI" && !onTime.includes(a)) || (a.status !== "SELESAI" && a.status !== "DITOLAK" && a.dueDayWib < today),
    );
    const g1 = visits.filter((v) => v.counter.number === 1);
    return {
      gerai,
      byService: count(visits, (v) => v.service.slug),
      byKecamatan: count(arrivals, domicileOf),
      byHour: count(arrivals, (v) => v.hourWib),
      heat: count(arrivals, (v) => `${weekdayOf(v.dayWib)}:${v.hourWib}`),
      applications: { onTime: onTime.length, late: late.length },
      gerai1: {
        days: count(g1, (v) => v.dayWib),
        waitByDay: Object.fromEntries(DAYS.map((d) => [d, mean(values(g1.filter((v) => v.dayWib === d).map((v) => v.waitSeconds)))])),
        byHour: count(g1, (v) => v.hourWib),
        domicile: count(g1, domicileOf),
        byService: count(g1, (v) => v.service.slug),
      },
    };
  }

  it("every gerai's visitors, mean and P90 waiting and service times equal those of the raw visits", async () => {
    const r = await raw();
    for (const n of [1, 2, 7]) {
      const row = dash.byGerai.find((g) => g.number === n)!;
      const expected = r.gerai(n);
      expect(expected.visitors).toBeGreaterThan(0);
      expect({
        visitors: row.visitors,
        avgWaitSeconds: row.avgWaitSeconds,
        p90WaitSeconds: row.p90WaitSeconds,
        avgServiceSeconds: row.avgServiceSeconds,
        p90ServiceSeconds: row.p90ServiceSeconds,
      }).toEqual(expected);
    }
    for (const g of dash.byGerai.filter((x) => ![1, 2, 7].includes(x.number))) expect(g.visitors).toBe(0);
    expect(r.gerai(1).visitors).toBe(gerai1.evaluation.visitors);
  });

  it("visitors per service, domicile, hour and weekday x hour equal those of the raw visits", async () => {
    const r = await raw();
    expect(Object.fromEntries(dash.byService.map((s) => [s.key, s.visitors]))).toEqual(r.byService);
    expect(Object.fromEntries(dash.byKecamatan.filter((k) => k.visitors > 0).map((k) => [k.code, k.visitors]))).toEqual(r.byKecamatan);
    expect(Object.fromEntries(dash.byHour.filter((h) => h.visitors > 0).map((h) => [h.hour, h.visitors]))).toEqual(r.byHour);
    expect(Object.fromEntries(dash.heatmap.filter((c) => c.visitors > 0).map((c) => [`${c.weekday}:${c.hour}`, c.visitors]))).toEqual(r.heat);
    expect(dash.headline.arrivals).toBe(Object.values(r.byKecamatan).reduce((s, n) => s + n, 0));
  });

  it("applications on time and late (due day in WIB) equal those of the raw rows", async () => {
    const r = await raw();
    expect(r.applications).toEqual({ onTime: 3, late: 2 });
    const row = dash.byGerai.find((g) => g.number === 1)!;
    expect({ onTime: row.applicationsOnTime, late: row.applicationsLate }).toEqual(r.applications);
  });

  it("a gerai report's days, hours, domicile and services equal those of the raw visits", async () => {
    const r = await raw();
    expect(Object.fromEntries(gerai1.days.filter((d) => d.visitors > 0).map((d) => [d.day, d.visitors]))).toEqual(r.gerai1.days);
    expect(Object.fromEntries(gerai1.days.filter((d) => d.visitors > 0).map((d) => [d.day, d.avgWaitSeconds]))).toEqual(r.gerai1.waitByDay);
    expect(Object.fromEntries(gerai1.byHour.filter((h) => h.visitors > 0).map((h) => [h.hour, h.visitors]))).toEqual(r.gerai1.byHour);
    expect(Object.fromEntries(gerai1.domicile.filter((k) => k.visitors > 0).map((k) => [k.code, k.visitors]))).toEqual(r.gerai1.domicile);
    expect(Object.fromEntries(gerai1.byService.map((s) => [s.key, s.visitors]))).toEqual(r.gerai1.byService);
  });
});
