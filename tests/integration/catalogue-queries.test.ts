// The public catalogue reads, on both databases, with WIB "today" edges.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getService, listAgencies, listCategories, listCounters, listServices } from "@/lib/catalogue/queries";
import { findServices, forgetCatalogue } from "@/lib/catalogue/search";
import type { ServiceListItem } from "@/lib/catalogue/queries";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";

describe.each(PROVIDERS)("catalogue queries on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
  });
  afterAll(async () => {
    await t.drop();
  });

  it("lists the 23 gerai with their services and today's status", async () => {
    const tuesday = new Date("2026-12-01T03:00:00Z"); // Tuesday 10:00 WIB
    const counters = await listCounters(tuesday, t.db);
    expect(counters).toHaveLength(23);
    expect(counters.reduce((n, c) => n + c.services.length, 0)).toBe(130);
    const open = counters.filter((c) => c.today.open);
    expect(open.length).toBeGreaterThan(15);
    for (const c of open) expect(c.today.hours.every((h) => h.weekday === 2)).toBe(true);
  });

  it("uses the WIB day: 23:30 WIB on Sunday 6 Dec is still Sunday (closed), not Monday", async () => {
    const sundayNight = new Date("2026-12-06T16:30:00Z"); // Sunday 23:30 WIB
    const counters = await listCounters(sundayNight, t.db);
    expect(counters.every((c) => !c.today.open)).toBe(true);
    const mondayEarly = new Date("2026-12-06T17:30:00Z"); // Monday 00:30 WIB, still Sunday in UTC
    expect((await listCounters(mondayEarly, t.db)).some((c) => c.today.open)).toBe(true);
  });

  it("marks every gerai closed on a national holiday, with its name", async () => {
    const independenceDay = new Date("2026-08-17T02:00:00Z"); // Monday 17 Aug 2026, 09:00 WIB
    const counters = await listCounters(independenceDay, t.db);
    for (const c of counters) {
      expect(c.today.open).toBe(false);
      expect(c.today.closure).toMatch(/Kemerdekaan/i);
    }
  });

  it("returns a service's complete standar pelayanan", async () => {
    const s = await getService("skck-baru", new Date(), t.db);
    expect(s).not.toBeNull();
    expect(s?.costAmount).toBe(30_000);
    expect(s?.requirements.length).toBeGreaterThan(2);
    expect(s?.steps.length).toBeGreaterThanOrEqual(2);
    expect(s?.complaintChannel).not.toBe("");
    expect(s?.counter.hours.length).toBeGreaterThan(0);
    expect(await getService("tidak-ada", new Date(), t.db)).toBeNull();
  });

  it("returns the JKN area rule with the kecamatan it serves", async () => {
    const s = await getService("pendaftaran-jkn-pbi-dinkes", new Date(), t.db);
    expect(s?.areaRule?.kecamatan.map((k) => k.name)).toEqual(["Pekalongan Barat", "Pekalongan Selatan"]);
  });

  it("filters services by agency and category, and counts them per category and agency", async () => {
    const categories = await listCategories(t.db);
    const agencies = await listAgencies(t.db);
    expect(categories.reduce((n, c) => n + c.serviceCount, 0)).toBe(130);
    expect(agencies.reduce((n, a) => n + a.serviceCount, 0)).toBe(130);
    const kemenag = await listServices({ agency: "kemenag" }, t.db);
    expect(kemenag.length).toBe(agencies.find((a) => a.slug === "kemenag")?.serviceCount);
    expect(kemenag.every((s) => s.agency.slug === "kemenag")).toBe(true);
    const first = categories[0];
    if (!first) throw new Error("no categories");
    expect((await listServices({ category: first.slug }, t.db)).length).toBe(first.serviceCount);
  });

  it("keeps the catalogue lists across requests until the catalogue is forgotten, and never lets a caller edit them", async () => {
    const before = await listServices({ agency: "kemenag" }, t.db);
    const service = before[0];
    if (!service) throw new Error("no Kemenag service");
    try {
      await t.db.service.update({ where: { slug: service.slug }, data: { isActive: false } });
      // Kept: the same result (a re-seed is followed by forgetCatalogue, pages are cached anyway).
      expect((await listServices({ agency: "kemenag" }, t.db)).map((s) => s.slug)).toContain(service.slug);
      expect(() => (before as ServiceListItem[]).sort()).toThrow(TypeError);
      forgetCatalogue(t.db);
      expect((await listServices({ agency: "kemenag" }, t.db)).map((s) => s.slug)).not.toContain(service.slug);
      expect(await findServices({ q: service.name }, t.db)).not.toContain(service.slug);
    } finally {
      await t.db.service.update({ where: { slug: service.slug }, data: { isActive: true } });
      forgetCatalogue(t.db);
    }
    expect((await listServices({ agency: "kemenag" }, t.db)).map((s) => s.slug)).toContain(service.slug);
  });
});
