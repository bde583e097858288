// Officials' statistics on both databases: every figure computed from visits, bookings and
// applications written here, with known numbers, compared exactly. Includes visits at 23:30 and
// 00:30 WIB (their WIB day is not their UTC day), a transfer, no-shows, a cancelled booking,
// a day over capacity and an application completed at 00:30 WIB the day after its due day.
//
// Week under test: Monday 2026-11-02 .. Sunday 2026-11-08 (no holidays); "now" is Sunday
// 2026-11-08 10:00 WIB, so Monday-Saturday are past. Previous week: 2026-10-26 .. 2026-11-01.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDailyStats, getDashboard, getGeraiReport, type Dashboard } from "@/lib/stats/queries";
import { wibInstant } from "@/lib/time";
import { PROVIDERS } from "../helpers/providers";
import { counterId, makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeApplication, makeBooking, makeVisit } from "../helpers/visits";

const PERIOD = { from: "2026-11-02", to: "2026-11-08" };
const NOW = wibInstant("2026-11-08", 10 * 60);
const BARAT = "33.75.01.1003";
const TIMUR = "33.75.02.1004";
const UTARA = "33.75.03.1002";
const SELATAN = "33.75.04.1002";

describe.each(PROVIDERS)("statistics on %s", (provider) => {
  let t: TestDb;
  let official: Actor;
  let dash: Dashboard;
  let g1: string;
  let g2: string;

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    const db = t.db;
    official = await makeStaff(db, "OFFICIAL");
    g1 = await counterId(db, 1);
    g2 = await counterId(db, 2);
    const ktp = await db.service.findUniqueOrThrow({ where: { slug: "ktp-el-baru" }, select: { id: true } });
    const akta = await db.service.findUniqueOrThrow({ where: { slug: "akta-kelahiran" }, select: { id: true } });
    // Gerai 1 (Mon-Thu 08-14, Fri 08-10.30, Sat 09-12): hourly slots of 1 -> 6, 6, 6, 6, 2, 3, 0.
    await db.capacityRule.update({ where: { scopeKey: g1 }, data: { slotMinutes: 60, capacityPerSlot: 1 } });
    // Gerai 2: a slot longer than any opening window -> capacity 0 every day.
    await db.capacityRule.update({ where: { scopeKey: g2 }, data: { slotMinutes: 600, capacityPerSlot: 1 } });

    // Monday: 7 arrivals at gerai 1 from 08:00, every 10 minutes (capacity 6): 4 booked, 3 walk-in.
    const waits = [60, 120, 180, 240, 300, 600, 1200];
    const domiciles: { kelurahanCode?: string; outsideCity?: boolean }[] = [
      { kelurahanCode: BARAT }, { kelurahanCode: BARAT }, { kelurahanCode: BARAT }, { kelurahanCode: BARAT },
      { kelurahanCode: BARAT }, { kelurahanCode: TIMUR }, { outsideCity: true },
    ];
    for (let i = 0; i < 7; i++) {
      const bookingId = i < 4 ? await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-02", status: "COMPLETED" }) : null;
      await makeVisit(db, {
        counterId: g1,
        serviceId: ktp.id,
        source: i < 4 ? "BOOKING" : "WALK_IN",
        bookingId,
        checkedInAt: wibInstant("2026-11-02", 8 * 60 + 10 * i),
        waitSeconds: waits[i],
        serviceSeconds: 300,
        ...domiciles[i],
      });
    }
    // Tuesday 23:30 WIB (= Tuesday 16:30 UTC) and Wednesday 00:30 WIB (= Tuesday 17:30 UTC).
    await makeVisit(db, { counterId: g1, serviceId: ktp.id, checkedInAt: new Date("2026-11-03T16:30:00Z"), waitSeconds: 30, serviceSeconds: 60, kelurahanCode: SELATAN });
    await makeVisit(db, { counterId: g1, serviceId: ktp.id, checkedInAt: new Date("2026-11-03T17:30:00Z"), waitSeconds: 45, serviceSeconds: 90, kelurahanCode: UTARA });
    // Thursday 09:00: transferred from gerai 1 to gerai 2 (one arrival, two visits).
    const original = await makeVisit(db, { counterId: g1, serviceId: ktp.id, checkedInAt: wibInstant("2026-11-05", 9 * 60), waitSeconds: 100, status: "TRANSFERRED", kelurahanCode: BARAT });
    await makeVisit(db, { counterId: g2, serviceId: akta.id, checkedInAt: wibInstant("2026-11-05", 9 * 60 + 20), waitSeconds: 200, serviceSeconds: 400, kelurahanCode: BARAT, transferredFrom: original });
    // Friday 10:00: a walk-in at gerai 2 without a recorded domicile.
    await makeVisit(db, { counterId: g2, serviceId: akta.id, checkedInAt: wibInstant("2026-11-06", 10 * 60), waitSeconds: 50, serviceSeconds: 100 });
    // Previous week: 3 arrivals on Tuesday 2026-10-27.
    for (let i = 0; i < 3; i++) {
      await makeVisit(db, { counterId: g1, serviceId: ktp.id, checkedInAt: wibInstant("2026-10-27", 9 * 60 + i), waitSeconds: 10, serviceSeconds: 10 });
    }

    // Bookings at gerai 1: 4 completed (Monday, above), 2 no-shows and 1 cancelled (Tuesday),
    // 1 still booked for Sunday (today: not past), 1 next week (outside the period).
    await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-03", status: "NO_SHOW" });
    await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-03", status: "NO_SHOW" });
    await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-03", status: "CANCELLED" });
    await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-08", status: "BOOKED" });
    await makeBooking(db, { counterId: g1, serviceId: ktp.id, day: "2026-11-12", status: "BOOKED" });

    // Applications at gerai 1.
    const app = (dueDay: string, status: Parameters<typeof makeApplication>[1]["status"], completedAt?: Date) =>
      makeApplication(db, { counterId: g1, serviceId: ktp.id, receivedDay: "2026-11-02", dueDay, status, completedAt });
    await app("2026-11-03", "SELESAI", new Date("2026-11-03T16:30:00Z")); // 23:30 WIB on the due day: on time
    await app("2026-11-03", "SELESAI", new Date("2026-11-03T17:30:00Z")); // 00:30 WIB the day after: late
    await app("2026-11-05", "DIPROSES"); // due day passed, unfinished: late
    await app("2026-11-08", "DIPROSES"); // due today: still pending, not counted
    await app("2026-11-04", "DITOLAK"); // rejected: not counted
    await app("2026-11-12", "SELESAI", new Date("2026-11-10T03:00:00Z")); // due after the period

    dash = await getDashboard(db, official, PERIOD, { now: NOW });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("headline: arrivals (transfers not counted twice) per service day, with the trend", () => {
    expect(dash.headline.arrivals).toBe(11);
    expect(dash.headline.serviceDays).toBe(6); // Monday-Saturday; Sunday closed
    expect(dash.headline.averagePerDay).toBeCloseTo(11 / 6, 12);
    expect(dash.headline.previous).toMatchObject({ from: "2026-10-26", to: "2026-11-01", arrivals: 3, serviceDays: 6 });
    expect(dash.headline.previous.averagePerDay).toBe(0.5);
    expect(dash.headline.trend.direction).toBe("UP");
    expect(dash.headline.trend.change).toBeCloseTo((11 / 6 - 0.5) / 0.5, 12);
  });

  it("buckets days in WIB: 23:30 WIB stays on its day, 00:30 WIB is the next day", () => {
    const day = (d: string) => dash.daily.find((r) => r.day === d);
    expect(dash.daily.map((r) => r.day)).toEqual(["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]);
    expect(day("2026-11-02")).toEqual({ day: "2026-11-02", booking: 4, walkIn: 3, total: 7 });
    expect(day("2026-11-03")!.total).toBe(1);
    expect(day("2026-11-04")!.total).toBe(1);
    expect(day("2026-11-05")!.total).toBe(1);
    expect(day("2026-11-06")!.total).toBe(1);
    expect(dash.bySource).toEqual([
      { source: "BOOKING", visitors: 4, share: 4 / 11 },
      { source: "WALK_IN", visitors: 7, share: 7 / 11 },
    ]);
    const hours = Object.fromEntries(dash.byHour.filter((h) => h.visitors > 0).map((h) => [h.hour, h.visitors]));
    expect(hours).toEqual({ 0: 1, 8: 6, 9: 2, 10: 1, 23: 1 });
    const cell = (w: number, h: number) => dash.heatmap.find((c) => c.weekday === w && c.hour === h)?.visitors;
    expect(cell(1, 8)).toBe(6);
    expect(cell(2, 23)).toBe(1);
    expect(cell(3, 0)).toBe(1);
    expect(cell(4, 9)).toBe(1);
    expect(dash.heatmap.find((c) => c.weekday === 1 && c.hour === 8)).toMatchObject({ days: 1, average: 6 });
  });

  it("weeks are ISO weeks from Monday, months calendar months", () => {
    expect(dash.weekly).toHaveLength(1);
    expect(dash.weekly[0]).toMatchObject({ key: "2026-W45", from: "2026-11-02", to: "2026-11-08", value: 11, booking: 4, walkIn: 7, serviceDays: 6 });
    expect(dash.monthly).toHaveLength(1);
    expect(dash.monthly[0]).toMatchObject({ key: "2026-11", value: 11 });
  });

  it("domicile by kecamatan counts arrivals (the transferred visitor once)", () => {
    const kec = Object.fromEntries(dash.byKecamatan.map((k) => [k.code, k.visitors]));
    expect(kec).toEqual({ "33.75.01": 6, "33.75.02": 1, "33.75.03": 1, "33.75.04": 1, OUTSIDE: 1, UNKNOWN: 1 });
  });

  it("gerai visitors count every visit at the gerai, transfers received included", () => {
    const g = (n: number) => dash.byGerai.find((r) => r.number === n)!;
    expect(g(1).visitors).toBe(10);
    expect(g(2).visitors).toBe(2);
    expect(dash.byService.find((s) => s.key === "ktp-el-baru")!.visitors).toBe(10);
    expect(dash.byService.find((s) => s.key === "akta-kelahiran")!.visitors).toBe(2);
    expect(dash.byAgency.find((a) => a.name.startsWith("Dinas Kependudukan"))!.visitors).toBe(12);
  });

  it("gerai 1: waits and service times (mean, nearest-rank p90), no-shows, on-time applications, capacity", () => {
    const g1row = dash.byGerai.find((r) => r.number === 1)!;
    // Waits: 30 45 60 100 120 180 240 300 600 1200 -> mean 287.5, p90 = 9th = 600.
    expect(g1row.avgWaitSeconds).toBe(287.5);
    expect(g1row.p90WaitSeconds).toBe(600);
    // Service: 60 90 and 7 x 300 (the transferred visit has none) -> mean 250, p90 = 9th of 9 = 300.
    expect(g1row.avgServiceSeconds).toBe(250);
    expect(g1row.p90ServiceSeconds).toBe(300);
    // Bookings not cancelled in the period: 4 + 2 + 1 (Sunday) = 7; past days: 6, of which 2 no-shows.
    expect(g1row.bookings).toBe(7);
    expect(g1row.pastBookings).toBe(6);
    expect(g1row.noShows).toBe(2);
    expect(g1row.noShowRate).toBeCloseTo(2 / 6, 12);
    expect(g1row.applicationsOnTime).toBe(1);
    expect(g1row.applicationsLate).toBe(2);
    expect(g1row.onTimeRate).toBeCloseTo(1 / 3, 12);
    // Capacity 6+6+6+6+2+3+0 = 29; Monday 7 > 6.
    expect(g1row.capacity).toBe(29);
    expect(g1row.capacityUsed).toBeCloseTo(10 / 29, 12);
    expect(g1row.openDays).toBe(6);
    expect(g1row.daysOverCapacity).toBe(1);
    expect(g1row.flags).toEqual([]);
  });

  it("flags gerai 2 as over capacity and gives its domicile breakdown", () => {
    const g2row = dash.byGerai.find((r) => r.number === 2)!;
    expect(g2row.capacity).toBe(0);
    expect(g2row.capacityUsed).toBeNull();
    expect(g2row.daysOverCapacity).toBe(2);
    expect(g2row.flags).toEqual(["DEMAND"]);
    expect(g2row.avgWaitSeconds).toBe(125);
    expect(g2row.p90WaitSeconds).toBe(200);
    expect(dash.overloaded.map((o) => o.gerai.number)).toEqual([2]);
    const dom = Object.fromEntries(dash.overloaded[0]!.domicile.map((k) => [k.code, k.visitors]));
    expect(dom).toMatchObject({ "33.75.01": 1, UNKNOWN: 1 });
  });

  it("one gerai's report agrees with the dashboard row", async () => {
    const r = await getGeraiReport(t.db, official, 1, PERIOD, { now: NOW });
    const row = dash.byGerai.find((x) => x.number === 1)!;
    expect(r.evaluation).toEqual(row);
    expect(r.days.find((d) => d.day === "2026-11-02")).toMatchObject({ visitors: 7, capacity: 6, open: true });
    expect(r.days.find((d) => d.day === "2026-11-08")).toMatchObject({ visitors: 0, capacity: 0, open: false });
    expect(r.byHour.find((h) => h.hour === 23)!.visitors).toBe(1);
    expect(r.weekly).toEqual([{ key: "2026-W45", from: "2026-11-02", to: "2026-11-08", visitors: 10, avgWaitSeconds: 287.5 }]);
  });

  it("daily stats for the API, MPP-wide and for one gerai", async () => {
    const all = await getDailyStats(t.db, official, PERIOD, { now: NOW });
    expect(all.totals).toEqual({ booking: 4, walkIn: 7, total: 11 });
    expect(all.serviceDays).toBe(6);
    const one = await getDailyStats(t.db, official, PERIOD, { counterNumber: 2, now: NOW });
    expect(one.counter).toMatchObject({ number: 2 });
    expect(one.totals).toEqual({ booking: 0, walkIn: 1, total: 1 }); // the transfer is not an arrival
    await expect(getDailyStats(t.db, official, PERIOD, { counterNumber: 99, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses roles without stats permission", async () => {
    const officer = await makeStaff(t.db, "OFFICER", [1]);
    const desk = await makeStaff(t.db, "FRONT_DESK");
    await expect(getDashboard(t.db, officer, PERIOD)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDailyStats(t.db, desk, PERIOD)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getGeraiReport(t.db, desk, 1, PERIOD)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await makeStaff(t.db, "ADMIN");
    expect((await getDailyStats(t.db, admin, PERIOD, { now: NOW })).totals.total).toBe(11);
  });
});
