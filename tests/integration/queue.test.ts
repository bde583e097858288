// Front desk and counter queue (lib/queue/service.ts) against real databases, both providers:
// check-in, walk-in, refusals (nothing written), order, call/recall/skip/start/finish with the
// seconds recorded, transfer, daily counts, the no-show sweep, gerai scope, concurrent queue
// numbers and the audit trail. Day: Monday 14 December 2026; bookings are made the day before.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type * as BookingModule from "@/lib/bookings/service";
import type * as QueueModule from "@/lib/queue/service";
import type { WalkInInput } from "@/lib/queue/types";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { refusal, type Refusal } from "../helpers/refusal";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";


const DAY = "2026-12-14";
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+07:00`);
const BOOKED_ON = new Date("2026-12-13T03:00:00Z"); // Sunday 10.00 WIB
const KTP = "ktp-el-baru"; // gerai 1
const AKTA = "akta-kelahiran"; // gerai 2
const JKN = "pendaftaran-jkn-pbi-dinkes"; // gerai 7, Pekalongan Selatan and Barat only
const PODOSUGIH = "33.75.01.1003"; // Pekalongan Barat
const KRAPYAK = "33.75.03.1002"; // Pekalongan Utara


describe.each(PROVIDERS)("queue on %s", (provider) => {
  let t: TestDb;
  let q: typeof QueueModule;
  let bk: typeof BookingModule;
  let desk: Actor;
  let officer1: Actor;
  let officer2: Actor;
  let seq = 100;
  const ids: Record<string, string> = {};

  /** Books `slug` at `hhmm` on DAY (made the day before) and returns its code. */
  async function book(slug: string, hhmm: string, over: { kelurahanCode?: string } = {}): Promise<string> {
    const i = seq++;
    const r = await bk.createBooking(
      {
        serviceSlug: slug,
        slotStart: `${DAY}T${hhmm}:00+07:00`,
        nik: nikFor(i),
        name: "Siti Aminah",
        phone: phoneFor(i),
        kelurahanCode: over.kelurahanCode ?? PODOSUGIH,
        consent: true,
      },
      { now: BOOKED_ON },
      t.db,
    );
    return r.booking.code;
  }
  const walkIn = (slug: string, now: Date, over: Partial<WalkInInput> = {}) =>
    q.registerWalkIn(desk, { serviceId: ids[slug]!, nik: nikFor(seq++), name: "Budi Santoso", kelurahanCode: PODOSUGIH, consent: true, ...over }, { now }, t.db);

  async function snapshot() {
    const [visits, counts, audits, queueCounters, bookings] = await Promise.all([
      t.db.visit.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
      t.db.dailyVisitCount.findMany({ orderBy: [{ counterId: "asc" }, { serviceId: "asc" }, { source: "asc" }] }),
      t.db.auditLog.count(),
      t.db.queueCounter.findMany({ orderBy: { counterId: "asc" } }),
      t.db.booking.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    ]);
    return { visits, counts, audits, queueCounters, bookings };
  }
  async function refused(run: () => Promise<unknown>, code: string): Promise<Refusal> {
    const before = await snapshot();
    const e = await refusal(run());
    expect(e.code).toBe(code);
    expect(await snapshot()).toEqual(before);
    return e;
  }
  const countOf = async (slug: string, source: "BOOKING" | "WALK_IN") =>
    (await t.db.dailyVisitCount.findFirst({ where: { dayWib: DAY, serviceId: ids[slug]!, source }, select: { count: true } }))?.count ?? 0;

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    q = await import("@/lib/queue/service");
    bk = await import("@/lib/bookings/service");
    for (const slug of [KTP, AKTA, JKN]) ids[slug] = (await t.db.service.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    desk = await makeStaff(t.db, "FRONT_DESK");
    officer1 = await makeStaff(t.db, "OFFICER", [1]);
    officer2 = await makeStaff(t.db, "OFFICER", [2]);
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("checks in a booking: a WAITING visit with a number, the booking CHECKED_IN, one arrival counted, audited", async () => {
    const code = await book(KTP, "08:00");
    const before = await countOf(KTP, "BOOKING");
    const r = await q.checkInBooking(desk, code.toLowerCase().replace("-", " "), { now: at("07:55"), ip: "10.0.0.1" }, t.db);
    expect(r.visit).toMatchObject({ source: "BOOKING", status: "WAITING", bookingCode: code, late: false, dayWib: DAY, name: "Siti Aminah" });
    expect(r.visit.counter.number).toBe(1);
    expect(r.visit.nikMasked).toMatch(/^3375\*{8}\d{4}$/);
    expect(r.visit.ticket).toBe(`01-${String(r.visit.queueNumber).padStart(3, "0")}`);
    const booking = await t.db.booking.findUniqueOrThrow({ where: { code } });
    expect(booking.status).toBe("CHECKED_IN");
    expect(booking.checkedInAt).toEqual(at("07:55"));
    const visit = await t.db.visit.findUniqueOrThrow({ where: { id: r.visit.id } });
    expect(visit).toMatchObject({ bookingId: booking.id, kelurahanCode: PODOSUGIH, outsideCity: false, hourWib: 7, nikHash: booking.nikHash });
    expect(await countOf(KTP, "BOOKING")).toBe(before + 1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "checkin.booking", entityId: r.visit.id } });
    expect(audit.actorId).toBe(desk.userId);
    expect(audit.ip).toBe("10.0.0.1");
    expect(audit.details).toContain(booking.nikMasked);
    expect(audit.details).not.toMatch(/\d{16}/);
  });

  it("refuses a second check-in with the number already given, and unknown, malformed, cancelled or other-day codes", async () => {
    const code = await book(KTP, "08:30");
    const first = await q.checkInBooking(desk, code, { now: at("08:20") }, t.db);
    const again = await refused(() => q.checkInBooking(desk, code, { now: at("08:21") }, t.db), "CONFLICT");
    expect(again.messageKey).toBe("frontDesk.errors.alreadyCheckedIn");
    expect(again.messageValues).toEqual({ ticket: first.visit.ticket });

    expect((await refused(() => q.checkInBooking(desk, "ABCD-EFGH", { now: at("08:21") }, t.db), "NOT_FOUND")).messageKey).toBe(
      "frontDesk.errors.unknownCode",
    );
    expect((await refused(() => q.checkInBooking(desk, "not a code!", { now: at("08:21") }, t.db), "VALIDATION")).messageKey).toBe(
      "frontDesk.errors.codeInvalid",
    );

    const cancelledCode = await book(KTP, "09:00");
    const b = await t.db.booking.findUniqueOrThrow({ where: { code: cancelledCode }, select: { nikHash: true } });
    expect(b.nikHash).toBeTruthy();
    await t.db.booking.update({ where: { code: cancelledCode }, data: { status: "CANCELLED", activeKey: null } });
    expect((await refused(() => q.checkInBooking(desk, cancelledCode, { now: at("08:21") }, t.db), "CONFLICT")).messageKey).toBe(
      "frontDesk.errors.cancelled",
    );

    const tomorrow = await bk.createBooking(
      { serviceSlug: KTP, slotStart: "2026-12-15T08:00:00+07:00", nik: nikFor(seq++), name: "Ani", phone: phoneFor(seq), kelurahanCode: PODOSUGIH, consent: true },
      { now: BOOKED_ON },
      t.db,
    );
    const other = await refused(() => q.checkInBooking(desk, tomorrow.booking.code, { now: at("08:21") }, t.db), "CONFLICT");
    expect(other.messageKey).toBe("frontDesk.errors.otherDay");
    expect(other.messageValues).toEqual({ day: "2026-12-15" });
  });

  it("accepts the ticket URL the QR code encodes", async () => {
    const code = await book(KTP, "09:30");
    const r = await q.checkInBooking(desk, `https://mpp.example.go.id/tiket/${code}`, { now: at("09:20") }, t.db);
    expect(r.visit.bookingCode).toBe(code);
  });

  it("registers a walk-in with hash and masked NIK only, counted as WALK_IN, audited with the masked NIK", async () => {
    const nik = nikFor(seq++);
    const before = await countOf(AKTA, "WALK_IN");
    const v = await q.registerWalkIn(desk, { serviceId: ids[AKTA]!, nik, name: "  Budi   Santoso ", outsideCity: true, consent: true }, { now: at("08:10") }, t.db);
    expect(v).toMatchObject({ source: "WALK_IN", status: "WAITING", name: "Budi Santoso", outsideCity: true, bookingCode: null });
    expect(v.counter.number).toBe(2);
    const row = await t.db.visit.findUniqueOrThrow({ where: { id: v.id } });
    expect(row.nikMasked).toBe(`${nik.slice(0, 4)}********${nik.slice(12)}`);
    expect(row.nikHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(nik);
    expect(await countOf(AKTA, "WALK_IN")).toBe(before + 1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "walkin.register", entityId: v.id } });
    expect(audit.details).toContain(row.nikMasked!);
    expect(audit.details).not.toContain(nik);
  });

  it("refuses walk-ins with bad fields, without consent, or outside the service area (JKN), writing nothing", async () => {
    const bad = await refused(
      () => q.registerWalkIn(desk, { serviceId: ids[KTP]!, nik: "12345", name: "1", consent: false }, { now: at("08:10") }, t.db),
      "VALIDATION",
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["consent", "kelurahanCode", "name", "nik"]);
    const noService = await refused(() => walkIn(KTP, at("08:10"), { serviceId: "" }), "VALIDATION");
    expect(noService.fieldErrors?.serviceId).toEqual(["frontDesk.errors.serviceRequired"]);
    const area = await refused(() => walkIn(JKN, at("08:10"), { kelurahanCode: KRAPYAK }), "OUT_OF_AREA");
    const dinkes = await t.db.agency.findUniqueOrThrow({ where: { slug: "dinkes" } });
    expect(area.details).toMatchObject({ alternativeName: dinkes.name, alternativeAddress: dinkes.address });
    await refused(() => walkIn(KTP, at("08:10"), { serviceId: "nope" }), "VALIDATION");
    expect((await walkIn(JKN, at("08:11"), { kelurahanCode: PODOSUGIH })).counter.number).toBe(7);
  });

  it("orders the waiting list: booked visitors at their time first, else first come first served", async () => {
    // Gerai 2 (akta), fresh: a walk-in at 10:00, a booking for 10:30 checked in at 10:05, a walk-in at 10:10.
    const code = await book(AKTA, "10:30");
    await t.db.visit.updateMany({ where: { counter: { number: 2 }, dayWib: DAY, status: "WAITING" }, data: { status: "DONE" } });
    const w1 = await walkIn(AKTA, at("10:00"));
    const b = (await q.checkInBooking(desk, code, { now: at("10:05") }, t.db)).visit;
    const w2 = await walkIn(AKTA, at("10:10"));
    expect(new Set([w1.queueNumber, b.queueNumber, w2.queueNumber]).size).toBe(3);
    const early = await q.getQueue(officer2, 2, { now: at("10:20") }, t.db);
    expect(early.waiting.map((v) => v.id)).toEqual([w1.id, b.id, w2.id]);
    const onTime = await q.getQueue(officer2, 2, { now: at("10:30") }, t.db);
    expect(onTime.waiting.map((v) => v.id)).toEqual([b.id, w1.id, w2.id]);
    expect(onTime.waiting[0]!.priority).toBe(true);
    // Calling follows that order.
    expect((await q.callNext(officer2, 2, { now: at("10:31") }, t.db)).id).toBe(b.id);
    expect((await q.callNext(officer2, 2, { now: at("10:32") }, t.db)).id).toBe(w1.id);
  });

  it("calls, recalls, starts and finishes with the seconds waited and served; a skip is NO_SHOW", async () => {
    const code = await book(KTP, "11:00");
    const v = (await q.checkInBooking(desk, code, { now: at("10:50") }, t.db)).visit;
    const called = await q.callVisit(officer1, v.id, { now: at("11:02") }, t.db);
    expect(called).toMatchObject({ status: "CALLED", waitSeconds: 12 * 60 });
    const recalled = await q.recallVisit(officer1, v.id, { now: at("11:04") }, t.db);
    expect(recalled.calledAt).toBe(called.calledAt);
    expect(recalled.waitSeconds).toBe(12 * 60);
    await q.startService(officer1, v.id, { now: at("11:05") }, t.db);
    const done = await q.finishService(officer1, v.id, { now: at("11:12") }, t.db);
    expect(done).toMatchObject({ status: "DONE", serviceSeconds: 7 * 60, waitSeconds: 12 * 60 });
    const row = await t.db.visit.findUniqueOrThrow({ where: { id: v.id } });
    expect(row.handledById).toBe(officer1.userId);
    expect(row.finishedAt).toEqual(at("11:12"));
    expect((await t.db.booking.findUniqueOrThrow({ where: { code } })).status).toBe("COMPLETED");
    const actions = (await t.db.auditLog.findMany({ where: { entityId: v.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true } })).map((a) => a.action);
    expect(actions).toEqual(["checkin.booking", "queue.call", "queue.recall", "queue.start", "queue.finish"]);

    // Finishing twice, or starting a visit not called: CONFLICT, nothing written.
    await refused(() => q.finishService(officer1, v.id, { now: at("11:13") }, t.db), "CONFLICT");
    const w = await walkIn(KTP, at("11:00"));
    await refused(() => q.startService(officer1, w.id, { now: at("11:13") }, t.db), "CONFLICT");
    await q.callVisit(officer1, w.id, { now: at("11:14") }, t.db);
    const skipped = await q.skipVisit(officer1, w.id, { now: at("11:20") }, t.db);
    expect(skipped).toMatchObject({ status: "NO_SHOW", waitSeconds: 14 * 60 });
    expect(skipped.finishedAt).toBe("2026-12-14T11:20:00+07:00");
  });

  it("transfers to another gerai: old visit TRANSFERRED, new WAITING visit there with a new number, not counted again", async () => {
    const v = await walkIn(KTP, at("12:00"));
    await q.callVisit(officer1, v.id, { now: at("12:05") }, t.db);
    const countsBefore = await t.db.dailyVisitCount.findMany({ orderBy: [{ counterId: "asc" }, { serviceId: "asc" }, { source: "asc" }] });
    const moved = await q.transferVisit(officer1, v.id, ids[AKTA]!, { now: at("12:06") }, t.db);
    expect(moved).toMatchObject({ status: "WAITING", source: "WALK_IN", transferredFrom: v.id, name: v.name, nikMasked: v.nikMasked });
    expect(moved.counter.number).toBe(2);
    expect(moved.service.id).toBe(ids[AKTA]);
    const old = await t.db.visit.findUniqueOrThrow({ where: { id: v.id } });
    expect(old.status).toBe("TRANSFERRED");
    expect(old.finishedAt).toEqual(at("12:06"));
    const fresh = await t.db.visit.findUniqueOrThrow({ where: { id: moved.id } });
    expect(fresh.nikHash).toBe(old.nikHash);
    expect(await t.db.dailyVisitCount.findMany({ orderBy: [{ counterId: "asc" }, { serviceId: "asc" }, { source: "asc" }] })).toEqual(countsBefore);
    expect((await q.getQueue(officer2, 2, { now: at("12:07") }, t.db)).waiting.map((x) => x.id)).toContain(moved.id);
    // Same gerai or unknown service: refused.
    const w = await walkIn(KTP, at("12:10"));
    await refused(() => q.transferVisit(officer1, w.id, ids[KTP]!, { now: at("12:11") }, t.db), "VALIDATION");
    await refused(() => q.transferVisit(officer1, w.id, "nope", { now: at("12:11") }, t.db), "VALIDATION");
  });

  it("keeps an officer to their own gerai: gerai 2's queue and visits are FORBIDDEN to the officer of gerai 1", async () => {
    const w = await walkIn(AKTA, at("13:00"));
    await refused(() => q.getQueue(officer1, 2, { now: at("13:01") }, t.db), "FORBIDDEN");
    await refused(() => q.callNext(officer1, 2, { now: at("13:01") }, t.db), "FORBIDDEN");
    for (const act of [q.callVisit, q.recallVisit, q.skipVisit, q.startService, q.finishService]) {
      await refused(() => act(officer1, w.id, { now: at("13:01") }, t.db), "FORBIDDEN");
    }
    await refused(() => q.transferVisit(officer1, w.id, ids[KTP]!, { now: at("13:01") }, t.db), "FORBIDDEN");
    await refusal(q.getVisit(officer1, w.id, {}, t.db)).then((e) => expect(e.code).toBe("NOT_FOUND"));
    expect((await q.listArrivals(officer1, { now: at("13:01") }, t.db)).every((v) => v.counter.number === 1)).toBe(true);
    expect((await q.countersForActor(officer1, t.db)).map((c) => c.number)).toEqual([1]);
    expect((await q.countersForActor(desk, t.db)).length).toBe(23);
    // Front desk reads every gerai.
    expect((await q.getQueue(desk, 2, { now: at("13:01") }, t.db)).counter.number).toBe(2);
    expect((await refusal(q.getQueue(officer1, 99, {}, t.db))).code).toBe("NOT_FOUND");
  });

  it("never gives two simultaneous arrivals the same number (two clients on one database)", async () => {
    const other = t.connect();
    const codes = await Promise.all(["10:00", "11:30", "12:00", "12:30"].map((h) => book(KTP, h)));
    const now = at("09:50");
    const results = await Promise.all([
      ...codes.map((c, i) => q.checkInBooking(desk, c, { now }, i % 2 ? other : t.db)),
      ...Array.from({ length: 6 }, (_, i) =>
        q.registerWalkIn(desk, { serviceId: ids[KTP]!, nik: nikFor(5000 + i), name: "Warga", kelurahanCode: PODOSUGIH, consent: true }, { now }, i % 2 ? other : t.db),
      ),
    ]);
    const numbers = results.map((r) => ("visit" in r ? r.visit.queueNumber : r.queueNumber));
    expect(new Set(numbers).size).toBe(10);
    const counter = await t.db.queueCounter.findFirstOrThrow({ where: { dayWib: DAY, counter: { number: 1 } } });
    expect(Math.max(...numbers)).toBe(counter.lastNumber);
    // And a double check-in raced from two clients: exactly one wins.
    const code = await book(KTP, "10:30");
    const raced = await Promise.allSettled([q.checkInBooking(desk, code, { now }, t.db), q.checkInBooking(desk, code, { now }, other)]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.visit.count({ where: { booking: { code } } })).toBe(1);
  });

  it("sweeps bookings not checked in by slot start + 15 min to NO_SHOW (past days too), once; a late arrival is still checked in, flagged late", async () => {
    const onTime = await book(KTP, "13:00");
    const late = await book(KTP, "13:30");
    // A booking of an earlier day still BOOKED.
    const pastSlot = await t.db.booking.findUniqueOrThrow({ where: { code: onTime } });
    await t.db.booking.create({
      data: { ...(({ id: _id, code: _c, activeKey: _a, idempotencyKey: _i, createdAt: _cr, updatedAt: _u, ...rest }) => rest)(pastSlot), code: "PAST-0001", startsAt: new Date("2026-12-11T02:00:00Z"), dayWib: "2026-12-11", activeKey: null },
    });
    expect(await q.sweepNoShows(at("13:15"), t.db)).toBeGreaterThanOrEqual(1); // the past one (and earlier test bookings)
    expect((await t.db.booking.findUniqueOrThrow({ where: { code: "PAST-0001" } })).status).toBe("NO_SHOW");
    expect((await t.db.booking.findUniqueOrThrow({ where: { code: onTime } })).status).toBe("BOOKED");
    expect(await q.sweepNoShows(at("13:15"), t.db)).toBe(0);
    expect(await q.sweepNoShows(at("13:16"), t.db)).toBe(1);
    const swept = await t.db.booking.findUniqueOrThrow({ where: { code: onTime } });
    expect(swept).toMatchObject({ status: "NO_SHOW", activeKey: null });
    expect(await t.db.auditLog.count({ where: { action: "booking.no-show", entityId: swept.id } })).toBe(1);
    expect(await q.sweepNoShows(at("13:20"), t.db)).toBe(0);

    // Reading the queue sweeps lazily.
    await q.getQueue(officer1, 1, { now: at("13:50") }, t.db);
    expect((await t.db.booking.findUniqueOrThrow({ where: { code: late } })).status).toBe("NO_SHOW");
    const r = await q.checkInBooking(desk, late, { now: at("13:55") }, t.db);
    expect(r.visit.late).toBe(true);
    expect((await t.db.booking.findUniqueOrThrow({ where: { code: late } })).status).toBe("CHECKED_IN");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "checkin.booking", entityId: r.visit.id } });
    expect(JSON.parse(audit.details!)).toMatchObject({ late: true, wasNoShow: true });
    expect((await q.getQueue(officer1, 1, { now: at("13:56") }, t.db)).waiting.find((v) => v.id === r.visit.id)?.priority).toBe(false);
  });

  it("daily counts equal the arrivals (check-ins and walk-ins, not transfers)", async () => {
    const visits = await t.db.visit.groupBy({ by: ["counterId", "serviceId", "source"], where: { dayWib: DAY, transferredFrom: null }, _count: { _all: true } });
    const counts = await t.db.dailyVisitCount.findMany({ where: { dayWib: DAY } });
    expect(counts.length).toBe(visits.length);
    for (const v of visits) {
      expect(counts.find((c) => c.counterId === v.counterId && c.serviceId === v.serviceId && c.source === v.source)?.count).toBe(v._count._all);
    }
  });
});
