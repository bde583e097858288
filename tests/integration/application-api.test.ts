// GET /api/v1/applications/{code} (route handler) against a seeded database on both providers:
// 200 with the published schema and no personal data, 400 for a malformed code with a field
// message in both languages, 404 for an unknown code, 429 after the per-IP limit.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorSchema } from "@/lib/api/openapi";
import { bilingual } from "@/lib/api/respond";
import { ApplicationStatusResponseSchema, TRACKING_LIMIT_TEXT } from "@/lib/applications/api";
import { generateApplicationCode, generateBookingCode } from "@/lib/bookings/code";
import { nikFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";
import { makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";

type Handler = (req: Request, ctx: { params: Promise<{ code: string }> }) => Promise<Response>;

async function errorBody(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const raw = await res.text();
  expect(raw).not.toMatch(/\bat .+:\d+:\d+|node_modules|prisma|Error:|stack/i);
  const body = ErrorSchema.parse(JSON.parse(raw));
  expect(body.error.code).toBe(code);
  return body.error;
}

describe.each(PROVIDERS)("application tracking API on %s", (provider) => {
  let t: TestDb;
  let get: Handler;
  let code: string;
  let nik: string;
  let ipSeq = 0;
  const call = (c: string, ip = `192.0.2.${++ipSeq}`) =>
    get(new Request(`http://localhost/api/v1/applications/${encodeURIComponent(c)}`, { headers: { "X-Forwarded-For": ip } }), {
      params: Promise.resolve({ code: c }),
    });

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    get = (await import("@/app/api/v1/applications/[code]/route")).GET;
    const svc = await import("@/lib/applications/service");
    expect(svc.TRACKING_RATE_LIMIT).toEqual({ limit: TRACKING_LIMIT_TEXT.limit, windowSeconds: TRACKING_LIMIT_TEXT.minutes * 60 });
    const officer = await makeStaff(t.db, "OFFICER", [1]);
    nik = nikFor(42);
    ({ code } = await svc.createDirect(
      officer,
      { service: "ktp-el-baru", nik, name: "Dewi Lestari", phone: "081311112222", kelurahanCode: "33.75.01.1003", consent: true },
      {},
      t.db,
    ));
    await svc.changeStatus(officer, code, "VERIFIKASI_BERKAS", { publicNote: "Sedang diperiksa." }, {}, t.db);
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("200: the public status in the published shape, never cached, without personal data", async () => {
    const res = await call(code);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const raw = await res.text();
    const { data } = ApplicationStatusResponseSchema.parse(JSON.parse(raw));
    expect(data).toMatchObject({ code, status: "VERIFIKASI_BERKAS", applicantInitials: "D. L.", rejectionReason: null });
    expect(data.service.slug).toBe("ktp-el-baru");
    expect(data.timeline.map((s) => s.status)).toEqual(["DITERIMA", "VERIFIKASI_BERKAS"]);
    for (const secret of [nik, nik.slice(12), "Dewi", "Lestari", "0813", "nikMasked", "phone"]) expect(raw).not.toContain(secret);
    // Typed forms: lower case, spaces, without the P.
    expect((await call(code.toLowerCase().replace(/-/g, " "))).status).toBe(200);
    expect((await call(code.slice(2))).status).toBe(200);
  });

  it("400: malformed code, with the reason as a field message in Indonesian and English", async () => {
    const short = await errorBody(await call("P-K7M4"), 400, "BAD_REQUEST");
    expect(short.fieldErrors?.code).toEqual([bilingual("tracking.codeErrors.LENGTH")]);
    const chars = await errorBody(await call("P-K7M4-PX90"), 400, "BAD_REQUEST");
    expect(chars.fieldErrors?.code).toEqual([bilingual("tracking.codeErrors.CHARACTER")]);
    // One character changed: the check character catches it.
    const body = code.replace(/-/g, "").slice(1);
    const swapped = `P-${body[1]}${body[0]}${body.slice(2, 4)}-${body.slice(4)}`;
    if (swapped.replace(/-/g, "") !== code.replace(/-/g, "")) {
      const bad = await errorBody(await call(swapped), 400, "BAD_REQUEST");
      expect(bad.fieldErrors?.code).toEqual([bilingual("tracking.codeErrors.CHECK")]);
    }
    // A booking code is not an application code.
    await errorBody(await call(generateBookingCode()), 400, "BAD_REQUEST");
    await errorBody(await call("x".repeat(41)), 400, "BAD_REQUEST");
  });

  it("404: a well-formed code nobody has", async () => {
    let other = generateApplicationCode();
    while (other === code) other = generateApplicationCode();
    const e = await errorBody(await call(other), 404, "NOT_FOUND");
    expect(e.message).toEqual(bilingual("errors.NOT_FOUND"));
  });

  it("429 with Retry-After once an address has used its look-ups", async () => {
    const ip = "192.0.2.250";
    for (let i = 0; i < TRACKING_LIMIT_TEXT.limit; i++) expect((await call(code, ip)).status).toBe(200);
    const res = await call(code, ip);
    await errorBody(res, 429, "RATE_LIMITED");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 60_000);
});
