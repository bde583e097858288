// GET /api/v1/stats/daily: route handler against a seeded database on both providers. Bodies are
// checked against the schemas the OpenAPI document publishes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorSchema } from "@/lib/api/openapi";
import { PROVIDERS } from "../helpers/providers";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";
import { createTestDb, type TestDb } from "../helpers/test-db";

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

  it("401 without a staff session", async () => {
    await errorOf(await call("?from=2026-11-01&to=2026-11-30"), 401, "UNAUTHENTICATED");
    await errorOf(await call(), 401, "UNAUTHENTICATED");
  });
});
