// The public read API (app/api/v1): route handlers against a seeded database on both providers.
// Bodies are checked against the schemas the OpenAPI document publishes (lib/api/openapi.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CounterListSchema,
  ErrorSchema,
  ServiceDetailResponseSchema,
  ServiceListSchema,
} from "@/lib/api/openapi";
import { CATALOGUE_CACHE_CONTROL } from "@/lib/api/respond";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { PROVIDERS } from "../helpers/providers";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";
import { createTestDb, type TestDb } from "../helpers/test-db";

type Handler = (req: Request, ctx: { params: Promise<{ slug: string }> }) => Promise<Response>;
/** The client lib/db.ts created for the imported route modules (read late: TS narrows the global). */

const ctx = (slug = "") => ({ params: Promise.resolve({ slug }) });

/** An error body: the documented shape, nothing else (no stack, cause or developer message). */
async function expectErrorBody(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const raw = await res.text();
  expect(raw).not.toMatch(/\bat .+:\d+:\d+|node_modules|prisma|Error:|stack/i);
  const body = ErrorSchema.parse(JSON.parse(raw));
  expect(Object.keys(JSON.parse(raw))).toEqual(["error"]);
  expect(Object.keys(body.error).every((k) => ["code", "message", "fieldErrors"].includes(k))).toBe(true);
  expect(body.error.code).toBe(code);
  return body.error;
}

describe.each(PROVIDERS)("public catalogue API on %s", (provider) => {
  let t: TestDb;
  let counters: Handler;
  let services: Handler;
  let service: Handler;

  const list = (query: string) => services(new Request(`http://localhost/api/v1/services${query}`), ctx());
  const detail = (slug: string) =>
    service(new Request(`http://localhost/api/v1/services/${encodeURIComponent(slug)}`), ctx(slug));

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    counters = (await import("@/app/api/v1/counters/route")).GET;
    services = (await import("@/app/api/v1/services/route")).GET;
    service = (await import("@/app/api/v1/services/[slug]/route")).GET;
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("lists the 23 counters with hours, today's status and services (cacheable)", async () => {
    const res = await counters(new Request("http://localhost/api/v1/counters"), ctx());
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(CATALOGUE_CACHE_CONTROL);
    const { data } = CounterListSchema.parse(await res.json());
    expect(data).toHaveLength(23);
    expect(data.map((c) => c.number)).toEqual([...data.map((c) => c.number)].sort((a, b) => a - b));
    expect(data.reduce((n, c) => n + c.services.length, 0)).toBe(130);
    for (const c of data) {
      expect(c.hours.length).toBeGreaterThan(0);
      for (const h of c.hours) expect(h.open < h.close).toBe(true);
      expect(c.today.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.url).toBe(`/gerai/${c.number}`);
      for (const s of c.services) expect(s.url).toBe(`/layanan/${s.slug}`);
    }
    expect(data.some((c) => c.hours.some((h) => h.open === "08:00"))).toBe(true);
  });

  it("lists all services by name without q (default limit 20, total 130)", async () => {
    const res = await list("");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(CATALOGUE_CACHE_CONTROL);
    const body = ServiceListSchema.parse(await res.json());
    expect(body.data).toHaveLength(20);
    expect(body.meta).toEqual({ total: 130, query: { q: null, agency: null, category: null, limit: 20 } });
    const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });
    const names = body.data.map((s) => s.name);
    expect(names).toEqual([...names].sort(collator.compare));
    const all = ServiceListSchema.parse(await (await list("?limit=130")).json());
    expect(all.data).toHaveLength(130);
    const first = all.data[0]!;
    expect(first.url).toBe(`/layanan/${first.slug}`);
    expect(first.cost.free).toBe(first.cost.amount === 0 && first.cost.text === null);
  });

  it("ranks skck-baru among the first three for q=skck", async () => {
    const res = await list("?q=skck");
    expect(res.status).toBe(200);
    const body = ServiceListSchema.parse(await res.json());
    expect(body.data.slice(0, 3).map((s) => s.slug)).toContain("skck-baru");
    expect(body.meta.query.q).toBe("skck");
    expect(body.meta.total).toBeGreaterThanOrEqual(body.data.length);
    const skck = body.data.find((s) => s.slug === "skck-baru")!;
    expect(skck.agency.slug).toBe("polres-pekalongan-kota");
    expect(skck.cost).toEqual({ amount: 30000, text: "PNBP penerbitan SKCK Rp30.000", free: false });
  });

  it("filters by agency and by category, with and without q", async () => {
    const byAgency = ServiceListSchema.parse(await (await list("?agency=disdukcapil&limit=130")).json());
    expect(byAgency.data.length).toBeGreaterThan(3);
    expect(byAgency.meta.total).toBe(byAgency.data.length);
    expect(byAgency.data.every((s) => s.agency.slug === "disdukcapil")).toBe(true);
    expect(byAgency.data.map((s) => s.slug)).toContain("ktp-el-baru");

    const searched = ServiceListSchema.parse(await (await list("?q=ktp&agency=disdukcapil")).json());
    expect(searched.data[0]?.slug).toMatch(/^ktp-el/);
    const elsewhere = ServiceListSchema.parse(await (await list("?q=skck&agency=disdukcapil")).json());
    expect(elsewhere.data.map((s) => s.slug)).not.toContain("skck-baru");

    const byCategory = ServiceListSchema.parse(await (await list("?category=kepolisian&limit=130")).json());
    expect(byCategory.data.length).toBeGreaterThan(0);
    expect(byCategory.data.every((s) => s.category.slug === "kepolisian")).toBe(true);
  });

  it("treats empty parameters as absent (an HTML form sends them)", async () => {
    const res = await list("?q=&agency=&category=&limit=");
    expect(res.status).toBe(200);
    expect(ServiceListSchema.parse(await res.json()).meta.total).toBe(130);
  });

  it("answers 400 with bilingual field errors for an unknown agency or category", async () => {
    const error = await expectErrorBody(await list("?agency=tidak-ada&category=juga-tidak-ada"), 400, "BAD_REQUEST");
    expect(error.message).toEqual({ id: id.errors.BAD_REQUEST, en: en.errors.BAD_REQUEST });
    expect(error.fieldErrors?.agency).toEqual([{ id: "Instansi tidak dikenal.", en: "Unknown agency." }]);
    expect(error.fieldErrors?.category).toEqual([
      { id: "Kategori layanan tidak dikenal.", en: "Unknown service category." },
    ]);
  });

  it("answers 400 for a q longer than 100 characters, limit 0 or 131, a malformed slug, a repeated parameter", async () => {
    const long = await expectErrorBody(await list(`?q=${"a".repeat(101)}`), 400, "BAD_REQUEST");
    expect(long.fieldErrors?.q).toEqual([{ id: "Paling banyak 100 karakter.", en: "At most 100 characters." }]);
    expect((await list(`?q=${"a".repeat(100)}`)).status).toBe(200);

    const zero = await expectErrorBody(await list("?limit=0"), 400, "BAD_REQUEST");
    expect(zero.fieldErrors?.limit).toEqual([{ id: "Nilai paling kecil 1.", en: "At least 1." }]);
    const big = await expectErrorBody(await list("?limit=131"), 400, "BAD_REQUEST");
    expect(big.fieldErrors?.limit?.[0]?.en).toBe("At most 130.");
    const word = await expectErrorBody(await list("?limit=banyak"), 400, "BAD_REQUEST");
    expect(word.fieldErrors?.limit?.[0]?.en).toBe("Must be a number.");
    const frac = await expectErrorBody(await list("?limit=2.5"), 400, "BAD_REQUEST");
    expect(frac.fieldErrors?.limit?.[0]?.en).toBe("Must be a whole number.");

    const slug = await expectErrorBody(await list("?agency=BAD%20SLUG!"), 400, "BAD_REQUEST");
    expect(slug.fieldErrors?.agency).toHaveLength(1);
    expect(slug.fieldErrors?.agency?.[0]?.en).toMatch(/lower-case letters, digits and hyphens/);

    const twice = await expectErrorBody(await list("?q=ktp&q=sim&limit=0"), 400, "BAD_REQUEST");
    expect(twice.fieldErrors?.q?.[0]?.en).toBe("Give this parameter only once.");
    expect(twice.fieldErrors?.limit).toBeDefined();
  });

  it("serves the complete standar pelayanan of ktp-el-baru", async () => {
    const res = await detail("ktp-el-baru");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(CATALOGUE_CACHE_CONTROL);
    const { data } = ServiceDetailResponseSchema.parse(await res.json());
    expect(data.slug).toBe("ktp-el-baru");
    expect(data.agency.slug).toBe("disdukcapil");
    expect(data.agency.address.length).toBeGreaterThan(0);
    expect(data.requirements.length).toBeGreaterThan(0);
    expect(data.requirements.map((r) => r.position)).toEqual([...data.requirements.map((r) => r.position)].sort((a, b) => a - b));
    expect(data.steps.length).toBeGreaterThan(0);
    expect(data.cost.legalBasis.length).toBeGreaterThan(0);
    expect(data.legalBasis.length).toBeGreaterThan(0);
    expect(data.complaintChannel.length).toBeGreaterThan(0);
    expect(data.counter.number).toBe(data.counterNumber);
    expect(data.counter.hours.length).toBeGreaterThan(0);
    expect(data.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  });

  it("answers 404 for an unknown slug and 400 for a malformed one", async () => {
    const missing = await expectErrorBody(await detail("tidak-ada"), 404, "NOT_FOUND");
    expect(missing.message).toEqual({ id: id.errors.NOT_FOUND, en: en.errors.NOT_FOUND });
    expect(missing.fieldErrors).toBeUndefined();

    const bad = await expectErrorBody(await detail("BAD SLUG!"), 400, "BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["slug"]);
    expect(bad.fieldErrors?.slug?.[0]?.id).toMatch(/huruf kecil/);
    await expectErrorBody(await detail("a".repeat(101)), 400, "BAD_REQUEST");
  });
});

describe("API errors from unexpected failures", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("answers 500/503 without leaking the error, and logs it on the server", async () => {
    const { jsonError, withErrors } = await import("@/lib/api/respond");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await withErrors(() => {
      throw new Error("boom: password=hunter2 at /srv/app/lib/x.ts:1:2");
    })(new Request("http://localhost/x"), undefined);
    const error = await expectErrorBody(res, 500, "INTERNAL");
    expect(error.message).toEqual({ id: id.errors.INTERNAL, en: en.errors.INTERNAL });
    expect(log).toHaveBeenCalled();

    await expectErrorBody(jsonError({ code: "P1001", message: "Can't reach database server at db:5432" }), 503, "DB_UNAVAILABLE");
  });

  it("answers 503 from a route handler when the database is unreachable", async () => {
    pointRoutesAt("postgresql://postgres@127.0.0.1:1/nothing");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("@/app/api/v1/counters/route");
    const res = await GET(new Request("http://localhost/api/v1/counters"), ctx());
    expect([500, 503]).toContain(res.status);
    const raw = await res.text();
    expect(raw).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    await releaseRouteDb();
  });
});
