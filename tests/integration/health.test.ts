// GET /api/health answers 200 with the database status, 503 when the database is unreachable.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db-client";
import { checkHealth } from "@/lib/health";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";

describe.each(PROVIDERS)("health on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: false });
  });
  afterAll(async () => {
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("reports the database up", async () => {
    const report = await checkHealth(t.db, provider);
    expect(report.status).toBe("ok");
    expect(report.database).toMatchObject({ status: "up", provider });
  });

  it("answers 200 from the route handler", async () => {
    vi.resetModules();
    (globalThis as { __mppDb?: unknown }).__mppDb = undefined;
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("ALLOW_LOCAL_SECRETS", "true");
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up", provider } });
  });
});

describe("health when the database is unreachable", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("reports PostgreSQL down when nothing listens", async () => {
    const db = createDb("postgresql://postgres@127.0.0.1:1/nothing");
    const report = await checkHealth(db, "postgresql", 2000);
    expect(report).toMatchObject({ status: "error", database: { status: "down" } });
    await db.$disconnect();
  });

  it("answers 503 from the route handler", async () => {
    vi.resetModules();
    (globalThis as { __mppDb?: unknown }).__mppDb = undefined;
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/nothing");
    vi.stubEnv("ALLOW_LOCAL_SECRETS", "true");
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "error", database: { status: "down", provider: "postgresql" } });
  });
});
