// The seeded catalogue is complete and the seed is idempotent, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed-lib";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";

const KELURAHAN_CODE = /^33\.75\.0[1-4]\.10\d{2}$/;

describe.each(PROVIDERS)("seed on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
  });
  afterAll(async () => {
    await t.drop();
  });

  it("has 23 gerai numbered 1 to 23 on two floors, each with opening hours and services", async () => {
    const counters = await t.db.counter.findMany({
      orderBy: { number: "asc" },
      select: { number: true, floor: true, _count: { select: { hours: true, services: true } } },
    });
    expect(counters.map((c) => c.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(new Set(counters.map((c) => c.floor))).toEqual(new Set([1, 2]));
    for (const c of counters) {
      expect(c._count.hours, `gerai ${c.number} hours`).toBeGreaterThan(0);
      expect(c._count.services, `gerai ${c.number} services`).toBeGreaterThanOrEqual(2);
    }
  });

  it("has some gerai that are not open every weekday", async () => {
    const counters = await t.db.counter.findMany({ select: { number: true, hours: { select: { weekday: true } } } });
    const partTime = counters.filter((c) => [1, 2, 3, 4, 5].some((d) => !c.hours.some((h) => h.weekday === d)));
    expect(partTime.length).toBeGreaterThanOrEqual(1);
  });

  it("has exactly 130 services, each with a complete standar pelayanan", async () => {
    const services = await t.db.service.findMany({
      include: {
        requirements: true,
        steps: true,
        counter: { select: { agencyId: true } },
      },
    });
    expect(services).toHaveLength(130);
    expect(new Set(services.map((s) => s.slug)).size).toBe(130);
    for (const s of services) {
      const label = `service ${s.slug}`;
      for (const field of ["name", "nameEn", "summary", "durationText", "costLegalBasis", "product", "legalBasis"] as const) {
        expect(s[field].trim(), `${label}.${field}`).not.toBe("");
      }
      expect(s.slug, label).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.requirements.length, `${label} requirements`).toBeGreaterThanOrEqual(1);
      expect(s.steps.length, `${label} procedure`).toBeGreaterThanOrEqual(2);
      expect(s.requirements.every((r) => r.text.trim() !== ""), label).toBe(true);
      expect(s.durationDays, label).toBeGreaterThanOrEqual(0);
      expect(s.costAmount, label).toBeGreaterThanOrEqual(0);
      expect(s.averageServiceMinutes, label).toBeGreaterThan(0);
      expect(s.keywords.trim(), `${label} keywords`).not.toBe("");
      // The gerai that serves it belongs to the agency that owns it.
      expect(s.counter.agencyId, label).toBe(s.agencyId);
    }
  });

  it("uses the real fees where they are known", async () => {
    const fee = async (slug: string) =>
      (await t.db.service.findUniqueOrThrow({ where: { slug }, select: { costAmount: true } })).costAmount;
    expect(await fee("skck-baru")).toBe(30_000);
    expect(await fee("sim-a-baru")).toBe(120_000);
    expect(await fee("sim-a-perpanjangan")).toBe(80_000);
    expect(await fee("sim-c-baru")).toBe(100_000);
    expect(await fee("sim-c-perpanjangan")).toBe(75_000);
    expect(await fee("ktp-el-baru")).toBe(0);
    expect(await fee("akta-kelahiran")).toBe(0);
  });

  it("has the 4 kecamatan and 27 kelurahan of Kota Pekalongan with valid Kemendagri codes", async () => {
    const kec = await t.db.kecamatan.findMany({ include: { kelurahan: true }, orderBy: { code: "asc" } });
    expect(kec.map((k) => k.code)).toEqual(["33.75.01", "33.75.02", "33.75.03", "33.75.04"]);
    const kel = kec.flatMap((k) => k.kelurahan.map((l) => ({ ...l, parent: k.code })));
    expect(kel).toHaveLength(27);
    expect(new Set(kel.map((l) => l.code)).size).toBe(27);
    for (const l of kel) {
      expect(l.code).toMatch(KELURAHAN_CODE);
      expect(l.code.startsWith(`${l.parent}.`)).toBe(true);
    }
    expect(kel.find((l) => l.code === "33.75.01.1003")?.name).toBe("Podosugih");
  });

  it("has the 2026 and 2027 national holidays and cuti bersama as whole-MPP closures", async () => {
    const count = (prefix: string, kind: "NATIONAL_HOLIDAY" | "CUTI_BERSAMA") =>
      t.db.closure.count({ where: { dayWib: { startsWith: prefix }, kind, scopeKey: "ALL" } });
    expect(await count("2026", "NATIONAL_HOLIDAY")).toBe(17);
    expect(await count("2026", "CUTI_BERSAMA")).toBe(8);
    expect(await count("2027", "NATIONAL_HOLIDAY")).toBeGreaterThanOrEqual(17);
    expect(await count("2027", "CUTI_BERSAMA")).toBeGreaterThanOrEqual(1);
    const aug17 = await t.db.closure.findUnique({ where: { dayWib_scopeKey: { dayWib: "2026-08-17", scopeKey: "ALL" } } });
    expect(aug17?.kind).toBe("NATIONAL_HOLIDAY");
  });

  it("limits the Dinas Kesehatan JKN counter to Pekalongan Selatan and Barat", async () => {
    const rule = await t.db.serviceAreaRule.findFirstOrThrow({
      where: { service: { slug: "pendaftaran-jkn-pbi-dinkes" } },
      include: { kecamatan: true, service: { select: { agency: { select: { slug: true, address: true } } } } },
    });
    expect(rule.kecamatan.map((k) => k.kecamatanCode).sort()).toEqual(["33.75.01", "33.75.04"]);
    expect(rule.alternativeAddress).toBe(rule.service.agency.address);
    expect(rule.allowOutsideCity).toBe(false);
  });

  it("has demo staff for every role with argon2id hashes, officers bound to a gerai", async () => {
    const users = await t.db.user.findMany({ include: { counters: true } });
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["ADMIN", "OFFICER", "FRONT_DESK", "OFFICIAL"]));
    for (const u of users) expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    for (const u of users.filter((x) => x.role === "OFFICER")) expect(u.counters.length).toBeGreaterThan(0);
  });

  it("changes nothing when run a second time", async () => {
    const snapshot = async () => ({
      profile: await t.db.mppProfile.findMany(),
      mppHours: await t.db.mppHours.findMany({ orderBy: [{ weekday: "asc" }] }),
      agencies: await t.db.agency.findMany({ orderBy: { slug: "asc" } }),
      counters: await t.db.counter.findMany({ orderBy: { number: "asc" } }),
      hours: await t.db.counterHours.findMany({ orderBy: [{ counterId: "asc" }, { weekday: "asc" }] }),
      categories: await t.db.serviceCategory.findMany({ orderBy: { slug: "asc" } }),
      services: await t.db.service.findMany({ orderBy: { slug: "asc" } }),
      requirements: await t.db.serviceRequirement.findMany({ orderBy: [{ serviceId: "asc" }, { position: "asc" }] }),
      steps: await t.db.serviceStep.findMany({ orderBy: [{ serviceId: "asc" }, { position: "asc" }] }),
      rules: await t.db.serviceAreaRule.findMany(),
      ruleKec: await t.db.serviceAreaKecamatan.findMany({ orderBy: { kecamatanCode: "asc" } }),
      kelurahan: await t.db.kelurahan.findMany({ orderBy: { code: "asc" } }),
      closures: await t.db.closure.findMany({ orderBy: { dayWib: "asc" } }),
      capacity: await t.db.capacityRule.findMany({ orderBy: { scopeKey: "asc" } }),
      users: await t.db.user.findMany({ orderBy: { username: "asc" } }),
    });
    const before = await snapshot();
    const report = await seedDatabase(t.db, { demoUsers: true });
    const after = await snapshot();
    for (const [name, c] of Object.entries(report)) {
      expect({ name, created: c.created, updated: c.updated }).toEqual({ name, created: 0, updated: 0 });
    }
    expect(after).toEqual(before);
  });

  it("repairs a changed row on re-run and touches nothing else", async () => {
    await t.db.service.update({ where: { slug: "skck-baru" }, data: { costAmount: 1 } });
    const report = await seedDatabase(t.db, { demoUsers: true });
    expect(report.service?.updated).toBe(1);
    const skck = await t.db.service.findUniqueOrThrow({ where: { slug: "skck-baru" } });
    expect(skck.costAmount).toBe(30_000);
  });
});
