// The booking API (app/api/v1/bookings, app/api/v1/services/{slug}/availability): route handlers
// against a seeded database on both providers, at the real current time. Bodies are checked
// against the schemas the OpenAPI document publishes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorSchema } from "@/lib/api/openapi";
import { bilingual } from "@/lib/api/respond";
import { BookingResponseSchema, ServiceAvailabilityResponseSchema } from "@/lib/bookings/api";
import { BOOKING_FIELD_KEYS } from "@/lib/bookings/validation";
import { toWibIso } from "@/lib/time";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";
import { createTestDb, type TestDb } from "../helpers/test-db";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;
const KTP = "ktp-el-baru";
const JKN = "pendaftaran-jkn-pbi-dinkes";
/** Ten minutes after a slot start: never a slot start itself. */
const offSlot = (start: string) => toWibIso(new Date(Date.parse(start) + 10 * 60_000));

/** An error body: the documented shape, nothing else (no stack, cause or developer message). */
async function errorBody(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const raw = await res.text();
  expect(raw).not.toMatch(/\bat .+:\d+:\d+|node_modules|prisma|Error:|stack/i);
  const body = ErrorSchema.parse(JSON.parse(raw));
  expect(Object.keys(body.error).every((k) => ["code", "message", "fieldErrors", "details"].includes(k))).toBe(true);
  expect(body.error.code).toBe(code);
  return body.error;
}

describe("booking messages", () => {
  it("has every booking message in Indonesian and English", () => {
    for (const key of BOOKING_FIELD_KEYS) expect(bilingual(`bookingErrors.${key}`), key).toBeDefined();
    for (const key of ["dailyCap", "notActive", "tooLate", "idempotencyMismatch", "bodyNotJson", "bodyTooLarge"]) {
      expect(bilingual(`bookingErrors.${key}`), key).toBeDefined();
    }
    expect(bilingual("errors.NOT_BOOKABLE")).toBeDefined();
    expect(Object.keys(id.bookingErrors)).toEqual(Object.keys(en.bookingErrors));
  });
});

describe.each(PROVIDERS)("booking API on %s", (provider) => {
  let t: TestDb;
  let availability: Handler<{ slug: string }>;
  let create: Handler<Record<string, never>>;
  let booking: Handler<{ code: string }>;
  let cancel: Handler<{ code: string }>;
  let reschedule: Handler<{ code: string }>;
  let slots: string[] = [];
  let seq = 0;
  let ipSeq = 0;

  const nextSlot = (match: (s: string) => boolean = () => true) => {
    const s = slots.find(match);
    if (!s) throw new Error("out of test slots");
    slots.splice(slots.indexOf(s), 1);
    return s;
  };
  const body = (over: Record<string, unknown> = {}) => {
    const i = seq++;
    return { serviceSlug: KTP, slotStart: nextSlot(), nik: nikFor(i), name: "Budi Santoso", phone: phoneFor(i), kelurahanCode: "33.75.01.1003", consent: true, ...over };
  };
  /** Each test has its own client address (the per-IP limits are not what it is about). */
  const ip = () => `198.51.100.${++ipSeq}`;
  const post = (payload: unknown, headers: Record<string, string> = {}, from = ip()) =>
    create(
      new Request("http://localhost/api/v1/bookings", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": from, ...headers },
        body: typeof payload === "string" ? payload : JSON.stringify(payload),
      }),
      { params: Promise.resolve({}) },
    );
  const withProof = (method: string, code: string, proof: string | null, path = "", payload?: unknown, from = ip()) => {
    const headers: Record<string, string> = { "X-Forwarded-For": from };
    if (proof !== null) headers["X-Booking-Proof"] = proof;
    if (payload !== undefined) headers["Content-Type"] = "application/json";
    return new Request(`http://localhost/api/v1/bookings/${encodeURIComponent(code)}${path}`, {
      method,
      headers,
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
  };
  const params = (code: string) => ({ params: Promise.resolve({ code }) });
  const getAvailability = (slug: string, query = "") =>
    availability(new Request(`http://localhost/api/v1/services/${slug}/availability${query}`), {
      params: Promise.resolve({ slug }),
    });

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    availability = (await import("@/app/api/v1/services/[slug]/availability/route")).GET;
    create = (await import("@/app/api/v1/bookings/route")).POST;
    const one = await import("@/app/api/v1/bookings/[code]/route");
    booking = one.GET;
    cancel = one.DELETE;
    reschedule = (await import("@/app/api/v1/bookings/[code]/reschedule/route")).POST;
    const res = await getAvailability(KTP);
    const { data } = ServiceAvailabilityResponseSchema.parse(await res.json());
    slots = data.days.flatMap((d) => d.slots.filter((s) => s.remaining > 0).map((s) => s.start));
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("GET availability: the window's days, slots in WIB (+07:00), remaining <= capacity, not cached", async () => {
    const res = await getAvailability(KTP);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { data } = ServiceAvailabilityResponseSchema.parse(await res.json());
    expect(data.service).toMatchObject({ slug: KTP, onlineBooking: true, counterNumber: 1 });
    expect(data.days).toHaveLength(14);
    const all = data.days.flatMap((d) => d.slots);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      expect(s.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
      expect(s.end).toMatch(/\+07:00$/);
      expect(s.remaining).toBeLessThanOrEqual(s.capacity);
      expect(s.remaining).toBeGreaterThanOrEqual(0);
    }
    for (const d of data.days) if (d.status !== "OPEN" && d.status !== "FULL") expect(d.slots).toEqual([]);
    expect(data.nextAvailableDay).toBe(data.days.find((d) => d.status === "OPEN")?.day ?? null);

    const one = ServiceAvailabilityResponseSchema.parse(await (await getAvailability(KTP, `?from=${data.from}&to=${data.from}`)).json());
    expect(one.data.days.map((d) => d.day)).toEqual([data.from]);
  });

  it("GET availability: 400 for bad dates or over 31 days, 404 unknown, 409 not bookable online", async () => {
    const tooLong = await errorBody(await getAvailability(KTP, "?from=2026-12-01&to=2027-01-05"), 400, "BAD_REQUEST");
    expect(tooLong.fieldErrors?.to).toEqual([bilingual("bookingErrors.dateRangeTooLong", { max: 31 })]);
    const bad = await errorBody(await getAvailability(KTP, "?from=2026-02-30"), 400, "BAD_REQUEST");
    expect(bad.fieldErrors?.from).toEqual([bilingual("api.validation.invalid")]);
    await errorBody(await getAvailability(KTP, "?from=2026-12-10&to=2026-12-01"), 400, "BAD_REQUEST");
    await errorBody(await getAvailability("tidak-ada"), 404, "NOT_FOUND");
    const offline = await t.db.service.findFirstOrThrow({ where: { onlineBooking: false }, select: { slug: true } });
    await errorBody(await getAvailability(offline.slug), 409, "NOT_BOOKABLE");
  });

  it("POST: 201 with the booking and its Location; 200 with the same booking on an idempotent replay", async () => {
    const b = body();
    const res = await post(b, { "Idempotency-Key": "3f0c1b8e-retry" });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { data } = BookingResponseSchema.parse(await res.json());
    expect(res.headers.get("location")).toBe(`/api/v1/bookings/${data.code}`);
    expect(data).toMatchObject({ status: "BOOKED", start: b.slotStart, nikMasked: `3375********${b.nik.slice(12)}`, changeable: true });

    const again = await post(b, { "Idempotency-Key": "3f0c1b8e-retry" });
    expect(again.status).toBe(200);
    expect(BookingResponseSchema.parse(await again.json()).data.code).toBe(data.code);
    expect(await t.db.booking.count({ where: { slot: { startsAt: new Date(b.slotStart) } } })).toBe(1);

    // Without the key, the same request is a duplicate.
    const dup = await errorBody(await post(b), 409, "DUPLICATE_BOOKING");
    expect(dup.message).toEqual(bilingual("errors.DUPLICATE_BOOKING"));
  });

  it("POST: 409 SLOT_FULL when the slot has no place left", async () => {
    const slotStart = nextSlot();
    let created = 0;
    for (;;) {
      const res = await post(body({ slotStart }));
      if (res.status !== 201) {
        const e = await errorBody(res, 409, "SLOT_FULL");
        expect(e.message).toEqual(bilingual("errors.SLOT_FULL"));
        break;
      }
      created++;
      expect(created).toBeLessThan(20);
    }
    const slot = await t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(slotStart), counter: { number: 1 } } });
    expect(slot.booked).toBe(created);
    expect(slot.booked).toBe(slot.capacity);
  });

  it("POST: 422 with field errors in Indonesian and English", async () => {
    const e = await errorBody(await post(body({ nik: "3375", consent: false, phone: "123", name: "" })), 422, "VALIDATION");
    expect(e.message).toEqual(bilingual("errors.VALIDATION"));
    expect(e.fieldErrors?.nik).toEqual([bilingual("bookingErrors.nikFormat")]);
    expect(e.fieldErrors?.consent).toEqual([bilingual("bookingErrors.consentRequired")]);
    expect(e.fieldErrors?.phone).toEqual([bilingual("bookingErrors.phoneInvalid")]);
    expect(e.fieldErrors?.nik?.[0]).toEqual({ id: id.bookingErrors.nikFormat, en: en.bookingErrors.nikFormat });
    expect(e.fieldErrors?.name?.[0]?.id).toBe("Paling sedikit 2 karakter.");

    const slot = await errorBody(await post(body({ slotStart: offSlot(nextSlot()) })), 422, "VALIDATION");
    expect(slot.fieldErrors?.slotStart).toEqual([bilingual("bookingErrors.slotNotASlot")]);
    // Not an object at all.
    expect((await errorBody(await post([1, 2, 3]), 422, "VALIDATION")).fieldErrors).toBeDefined();
  });

  it("POST: 403 OUT_OF_AREA with the alternative office in the body", async () => {
    const jkn = ServiceAvailabilityResponseSchema.parse(await (await getAvailability(JKN)).json());
    const slotStart = jkn.data.days.flatMap((d) => d.slots)[0]!.start;
    const e = await errorBody(await post(body({ serviceSlug: JKN, slotStart, kelurahanCode: "33.75.03.1002" })), 403, "OUT_OF_AREA");
    const dinkes = await t.db.agency.findUniqueOrThrow({ where: { slug: "dinkes" } });
    expect(e.message).toEqual(bilingual("errors.OUT_OF_AREA"));
    expect(e.details).toMatchObject({ alternativeName: dinkes.name, alternativeAddress: dinkes.address, reason: expect.any(String) });
    expect((await post(body({ serviceSlug: JKN, slotStart, kelurahanCode: "33.75.01.1002" }))).status).toBe(201);
  });

  it("POST: 429 with Retry-After after 5 attempts with one NIK", async () => {
    const b = body();
    expect((await post(b)).status).toBe(201);
    for (let k = 0; k < 4; k++) expect((await post(b)).status).toBe(409);
    const res = await post(b);
    const e = await errorBody(res, 429, "RATE_LIMITED");
    const retry = Number(res.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(24 * 3600);
    expect(e.details).toEqual({ retryAfterSeconds: retry });
    expect(e.message).toEqual(bilingual("errors.RATE_LIMITED"));
  });

  it("POST: 400 for a body that is not JSON, too large, or a malformed Idempotency-Key", async () => {
    const notJson = await create(
      new Request("http://localhost/api/v1/bookings", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "nik=1" }),
      { params: Promise.resolve({}) },
    );
    expect((await errorBody(notJson, 400, "BAD_REQUEST")).message).toEqual(bilingual("bookingErrors.bodyNotJson"));
    expect((await errorBody(await post("{not json"), 400, "BAD_REQUEST")).message).toEqual(bilingual("bookingErrors.bodyNotJson"));
    const big = await errorBody(await post({ ...body(), name: "a".repeat(5000) }), 400, "BAD_REQUEST");
    expect(big.message).toEqual(bilingual("bookingErrors.bodyTooLarge", { max: 4096 }));
    const key = await errorBody(await post(body(), { "Idempotency-Key": "spasi tidak boleh" }), 400, "BAD_REQUEST");
    expect(key.fieldErrors?.["Idempotency-Key"]).toEqual([bilingual("api.validation.invalid")]);
  });

  it("GET/DELETE /bookings/{code}: proof in a header, 404 for a wrong proof or unknown code, cancel once", async () => {
    const b = body();
    const { data: created } = BookingResponseSchema.parse(await (await post(b)).json());

    const byNik = await booking(withProof("GET", created.code, b.nik), params(created.code));
    expect(byNik.status).toBe(200);
    expect(BookingResponseSchema.parse(await byNik.json()).data).toEqual(created);
    const byPhone = await booking(withProof("GET", created.code.toLowerCase(), `+62${b.phone.slice(1)}`), params(created.code.toLowerCase()));
    expect(byPhone.status).toBe(200);

    const wrong = await errorBody(await booking(withProof("GET", created.code, nikFor(77_777)), params(created.code)), 404, "NOT_FOUND");
    const unknown = await errorBody(await booking(withProof("GET", "2222-2222", b.nik), params("2222-2222")), 404, "NOT_FOUND");
    expect(wrong).toEqual(unknown);
    const missing = await errorBody(await booking(withProof("GET", created.code, null), params(created.code)), 400, "BAD_REQUEST");
    expect(missing.fieldErrors?.["X-Booking-Proof"]).toEqual([bilingual("api.validation.required")]);

    const del = await cancel(withProof("DELETE", created.code, b.phone), params(created.code));
    expect(del.status).toBe(200);
    expect(BookingResponseSchema.parse(await del.json()).data).toMatchObject({ code: created.code, status: "CANCELLED", changeable: false });
    const slot = await t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(b.slotStart), counter: { number: 1 } } });
    expect(slot.booked).toBe(0);
    const again = await errorBody(await cancel(withProof("DELETE", created.code, b.nik), params(created.code)), 409, "CONFLICT");
    expect(again.message).toEqual(bilingual("bookingErrors.notActive"));
  });

  it("POST /bookings/{code}/reschedule: moves the booking, 409 for a full slot, 422 off the schedule", async () => {
    const b = body();
    const { data: created } = BookingResponseSchema.parse(await (await post(b)).json());
    const target = nextSlot((s) => s.slice(0, 10) !== created.dayWib);
    const res = await reschedule(withProof("POST", created.code, b.nik, "/reschedule", { slotStart: target }), params(created.code));
    expect(res.status).toBe(200);
    const moved = BookingResponseSchema.parse(await res.json()).data;
    expect(moved).toMatchObject({ code: created.code, start: target, dayWib: target.slice(0, 10), status: "BOOKED" });
    const oldSlot = await t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(b.slotStart), counter: { number: 1 } } });
    expect(oldSlot.booked).toBe(0);

    // A full slot: nothing moves.
    const full = nextSlot((s) => s.slice(0, 10) !== target.slice(0, 10));
    while ((await post(body({ slotStart: full }))).status === 201);
    const refused = await reschedule(withProof("POST", created.code, b.nik, "/reschedule", { slotStart: full }), params(created.code));
    await errorBody(refused, 409, "SLOT_FULL");
    expect((await t.db.booking.findUniqueOrThrow({ where: { code: created.code } })).startsAt).toEqual(new Date(target));

    const off = await reschedule(
      withProof("POST", created.code, b.nik, "/reschedule", { slotStart: offSlot(target) }),
      params(created.code),
    );
    expect((await errorBody(off, 422, "VALIDATION")).fieldErrors?.slotStart).toEqual([bilingual("bookingErrors.slotNotASlot")]);
    const noBody = await reschedule(withProof("POST", created.code, b.nik, "/reschedule", { when: "besok" }), params(created.code));
    expect((await errorBody(noBody, 422, "VALIDATION")).fieldErrors?.slotStart).toEqual([bilingual("bookingErrors.slotStartInvalid")]);
    await errorBody(
      await reschedule(withProof("POST", created.code, nikFor(88_888), "/reschedule", { slotStart: target }), params(created.code)),
      404,
      "NOT_FOUND",
    );
  });
});
