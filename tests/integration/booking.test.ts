// Citizen booking (lib/bookings/service.ts) against real databases, both providers: the happy
// path, every refusal (with nothing written), personal data at rest, look-up with proof,
// cancel, reschedule, idempotency and rate limits. `now` is fixed: Monday 14 December 2026,
// 10.00 WIB, so the window is 15-28 December and holds the Christmas holidays (24-25 Dec).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as ServiceModule from "@/lib/bookings/service";
import type { BookingInput, BookingView } from "@/lib/bookings/types";
import { decryptPii } from "@/lib/pii";
import type * as RateLimitModule from "@/lib/rate-limit";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { refusal, type Refusal } from "../helpers/refusal";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";

type Service = typeof ServiceModule;
type RateLimit = typeof RateLimitModule;

const NOW = new Date("2026-12-14T03:00:00Z"); // Monday 10.00 WIB
const PII_KEY = "0".repeat(64);
const KTP = "ktp-el-baru";
const JKN = "pendaftaran-jkn-pbi-dinkes";
const PODOSUGIH = "33.75.01.1003"; // Pekalongan Barat
const KRAPYAK = "33.75.03.1002"; // Pekalongan Utara
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);


describe.each(PROVIDERS)("booking on %s", (provider) => {
  let t: TestDb;
  let svc: Service;
  let rl: RateLimit;
  let seq = 0;
  let ktpSlots: string[] = [];

  /** A fresh slot start of ktp-el-baru (each test books its own), optionally the first one matching. */
  const nextKtpSlot = (match: (start: string) => boolean = () => true) => {
    const s = ktpSlots.find(match);
    if (!s) throw new Error("out of test slots");
    ktpSlots.splice(ktpSlots.indexOf(s), 1);
    return s;
  };
  const input = (over: Partial<BookingInput> = {}): BookingInput => {
    const i = seq++;
    return {
      serviceSlug: KTP,
      slotStart: over.slotStart ?? nextKtpSlot(),
      nik: nikFor(i),
      name: "Siti Aminah",
      phone: phoneFor(i),
      kelurahanCode: PODOSUGIH,
      consent: true,
      ...over,
    };
  };
  const create = (i: BookingInput, ctx: { now?: Date; ip?: string; idempotencyKey?: string } = {}) =>
    svc.createBooking(i, { now: NOW, ...ctx }, t.db);

  async function snapshot() {
    const [bookings, slots, audits] = await Promise.all([
      t.db.booking.count(),
      t.db.slot.aggregate({ _sum: { booked: true } }),
      t.db.auditLog.count(),
    ]);
    return { bookings, booked: slots._sum.booked ?? 0, audits };
  }
  /** Expects `code` and that no booking, place or audit row was written. */
  async function refused(run: () => Promise<unknown>, code: string): Promise<Refusal> {
    const before = await snapshot();
    const e = await refusal(run());
    expect(e.code).toBe(code);
    expect(await snapshot()).toEqual(before);
    return e;
  }
  const slotOf = (view: BookingView) =>
    t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(view.start), bookings: { some: { code: view.code } } } });

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    svc = await import("@/lib/bookings/service");
    rl = await import("@/lib/rate-limit");
    const a = await svc.getServiceAvailability(KTP, undefined, undefined, NOW, undefined, t.db);
    ktpSlots = a.availability.days.flatMap((d) => d.slots.map((s) => s.start));
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  describe("availability", () => {
    it("covers the window (tomorrow + 14 days) with the holidays and the walk-in share", async () => {
      const a = await svc.getServiceAvailability(KTP, undefined, undefined, NOW, undefined, t.db);
      expect(a.from).toBe("2026-12-15");
      expect(a.to).toBe("2026-12-28");
      const byDay = new Map(a.availability.days.map((d) => [d.day, d]));
      expect(byDay.get("2026-12-25")).toMatchObject({ status: "HOLIDAY", closureName: expect.stringMatching(/Natal/) });
      expect(byDay.get("2026-12-20")?.status).toBe("CLOSED"); // Sunday
      expect(byDay.get("2026-12-15")?.status).toBe("OPEN");
      const slot = byDay.get("2026-12-15")!.slots[0]!;
      expect(slot.start).toBe("2026-12-15T08:00:00+07:00");
      const rule = await t.db.capacityRule.findFirstOrThrow({ where: { counter: { number: 1 }, serviceId: null } });
      expect(slot.capacity).toBe(rule.capacityPerSlot - Math.ceil((rule.capacityPerSlot * rule.walkInPercent) / 100));
      expect(a.availability.nextAvailableDay).toBe("2026-12-15");
    });

    it("refuses bad ranges, unknown and non-bookable services", async () => {
      const av = (slug: string, from?: string, to?: string) =>
        svc.getServiceAvailability(slug, from, to, NOW, undefined, t.db);
      expect((await refusal(av(KTP, "2026-12-01", "2027-01-05"))).code).toBe("BAD_REQUEST");
      expect((await refusal(av(KTP, "2026-12-20", "2026-12-19"))).code).toBe("BAD_REQUEST");
      expect((await refusal(av(KTP, "2026-13-01"))).code).toBe("BAD_REQUEST");
      expect((await refusal(av("tidak-ada"))).code).toBe("NOT_FOUND");
      const offline = await t.db.service.findFirstOrThrow({ where: { onlineBooking: false }, select: { slug: true } });
      expect((await refusal(av(offline.slug))).code).toBe("NOT_BOOKABLE");
      const one = await av(KTP, "2026-12-15", "2026-12-15");
      expect(one.availability.days).toHaveLength(1);
    });
  });

  describe("create", () => {
    it("books a visit: masked view, one place taken, audit row without personal data", async () => {
      const i = input({ email: "Siti@Example.id" });
      const before = await snapshot();
      const { booking, replayed } = await create(i);
      expect(replayed).toBe(false);
      expect(booking).toMatchObject({
        status: "BOOKED",
        start: i.slotStart,
        dayWib: i.slotStart.slice(0, 10),
        name: "Siti Aminah",
        nikMasked: `3375********${i.nik.slice(12)}`,
        phoneMasked: `0812****${i.phone.slice(-4)}`,
        email: "siti@example.id",
        kelurahan: { code: PODOSUGIH, name: "Podosugih", kecamatanName: expect.stringMatching(/Pekalongan Barat/) },
        outsideCity: false,
        changeable: true,
        service: { slug: KTP },
        counter: { number: 1 },
      });
      expect(booking.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(booking.end).toMatch(/T\d{2}:\d{2}:00\+07:00$/);
      expect(booking.service.requirements.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual({ bookings: before.bookings + 1, booked: before.booked + 1, audits: before.audits + 1 });
      expect((await slotOf(booking)).booked).toBe(1);

      const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "booking.create" }, orderBy: { id: "desc" } });
      expect(audit.entityType).toBe("Booking");
      expect(audit.details).toContain(booking.code);
      expect(audit.details).not.toContain(i.nik);
      expect(audit.details).not.toContain(i.phone.slice(1));
    });

    it("stores the NIK and phone number unreadable: hashed, encrypted and masked only", async () => {
      const i = input();
      const { booking } = await create(i);
      const row = await t.db.booking.findUniqueOrThrow({ where: { code: booking.code } });
      const stored = JSON.stringify(row);
      expect(stored).not.toContain(i.nik);
      expect(stored).not.toContain(i.phone.slice(1)); // the digits after the leading 0
      expect(row.nikEncrypted).not.toBe(i.nik);
      expect(row.nikHash).toMatch(/^[0-9a-f]{64}$/);
      const key = Buffer.from(PII_KEY, "hex");
      expect(decryptPii(key, row.nikEncrypted)).toBe(i.nik);
      expect(decryptPii(key, row.phoneEncrypted)).toBe(i.phone);
      expect(row.consentVersion).toBe("2026-11-30");
      expect(row.activeKey).toBe(`${row.nikHash}:${row.serviceId}:${row.dayWib}`);
      const buckets = JSON.stringify(await t.db.rateLimitBucket.findMany());
      expect(buckets).not.toContain(i.nik);
      expect(buckets).not.toContain(row.nikHash);
    });

    it("refuses invalid fields with 422 and message keys, writing nothing", async () => {
      const cases: [Partial<BookingInput>, string, string][] = [
        [{ nik: "12345" }, "nik", "bookingErrors.nikFormat"],
        [{ nik: "9975010101900001" }, "nik", "bookingErrors.nikArea"], // province 99
        [{ nik: "3375090101900001" }, "nik", "bookingErrors.nikArea"], // no kecamatan 09 in Kota Pekalongan
        [{ nik: "3375013213900001" }, "nik", "bookingErrors.nikBirthDate"], // 32 December
        [{ nik: "3375013002900001" }, "nik", "bookingErrors.nikBirthDate"], // 30 February
        [{ name: "R2-D2" }, "name", "bookingErrors.nameInvalid"],
        [{ name: "A" }, "name", 'api.validation.tooShort{"min":2}'],
        [{ phone: "12345" }, "phone", "bookingErrors.phoneInvalid"],
        [{ email: "not-an-email" }, "email", "bookingErrors.emailInvalid"],
        [{ consent: false }, "consent", "bookingErrors.consentRequired"],
        [{ kelurahanCode: undefined }, "kelurahanCode", "bookingErrors.domicileRequired"],
        [{ outsideCity: true }, "kelurahanCode", "bookingErrors.domicileBoth"],
        [{ kelurahanCode: "33.75.01.9999" }, "kelurahanCode", "bookingErrors.kelurahanUnknown"],
        [{ slotStart: "besok pagi" }, "slotStart", "bookingErrors.slotStartInvalid"],
      ];
      const slot = nextKtpSlot();
      for (const [over, field, message] of cases) {
        const e = await refused(() => create(input({ slotStart: slot, ...over })), "VALIDATION");
        expect(e.fieldErrors?.[field], JSON.stringify(over)).toEqual([message]);
      }
    });

    it("refuses slots off the schedule: outside the window, a holiday, a closed day, not a slot start", async () => {
      const cases: [string, string][] = [
        ["2026-12-29T08:00:00+07:00", "bookingErrors.slotOutsideWindow"], // 15 days ahead
        ["2026-12-14T13:00:00+07:00", "bookingErrors.slotOutsideWindow"], // today
        ["2026-12-25T08:00:00+07:00", "bookingErrors.slotHoliday"], // Natal
        ["2026-12-24T08:00:00+07:00", "bookingErrors.slotHoliday"], // cuti bersama
        ["2026-12-20T09:00:00+07:00", "bookingErrors.slotClosed"], // Sunday: no hours at all
        ["2026-12-15T08:10:00+07:00", "bookingErrors.slotNotASlot"],
        ["2026-12-15T14:00:00+07:00", "bookingErrors.slotNotASlot"], // closing time
      ];
      for (const [slotStart, message] of cases) {
        const e = await refused(() => create(input({ slotStart })), "VALIDATION");
        expect(e.fieldErrors?.slotStart?.[0], slotStart).toContain(message);
      }
      const holiday = await refusal(create(input({ slotStart: "2026-12-25T08:00:00+07:00" })));
      expect(holiday.fieldErrors?.slotStart?.[0]).toMatch(/Natal/);
    });

    it("refuses unknown and non-bookable services", async () => {
      await refused(() => create(input({ serviceSlug: "tidak-ada", slotStart: "2026-12-15T08:00:00+07:00" })), "NOT_FOUND");
      const offline = await t.db.service.findFirstOrThrow({ where: { onlineBooking: false }, select: { slug: true } });
      await refused(() => create(input({ serviceSlug: offline.slug, slotStart: "2026-12-15T08:00:00+07:00" })), "NOT_BOOKABLE");
    });

    it("refuses a second active booking for the same NIK, service and day (another slot too)", async () => {
      const first = input();
      const { booking } = await create(first);
      const sameDay = nextKtpSlot((s) => s.startsWith(booking.dayWib));
      await refused(() => create({ ...first, slotStart: sameDay }), "DUPLICATE_BOOKING");
      await refused(() => create({ ...first, slotStart: booking.start, phone: "085700000000" }), "DUPLICATE_BOOKING");
    });

    it(`caps active bookings per NIK per day across services (CONFLICT)`, async () => {
      const day = "2026-12-16"; // Wednesday
      const services = await t.db.service.findMany({
        where: { onlineBooking: true, isActive: true, areaRule: null, counter: { hours: { some: { weekday: 3 } } } },
        select: { slug: true, counterId: true },
        orderBy: { slug: "asc" },
      });
      // Four services of four counters, each with a free slot that day.
      const perCounter: string[] = [];
      const starts: string[] = [];
      const counters = new Set<string>();
      for (const s of services) {
        if (perCounter.length === 4) break;
        if (counters.has(s.counterId)) continue;
        const a = await svc.getServiceAvailability(s.slug, day, day, NOW, undefined, t.db);
        const free = a.availability.days[0]?.slots.filter((x) => x.remaining > 0).at(-1);
        if (!free) continue;
        counters.add(s.counterId);
        perCounter.push(s.slug);
        starts.push(free.start);
      }
      expect(perCounter).toHaveLength(4);
      const who = input({ slotStart: starts[0] });
      for (let k = 0; k < 3; k++) await create({ ...who, serviceSlug: perCounter[k]!, slotStart: starts[k]! });
      const e = await refused(() => create({ ...who, serviceSlug: perCounter[3]!, slotStart: starts[3]! }), "CONFLICT");
      expect(e.messageKey).toBe("bookingErrors.dailyCap");
    });

    it("applies the JKN service-area rule: Pekalongan Utara and outside the city go to the Dinas Kesehatan office", async () => {
      const a = await svc.getServiceAvailability(JKN, undefined, undefined, NOW, undefined, t.db);
      const [s1, s2] = a.availability.days.flatMap((d) => d.slots.map((s) => s.start));
      const dinkes = await t.db.agency.findUniqueOrThrow({ where: { slug: "dinkes" } });
      for (const over of [{ kelurahanCode: KRAPYAK }, { kelurahanCode: undefined, outsideCity: true }]) {
        const e = await refused(() => create(input({ serviceSlug: JKN, slotStart: s1!, ...over })), "OUT_OF_AREA");
        expect(e.details).toMatchObject({
          alternativeName: dinkes.name,
          alternativeAddress: dinkes.address,
          reason: expect.stringMatching(/Pekalongan Utara/),
        });
      }
      const { booking } = await create(input({ serviceSlug: JKN, slotStart: s2!, kelurahanCode: PODOSUGIH }));
      expect(booking.service.slug).toBe(JKN);
      // Other services have no area rule: outside the city is fine.
      await create(input({ kelurahanCode: undefined, outsideCity: true }));
    });

    it("refuses a full slot with SLOT_FULL and nothing written", async () => {
      const slotStart = nextKtpSlot();
      const cap = (await svc.getServiceAvailability(KTP, slotStart.slice(0, 10), slotStart.slice(0, 10), NOW, undefined, t.db))
        .availability.days[0]!.slots.find((s) => s.start === slotStart)!.capacity;
      for (let k = 0; k < cap; k++) await create(input({ slotStart }));
      await refused(() => create(input({ slotStart })), "SLOT_FULL");
      const a = await svc.getServiceAvailability(KTP, slotStart.slice(0, 10), slotStart.slice(0, 10), NOW, undefined, t.db);
      expect(a.availability.days[0]!.slots.find((s) => s.start === slotStart)!.remaining).toBe(0);
    });

    it("rate-limits attempts per NIK (5 a day) with Retry-After until WIB midnight", async () => {
      const i = input({ slotStart: nextKtpSlot((s) => s >= "2026-12-17") });
      await create(i);
      for (let k = 0; k < 4; k++) await refused(() => create(i), "DUPLICATE_BOOKING");
      const e = await refused(() => create(i), "RATE_LIMITED");
      expect(e.details?.retryAfterSeconds).toBe(14 * 3600); // 10.00 -> 24.00 WIB
      // A new WIB day is a new window.
      const tomorrow = await refusal(create(i, { now: new Date("2026-12-14T17:00:00Z") }));
      expect(tomorrow.code).toBe("DUPLICATE_BOOKING");
    });

    it("replays an Idempotency-Key: one booking, the same answer, also when sent twice at once", async () => {
      const i = input();
      const first = await create(i, { idempotencyKey: "tap-1" });
      const again = await create(i, { idempotencyKey: "tap-1" });
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ booking: first.booking, replayed: true });
      expect(await t.db.booking.count({ where: { code: first.booking.code } })).toBe(1);

      const j = input();
      const before = await snapshot();
      const settled = await Promise.allSettled([create(j, { idempotencyKey: "tap-2" }), create(j, { idempotencyKey: "tap-2" })]);
      const both = settled.map((r) => {
        if (r.status === "rejected") throw r.reason;
        return r.value;
      });
      expect(both.map((r) => r.replayed).sort()).toEqual([false, true]);
      expect(both[0]!.booking.code).toBe(both[1]!.booking.code);
      expect((await snapshot()).bookings).toBe(before.bookings + 1);

      // The same key for another service is a client error, not a replay.
      const e = await refusal(create({ ...i, serviceSlug: "kk-baru" }, { idempotencyKey: "tap-1" }));
      expect(e).toMatchObject({ code: "CONFLICT", messageKey: "bookingErrors.idempotencyMismatch" });
    });
  });

  describe("look-up, ticket, cancel, reschedule", () => {
    it("finds a booking by code with the NIK or the phone number; anything else is NOT_FOUND", async () => {
      const i = input();
      const { booking } = await create(i);
      const now = minutes(20); // its own rate-limit window
      const find = (code: string, proof: { nik: string } | { phone: string }) => svc.findBooking(code, proof, { now }, t.db);
      expect(await find(booking.code, { nik: i.nik })).toEqual({ ...booking });
      expect((await find(booking.code.toLowerCase().replace("-", " "), { phone: `+62 ${i.phone.slice(1)}` })).code).toBe(booking.code);
      const wrongNik = await refusal(find(booking.code, { nik: nikFor(99_999) }));
      const wrongPhone = await refusal(find(booking.code, { phone: "081111111111" }));
      const unknown = await refusal(find("2222-2222", { nik: i.nik }));
      const malformed = await refusal(find("nonsense", { nik: i.nik }));
      for (const e of [wrongNik, wrongPhone, unknown, malformed]) {
        expect(e.code).toBe("NOT_FOUND");
        expect(e.details).toBeUndefined();
      }
      const ticket = await svc.getTicket(booking.code, { now }, t.db);
      expect(ticket).toMatchObject({ code: booking.code, nikMasked: booking.nikMasked, start: booking.start });
      for (const hidden of ["name", "phoneMasked", "email", "kelurahan", "outsideCity"]) expect(ticket).not.toHaveProperty(hidden);
      expect(await svc.getTicket("2222-2222", { now }, t.db)).toBeNull();
      const ics = await svc.bookingIcsFor(booking.code, { now }, t.db);
      expect(ics).toContain(`UID:${booking.code}@mpp-portal`);
      expect(ics).toContain(`DTSTART:${new Date(booking.start).toISOString().replace(/\.000Z$/, "Z").replace(/[-:]/g, "")}`);
    });

    it("limits proof guessing per code (10 per 10 minutes) and per IP (30 per 10 minutes)", async () => {
      const i = input();
      const { booking } = await create(i);
      const now = minutes(40);
      for (let k = 0; k < 10; k++) {
        expect((await refusal(svc.findBooking(booking.code, { nik: nikFor(50_000 + k) }, { now }, t.db))).code).toBe("NOT_FOUND");
      }
      const e = await refusal(svc.findBooking(booking.code, { nik: i.nik }, { now }, t.db));
      expect(e.code).toBe("RATE_LIMITED");
      expect(e.details?.retryAfterSeconds).toBe(600); // 10.40 -> 10.50 WIB
      expect((await svc.findBooking(booking.code, { nik: i.nik }, { now: minutes(50) }, t.db)).code).toBe(booking.code);

      const ip = "203.0.113.7";
      for (let k = 0; k < 30; k++) {
        expect((await refusal(svc.findBooking(`2222-22${String(k).padStart(2, "2")}`, { nik: i.nik }, { now, ip }, t.db))).code).toBe(
          "NOT_FOUND",
        );
      }
      expect((await refusal(svc.findBooking(booking.code, { nik: i.nik }, { now, ip }, t.db))).code).toBe("RATE_LIMITED");
      expect((await refusal(svc.findBooking(booking.code, { nik: i.nik }, { now, ip: "203.0.113.8" }, t.db))).code).toBe(
        "RATE_LIMITED", // this code's own budget is spent in this window too
      );
    });

    it("never locks the owner out by their own page views: only failed proofs count per code", async () => {
      const i = input();
      const { booking } = await create(i);
      const now = minutes(45);
      for (let k = 0; k < 25; k++) {
        expect((await svc.findBooking(booking.code, { nik: i.nik }, { now }, t.db)).code).toBe(booking.code);
      }
    });

    it("cancels before the start: place freed, active key released, audit row; not twice, not after the start", async () => {
      const i = input();
      const { booking } = await create(i);
      const slotBefore = await slotOf(booking);
      const now = minutes(60);
      const cancelled = await svc.cancelBooking(booking.code, { phone: i.phone }, { now }, t.db);
      expect(cancelled).toMatchObject({ code: booking.code, status: "CANCELLED", changeable: false });
      expect((await t.db.slot.findUniqueOrThrow({ where: { id: slotBefore.id } })).booked).toBe(slotBefore.booked - 1);
      const row = await t.db.booking.findUniqueOrThrow({ where: { code: booking.code } });
      expect(row.activeKey).toBeNull();
      expect(row.cancelledAt).toEqual(now);
      expect(await t.db.auditLog.count({ where: { action: "booking.cancel", entityId: row.id } })).toBe(1);

      const again = await refused(() => svc.cancelBooking(booking.code, { nik: i.nik }, { now }, t.db), "CONFLICT");
      expect(again.messageKey).toBe("bookingErrors.notActive");
      // The same NIK may book that service and day again.
      const rebooked = await create({ ...i, slotStart: booking.start });
      expect(rebooked.booking.code).not.toBe(booking.code);

      const late = await refused(
        () => svc.cancelBooking(rebooked.booking.code, { nik: i.nik }, { now: new Date(rebooked.booking.start) }, t.db),
        "CONFLICT",
      );
      expect(late.messageKey).toBe("bookingErrors.tooLate");
    });

    it("reschedules atomically: the new place taken, the old one freed, the booking moved", async () => {
      const i = input();
      const { booking } = await create(i);
      const oldSlot = await slotOf(booking);
      const target = nextKtpSlot((s) => !s.startsWith(booking.dayWib));
      const now = minutes(80);
      const moved = await svc.rescheduleBooking(booking.code, { nik: i.nik }, target, { now }, t.db);
      expect(moved).toMatchObject({ code: booking.code, status: "BOOKED", start: target, dayWib: target.slice(0, 10) });
      expect((await t.db.slot.findUniqueOrThrow({ where: { id: oldSlot.id } })).booked).toBe(oldSlot.booked - 1);
      const newSlot = await slotOf(moved);
      expect(newSlot.booked).toBe(1);
      const row = await t.db.booking.findUniqueOrThrow({ where: { code: booking.code } });
      expect(row.slotId).toBe(newSlot.id);
      expect(row.activeKey).toBe(`${row.nikHash}:${row.serviceId}:${target.slice(0, 10)}`);
      expect(await t.db.auditLog.count({ where: { action: "booking.reschedule", entityId: row.id } })).toBe(1);

      // The same slot: nothing changes.
      const before = await snapshot();
      expect((await svc.rescheduleBooking(booking.code, { nik: i.nik }, target, { now }, t.db)).start).toBe(target);
      expect(await snapshot()).toEqual(before);
      // Off the schedule: 422, nothing changes.
      const e = await refused(
        () => svc.rescheduleBooking(booking.code, { nik: i.nik }, "2026-12-25T08:00:00+07:00", { now }, t.db),
        "VALIDATION",
      );
      expect(e.fieldErrors?.slotStart?.[0]).toContain("bookingErrors.slotHoliday");
    });

    it("refuses to move into a full slot or onto a day with another booking of the service, changing nothing", async () => {
      const now = minutes(100);
      const full = nextKtpSlot();
      const day = full.slice(0, 10);
      const cap = (await svc.getServiceAvailability(KTP, day, day, NOW, undefined, t.db)).availability.days[0]!.slots.find(
        (s) => s.start === full,
      )!.capacity;
      for (let k = 0; k < cap; k++) await create(input({ slotStart: full }));
      const i = input();
      const { booking } = await create(i);
      await refused(() => svc.rescheduleBooking(booking.code, { nik: i.nik }, full, { now }, t.db), "SLOT_FULL");
      expect((await t.db.booking.findUniqueOrThrow({ where: { code: booking.code } })).startsAt).toEqual(new Date(booking.start));

      // The same NIK also holds a booking of this service on another day: moving there is a duplicate.
      const other = nextKtpSlot((s) => !s.startsWith(booking.dayWib) && !s.startsWith(day));
      const second = await create({ ...i, slotStart: other });
      const sameDayAsSecond = nextKtpSlot((s) => s.startsWith(second.booking.dayWib));
      await refused(
        () => svc.rescheduleBooking(booking.code, { nik: i.nik }, sameDayAsSecond, { now }, t.db),
        "DUPLICATE_BOOKING",
      );
      // Too late once the visit has started.
      const late = await refused(
        () => svc.rescheduleBooking(booking.code, { nik: i.nik }, other, { now: new Date(booking.start) }, t.db),
        "CONFLICT",
      );
      expect(late.messageKey).toBe("bookingErrors.tooLate");
    });
  });

  describe("rate limiter", () => {
    it("allows exactly `limit` of many simultaneous hits from two clients", async () => {
      // Several processes: booking-concurrency.test.ts.
      const other = t.connect();
      const key = rl.rateLimitKey("test:burst", "203.0.113.1", Buffer.from(PII_KEY, "hex"));
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, k) => rl.hit(key, 7, 600, NOW, k % 2 === 0 ? t.db : other)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(7);
      expect(results.filter((r) => !r.allowed).every((r) => r.remaining === 0 && r.retryAfterSeconds === 600)).toBe(true);
      const row = await t.db.rateLimitBucket.findFirstOrThrow({ where: { key } });
      expect(row.count).toBe(7);
      expect(key).not.toContain("203.0.113.1");
      // The next window starts from zero; expired windows are purged.
      expect((await rl.hit(key, 7, 600, new Date(NOW.getTime() + 600_000), t.db)).remaining).toBe(6);
      expect(await rl.purgeExpiredBuckets(new Date(NOW.getTime() + 600_000), t.db)).toBeGreaterThanOrEqual(1);
      expect(await t.db.rateLimitBucket.count({ where: { key, windowStart: row.windowStart } })).toBe(0);
    });
  });
});
