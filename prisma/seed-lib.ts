// Idempotent seed: the MPP Kota Pekalongan catalogue, wilayah, holidays, capacity rules and
// (optionally) demo staff accounts. Every write is an upsert that only touches rows whose
// content differs, so running it twice changes nothing (tests/integration/seed.test.ts).
import type { Db, Tx } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";
import { parseClock } from "../lib/time";
import { agencies, categories, counters, services } from "./data/catalogue";
import { holidays } from "./data/holidays";
import { kecamatan } from "./data/wilayah";

export const JKN_SERVICE_SLUG = "pendaftaran-jkn-pbi-dinkes";
export const DEMO_PASSWORD = "Demo-MPP-2026!";

export interface DemoUser {
  username: string;
  email: string;
  name: string;
  role: "ADMIN" | "OFFICER" | "FRONT_DESK" | "OFFICIAL";
  counterNumbers?: number[];
}

/** Demo staff accounts, one per role (README: demo only, never in production). */
export const demoUsers: DemoUser[] = [
  { username: "admin", email: "admin@mpp.demo", name: "Admin DPMPTSP (demo)", role: "ADMIN" },
  { username: "resepsionis", email: "resepsionis@mpp.demo", name: "Resepsionis MPP (demo)", role: "FRONT_DESK" },
  { username: "petugas1", email: "petugas1@mpp.demo", name: "Petugas Gerai 1 (demo)", role: "OFFICER", counterNumbers: [1] },
  { username: "petugas2", email: "petugas2@mpp.demo", name: "Petugas Gerai 2 (demo)", role: "OFFICER", counterNumbers: [2] },
  { username: "pejabat", email: "pejabat@mpp.demo", name: "Pejabat Pemkot (demo)", role: "OFFICIAL" },
];

export const mppProfile = {
  id: "default",
  name: "Mal Pelayanan Publik Kota Pekalongan",
  shortName: "MPP Kota Pekalongan",
  address:
    "Jl. Jaksa Agung R. Soeprapto (samping Kantor DPMPTSP), Kel. Podosugih, Kec. Pekalongan Barat, Kota Pekalongan, Jawa Tengah",
  kelurahanCode: "33.75.01.1003",
  city: "Kota Pekalongan",
  phone: null,
  email: null,
  website: null,
  complaintChannel:
    "SP4N-LAPOR! (www.lapor.go.id, SMS 1708) atau meja pengaduan MPP di lantai 1. Pengaduan dijawab paling lambat 5 hari kerja dan diselesaikan paling lambat 14 hari kerja.",
  pledge:
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
  openedOn: "2024-09-02",
  latitude: null,
  longitude: null,
} as const;

type Counts = { created: number; updated: number; unchanged: number };
export type SeedReport = Record<string, Counts>;

type Row = Record<string, unknown>;
interface Delegate {
  findUnique(args: { where: Row }): Promise<Row | null>;
  create(args: { data: Row }): Promise<Row>;
  update(args: { where: Row; data: Row }): Promise<Row>;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return (a ?? null) === (b ?? null);
}

/** `{ a_b: { a, b } }` (a compound unique key) -> `{ a, b }` for create. */
function flattenWhere(where: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(where)) {
    if (v && typeof v === "object" && !(v instanceof Date)) Object.assign(out, v);
    else out[k] = v;
  }
  return out;
}

/** Create the row, or update it only where `data` differs from what is stored. */
async function sync(
  report: SeedReport,
  name: string,
  delegate: unknown,
  where: Row,
  data: Row,
): Promise<Row> {
  const d = delegate as Delegate;
  const counts = (report[name] ??= { created: 0, updated: 0, unchanged: 0 });
  const existing = await d.findUnique({ where });
  if (!existing) {
    counts.created++;
    return d.create({ data: { ...flattenWhere(where), ...data } });
  }
  const changed: Row = {};
  for (const [key, value] of Object.entries(data)) if (!same(existing[key], value)) changed[key] = value;
  if (Object.keys(changed).length === 0) {
    counts.unchanged++;
    return existing;
  }
  counts.updated++;
  return d.update({ where, data: changed });
}

function minutes(hours: { weekday: number; open: string; close: string }[]) {
  return hours.map((h) => ({ weekday: h.weekday, openMinute: parseClock(h.open), closeMinute: parseClock(h.close) }));
}

/** Building hours: Mon-Fri 08.00-15.30 WIB, plus any other day some gerai opens. */
function mppHours() {
  const byDay = new Map<number, { openMinute: number; closeMinute: number }>();
  for (let w = 1; w <= 5; w++) byDay.set(w, { openMinute: 8 * 60, closeMinute: 15 * 60 + 30 });
  for (const c of counters) {
    for (const h of minutes(c.hours)) {
      const cur = byDay.get(h.weekday);
      byDay.set(h.weekday, {
        openMinute: Math.min(cur?.openMinute ?? h.openMinute, h.openMinute),
        closeMinute: Math.max(cur?.closeMinute ?? h.closeMinute, h.closeMinute),
      });
    }
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([weekday, m]) => ({ weekday, ...m }));
}

/** Gerai capacity: 30-minute slots, as many visitors as one officer serves, 30 % kept for walk-ins. */
function capacityFor(counterNumber: number): { slotMinutes: number; capacityPerSlot: number; walkInPercent: number } {
  const mins = services.filter((s) => s.counterNumber === counterNumber).map((s) => s.averageServiceMinutes);
  const sorted = [...mins].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 15;
  return { slotMinutes: 30, capacityPerSlot: Math.max(1, Math.round(30 / median) * 2), walkInPercent: 30 };
}

async function seedInTx(tx: Tx, report: SeedReport, withDemoUsers: boolean): Promise<void> {
  const { id: profileId, ...profileData } = mppProfile;
  await sync(report, "mppProfile", tx.mppProfile, { id: profileId }, profileData);
  const hours = mppHours();
  await tx.mppHours.deleteMany({
    where: { NOT: { OR: hours.map((h) => ({ weekday: h.weekday, openMinute: h.openMinute })) } },
  });
  for (const h of hours) {
    await sync(report, "mppHours", tx.mppHours, { weekday_openMinute: { weekday: h.weekday, openMinute: h.openMinute } }, {
      closeMinute: h.closeMinute,
    });
  }

  for (const kec of kecamatan) {
    await sync(report, "kecamatan", tx.kecamatan, { code: kec.code }, { name: kec.name });
    for (const kel of kec.kelurahan) {
      await sync(report, "kelurahan", tx.kelurahan, { code: kel.code }, { name: kel.name, kecamatanCode: kec.code });
    }
  }

  const categoryIds = new Map<string, string>();
  for (const [i, c] of categories.entries()) {
    const row = await sync(report, "category", tx.serviceCategory, { slug: c.slug }, {
      name: c.name,
      nameEn: c.nameEn,
      description: c.description,
      sortOrder: i,
    });
    categoryIds.set(c.slug, row.id as string);
  }

  const agencyIds = new Map<string, string>();
  for (const a of agencies) {
    const row = await sync(report, "agency", tx.agency, { slug: a.slug }, {
      name: a.name,
      shortName: a.shortName,
      kind: a.kind,
      description: a.description,
      address: a.address,
      phone: a.phone ?? null,
      website: a.website ?? null,
    });
    agencyIds.set(a.slug, row.id as string);
  }

  const counterIds = new Map<number, string>();
  for (const c of counters) {
    const agencyId = agencyIds.get(c.agencySlug);
    if (!agencyId) throw new Error(`Gerai ${c.number}: unknown agency ${c.agencySlug}`);
    const row = await sync(report, "counter", tx.counter, { number: c.number }, {
      floor: c.floor,
      name: c.name,
      description: c.description,
      agencyId,
      isActive: true,
    });
    const counterId = row.id as string;
    counterIds.set(c.number, counterId);
    const want = minutes(c.hours);
    await tx.counterHours.deleteMany({
      where: {
        counterId,
        NOT: want.length ? { OR: want.map((h) => ({ weekday: h.weekday, openMinute: h.openMinute })) } : undefined,
      },
    });
    for (const h of want) {
      await sync(
        report,
        "counterHours",
        tx.counterHours,
        { counterId_weekday_openMinute: { counterId, weekday: h.weekday, openMinute: h.openMinute } },
        { closeMinute: h.closeMinute },
      );
    }
    const cap = capacityFor(c.number);
    await sync(report, "capacityRule", tx.capacityRule, { scopeKey: counterId }, { counterId, serviceId: null, ...cap });
  }

  for (const s of services) {
    const categoryId = categoryIds.get(s.categorySlug);
    const agencyId = agencyIds.get(s.agencySlug);
    const counterId = counterIds.get(s.counterNumber);
    if (!categoryId || !agencyId || !counterId) throw new Error(`Service ${s.slug}: unknown category, agency or gerai`);
    const row = await sync(report, "service", tx.service, { slug: s.slug }, {
      name: s.name,
      nameEn: s.nameEn,
      summary: s.summary,
      categoryId,
      agencyId,
      counterId,
      durationText: s.durationText,
      durationDays: s.durationDays,
      costAmount: s.costAmount,
      costText: s.costText ?? null,
      costLegalBasis: s.costLegalBasis,
      product: s.product,
      legalBasis: s.legalBasis,
      complaintChannel: s.complaintChannel ?? null,
      onlineBooking: s.onlineBooking,
      averageServiceMinutes: s.averageServiceMinutes,
      keywords: s.keywords.join(" | "),
      isActive: true,
    });
    const serviceId = row.id as string;
    await tx.serviceRequirement.deleteMany({ where: { serviceId, position: { gte: s.requirements.length } } });
    for (const [position, r] of s.requirements.entries()) {
      await sync(report, "requirement", tx.serviceRequirement, { serviceId_position: { serviceId, position } }, {
        text: r.text,
        note: r.note ?? null,
        isOptional: r.optional ?? false,
      });
    }
    await tx.serviceStep.deleteMany({ where: { serviceId, position: { gte: s.procedure.length } } });
    for (const [position, text] of s.procedure.entries()) {
      await sync(report, "step", tx.serviceStep, { serviceId_position: { serviceId, position } }, { text });
    }
  }

  // Dinas Kesehatan's JKN counter was overwhelmed: it now serves only Pekalongan Selatan and
  // Pekalongan Barat; Utara and Timur go to the main Dinas Kesehatan office.
  const jkn = services.find((s) => s.slug === JKN_SERVICE_SLUG);
  if (!jkn) throw new Error(`Catalogue lacks ${JKN_SERVICE_SLUG}`);
  const jknAgency = agencies.find((a) => a.slug === jkn.agencySlug);
  const jknService = await tx.service.findUniqueOrThrow({ where: { slug: JKN_SERVICE_SLUG }, select: { id: true } });
  const rule = await sync(report, "serviceAreaRule", tx.serviceAreaRule, { serviceId: jknService.id }, {
    allowOutsideCity: false,
    reason:
      "Gerai JKN Dinas Kesehatan di MPP melayani warga Kecamatan Pekalongan Selatan dan Pekalongan Barat. Warga Kecamatan Pekalongan Utara dan Pekalongan Timur dilayani di kantor Dinas Kesehatan Kota Pekalongan.",
    alternativeName: jknAgency?.name ?? "Dinas Kesehatan Kota Pekalongan",
    alternativeAddress: jknAgency?.address ?? "Kota Pekalongan",
    alternativePhone: jknAgency?.phone ?? null,
  });
  const ruleId = rule.id as string;
  const served = ["33.75.04", "33.75.01"];
  await tx.serviceAreaKecamatan.deleteMany({ where: { ruleId, kecamatanCode: { notIn: served } } });
  for (const kecamatanCode of served) {
    await sync(report, "serviceAreaKecamatan", tx.serviceAreaKecamatan, { ruleId_kecamatanCode: { ruleId, kecamatanCode } }, {});
  }

  for (const h of holidays) {
    await sync(report, "closure", tx.closure, { dayWib_scopeKey: { dayWib: h.date, scopeKey: "ALL" } }, {
      counterId: null,
      kind: h.kind,
      name: h.name,
      estimated: h.estimated ?? false,
    });
  }

  if (withDemoUsers) {
    for (const u of demoUsers) {
      const counts = (report.user ??= { created: 0, updated: 0, unchanged: 0 });
      const existing = await tx.user.findUnique({ where: { username: u.username }, select: { id: true } });
      if (existing) {
        counts.unchanged++;
        continue;
      }
      const created = await tx.user.create({
        data: {
          username: u.username,
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash: await hashPassword(DEMO_PASSWORD),
        },
      });
      counts.created++;
      for (const n of u.counterNumbers ?? []) {
        const counterId = counterIds.get(n);
        if (counterId) await tx.userCounter.create({ data: { userId: created.id, counterId } });
      }
    }
  }
}

/** Seeds everything in one transaction; returns what was created, updated and left alone. */
export async function seedDatabase(db: Db, opts: { demoUsers: boolean }): Promise<SeedReport> {
  const report: SeedReport = {};
  await db.$transaction((tx) => seedInTx(tx, report, opts.demoUsers), { timeout: 300_000, maxWait: 30_000 });
  return report;
}
