// GET /api/v1/stats/daily: route handler against a seeded database on both providers. Bodies are
// checked against the schemas the OpenAPI document publishes. The session cookie's decoding
// (next-auth's getServerSession, which needs a real request) is replaced by a stand-in returning
// the session of a real staff account; the guard, the account lookup and the data are real. The
// end-to-end test (tests/e2e/stats.spec.ts) signs in for real.
import type * as NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorSchema } from "@/lib/api/openapi";
import { DailyStatsResponseSchema } from "@/lib/stats/api";
import { wibInstant } from "@/lib/time";
import { makeStaff, counterId } from "../helpers/staff";
import { makeVisit } from "../helpers/visits";
import { PROVIDERS } from "../helpers/providers";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";
import { createTestDb, type TestDb } from "../helpers/test-db";

const session: { current: { uid: string; sv: number } | null } = { current: null };
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof NextAuth>()),
  getServerSession: async () => session.current,
}));

type Handler = (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response>;

async function errorOf(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = ErrorSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body.error;
}

describe.each(PROVIDERS)("stats API on %s", (provider) => {
  let t: TestDb;
  let get: Handler;
  const call = (query = "") => get(new Request(`http://localhost/api/v1/stats/daily${query}`), { params: Promise.resolve({}) });

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    get = (await import("@/app/api/v1/stats/daily/route")).GET as unknown as Handler;
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t?.drop();
    vi.unstubAllEnvs();
  });

  it("400 with a message per bad parameter", async () => {
    const e = await errorOf(await call("?from=2026-02-30&to=2026-01-01&counter=x"), 400, "BAD_REQUEST");
    expect(e.fieldErrors?.from?.[0]?.id).toBe("Tanggal tidak valid (format TTTT-BB-HH).");
    expect(e.fieldErrors?.counter?.[0]?.en).toMatch(/whole number/i);
    const reversed = await errorOf(await call("?from=2026-11-30&to=2026-11-01"), 400, "BAD_REQUEST");
    expect(reversed.fieldErrors?.to?.[0]?.en).toBe("The end date must be on or after the start date.");
    const long = await errorOf(await call("?from=2020-01-01&to=2026-11-01"), 400, "BAD_REQUEST");
    expect(long.fieldErrors?.to?.[0]?.en).toBe("The period can be at most 1098 days.");
    const half = await errorOf(await call("?from=2026-11-01"), 400, "BAD_REQUEST");
    expect(Object.keys(half.fieldErrors ?? {})).toEqual(["to"]);
  });

  it("200 for an official: every day of the period, booked and walk-in arrivals, not cached", async () => {
    const official = await makeStaff(t.db, "OFFICIAL");
    const g1 = await counterId(t.db, 1);
    const ktp = await t.db.service.findUniqueOrThrow({ where: { slug: "ktp-el-baru" }, select: { id: true } });
    await makeVisit(t.db, { counterId: g1, serviceId: ktp.id, source: "BOOKING", checkedInAt: wibInstant("2025-03-03", 9 * 60) });
    await makeVisit(t.db, { counterId: g1, serviceId: ktp.id, checkedInAt: new Date("2025-03-03T16:30:00Z") }); // 23:30 WIB
    await makeVisit(t.db, { counterId: g1, serviceId: ktp.id, checkedInAt: new Date("2025-03-03T17:30:00Z") }); // 00:30 WIB next day
    session.current = { uid: official.userId, sv: 0 };
    const res = await call("?from=2025-03-03&to=2025-03-05");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { data } = DailyStatsResponseSchema.parse(await res.json());
    expect(data.days).toEqual([
      { day: "2025-03-03", booking: 1, walkIn: 1, total: 2 },
      { day: "2025-03-04", booking: 0, walkIn: 1, total: 1 },
      { day: "2025-03-05", booking: 0, walkIn: 0, total: 0 },
    ]);
    expect(data.totals).toEqual({ booking: 1, walkIn: 2, total: 3 });
    expect(data.serviceDays).toBe(3);
    expect(data.averagePerDay).toBe(1);
    const one = DailyStatsResponseSchema.parse(await (await call("?from=2025-03-03&to=2025-03-05&counter=2")).json());
    expect(one.data.counter?.number).toBe(2);
    expect(one.data.totals.total).toBe(0);
    await errorOf(await call("?counter=999"), 404, "NOT_FOUND");
    const admin = await makeStaff(t.db, "ADMIN");
    session.current = { uid: admin.userId, sv: 0 };
    expect((await call("?from=2025-03-03&to=2025-03-05")).status).toBe(200);
  });

  it("403 for roles without statistics, with the refusal audited", async () => {
    for (const role of ["OFFICER", "FRONT_DESK"] as const) {
      const staff = await makeStaff(t.db, role);
      session.current = { uid: staff.userId, sv: 0 };
      await errorOf(await call("?from=2025-03-03&to=2025-03-05"), 403, "FORBIDDEN");
      const audit = await t.db.auditLog.findFirst({ where: { actorId: staff.userId, action: "access.refused" } });
      expect(audit?.details).toContain("stats:read");
    }
    session.current = null;
  });

  it("401 without a staff session", async () => {
    session.current = null;
    await errorOf(await call("?from=2026-11-01&to=2026-11-30"), 401, "UNAUTHENTICATED");
    await errorOf(await call(), 401, "UNAUTHENTICATED");
  });
});
