/**
 * Consistency check for the seed catalogue (prisma/data/catalogue.ts).
 *
 * Run: npx tsx prisma/data/check-catalogue.ts   (exits 1 and lists every problem on failure)
 * Reuse: import { checkCatalogue } and assert that it returns an empty array.
 */
import { pathToFileURL } from "node:url";
import type { AgencySeed, CategorySeed, CounterSeed, ServiceSeed } from "./types";
import * as catalogue from "./catalogue";

export interface CatalogueData {
  agencies: AgencySeed[];
  counters: CounterSeed[];
  categories: CategorySeed[];
  services: ServiceSeed[];
}

export const EXPECTED_COUNTERS = 23;
export const EXPECTED_SERVICES = 130;

/** Slugs that other code relies on; they must exist. */
export const REQUIRED_SERVICE_SLUGS = [
  "ktp-el-baru",
  "kk-baru",
  "kk-hilang-rusak",
  "akta-kelahiran",
  "sim-a-baru",
  "sim-a-perpanjangan",
  "sim-c-baru",
  "sim-c-perpanjangan",
  "skck-baru",
  "skck-perpanjangan",
  "pendaftaran-nikah",
  "pbg-persetujuan-bangunan-gedung",
  "pasang-baru-sambungan-air",
  "nib-oss",
  "pendaftaran-jkn-pbi-dinkes",
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const AGENCY_KINDS = new Set(["OPD", "VERTICAL", "BUMN", "BUMD", "BANK"]);
const MPP_OPEN = "08:00";
const MPP_CLOSE = "15:30";

function blank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

function duplicates(values: (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const dup = new Set<string | number>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function checkCatalogue(data: CatalogueData): string[] {
  const errors: string[] = [];
  const err = (msg: string) => errors.push(msg);
  const { agencies, counters, categories, services } = data;

  // Agencies
  for (const d of duplicates(agencies.map((a) => a.slug))) err(`agency slug duplicated: ${d}`);
  for (const a of agencies) {
    const where = `agency ${a.slug || "(no slug)"}`;
    if (!KEBAB.test(a.slug)) err(`${where}: slug is not kebab-case`);
    for (const field of ["name", "shortName", "description", "address"] as const) {
      if (blank(a[field])) err(`${where}: ${field} is empty`);
    }
    if (!AGENCY_KINDS.has(a.kind)) err(`${where}: unknown kind ${String(a.kind)}`);
    if (a.phone !== undefined && blank(a.phone)) err(`${where}: phone is empty string`);
    if (a.website !== undefined && !/^https?:\/\//.test(a.website)) err(`${where}: website must start with http(s)://`);
  }
  const agencySlugs = new Set(agencies.map((a) => a.slug));

  // Counters
  if (counters.length !== EXPECTED_COUNTERS) err(`expected ${EXPECTED_COUNTERS} counters, found ${counters.length}`);
  for (const d of duplicates(counters.map((c) => c.number))) err(`counter number duplicated: ${d}`);
  const numbers = new Set(counters.map((c) => c.number));
  for (let n = 1; n <= EXPECTED_COUNTERS; n++) if (!numbers.has(n)) err(`counter number ${n} is missing`);
  let notEveryWeekday = 0;
  for (const c of counters) {
    const where = `counter ${c.number}`;
    if (!Number.isInteger(c.number) || c.number < 1 || c.number > EXPECTED_COUNTERS) err(`${where}: number out of range 1..${EXPECTED_COUNTERS}`);
    if (c.floor !== 1 && c.floor !== 2) err(`${where}: floor must be 1 or 2`);
    if (!agencySlugs.has(c.agencySlug)) err(`${where}: unknown agencySlug ${c.agencySlug}`);
    if (blank(c.name)) err(`${where}: name is empty`);
    if (blank(c.description)) err(`${where}: description is empty`);
    if (!Array.isArray(c.hours) || c.hours.length === 0) err(`${where}: no opening hours`);
    for (const d of duplicates((c.hours ?? []).map((h) => h.weekday))) err(`${where}: weekday ${d} listed twice`);
    for (const h of c.hours ?? []) {
      if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) err(`${where}: invalid weekday ${h.weekday}`);
      if (h.weekday === 7) err(`${where}: has Sunday hours`);
      if (!HHMM.test(h.open) || !HHMM.test(h.close)) {
        err(`${where}: weekday ${h.weekday} time not HH:MM (${h.open}-${h.close})`);
        continue;
      }
      if (h.open >= h.close) err(`${where}: weekday ${h.weekday} opens at/after closing (${h.open}-${h.close})`);
      if (h.weekday <= 5 && (h.open < MPP_OPEN || h.close > MPP_CLOSE)) {
        err(`${where}: weekday ${h.weekday} hours ${h.open}-${h.close} outside MPP hours ${MPP_OPEN}-${MPP_CLOSE}`);
      }
    }
    const weekdaysOpen = new Set((c.hours ?? []).filter((h) => h.weekday <= 5).map((h) => h.weekday));
    if (weekdaysOpen.size < 5) notEveryWeekday++;
  }
  if (notEveryWeekday < 3) err(`expected at least 3 counters not open every weekday, found ${notEveryWeekday}`);
  for (const a of agencies) {
    if (!counters.some((c) => c.agencySlug === a.slug)) err(`agency ${a.slug} has no counter`);
  }
  const counterByNumber = new Map(counters.map((c) => [c.number, c]));

  // Categories
  for (const d of duplicates(categories.map((c) => c.slug))) err(`category slug duplicated: ${d}`);
  for (const c of categories) {
    const where = `category ${c.slug || "(no slug)"}`;
    if (!KEBAB.test(c.slug)) err(`${where}: slug is not kebab-case`);
    for (const field of ["name", "nameEn", "description"] as const) if (blank(c[field])) err(`${where}: ${field} is empty`);
  }
  const categorySlugs = new Set(categories.map((c) => c.slug));

  // Services
  if (services.length !== EXPECTED_SERVICES) err(`expected ${EXPECTED_SERVICES} services, found ${services.length}`);
  for (const d of duplicates(services.map((s) => s.slug))) err(`service slug duplicated: ${d}`);
  const serviceSlugs = new Set(services.map((s) => s.slug));
  for (const slug of REQUIRED_SERVICE_SLUGS) if (!serviceSlugs.has(slug)) err(`required service slug missing: ${slug}`);
  for (const s of services) {
    const where = `service ${s.slug || "(no slug)"}`;
    if (!KEBAB.test(s.slug)) err(`${where}: slug is not kebab-case`);
    for (const field of ["name", "nameEn", "summary", "durationText", "costLegalBasis", "product", "legalBasis"] as const) {
      if (blank(s[field])) err(`${where}: ${field} is empty`);
    }
    if (s.costText !== undefined && blank(s.costText)) err(`${where}: costText is an empty string`);
    if (s.complaintChannel !== undefined && blank(s.complaintChannel)) err(`${where}: complaintChannel is an empty string`);
    if (!categorySlugs.has(s.categorySlug)) err(`${where}: unknown categorySlug ${s.categorySlug}`);
    if (!agencySlugs.has(s.agencySlug)) err(`${where}: unknown agencySlug ${s.agencySlug}`);
    const counter = counterByNumber.get(s.counterNumber);
    if (!counter) err(`${where}: unknown counterNumber ${s.counterNumber}`);
    else if (counter.agencySlug !== s.agencySlug) {
      err(`${where}: counter ${s.counterNumber} belongs to ${counter.agencySlug}, not ${s.agencySlug}`);
    }
    if (!Array.isArray(s.requirements) || s.requirements.length < 1) err(`${where}: needs at least 1 requirement`);
    for (const [i, r] of (s.requirements ?? []).entries()) {
      if (blank(r.text)) err(`${where}: requirement ${i + 1} text is empty`);
      if (r.note !== undefined && blank(r.note)) err(`${where}: requirement ${i + 1} note is an empty string`);
    }
    if (!s.requirements?.some((r) => !r.optional)) err(`${where}: all requirements are optional`);
    if (!Array.isArray(s.procedure) || s.procedure.length < 2) err(`${where}: needs at least 2 procedure steps`);
    for (const [i, step] of (s.procedure ?? []).entries()) if (blank(step)) err(`${where}: procedure step ${i + 1} is empty`);
    if (!Number.isInteger(s.durationDays) || s.durationDays < 0) err(`${where}: durationDays must be an integer >= 0`);
    if (!Number.isInteger(s.costAmount) || s.costAmount < 0) err(`${where}: costAmount must be an integer >= 0`);
    if (typeof s.onlineBooking !== "boolean") err(`${where}: onlineBooking must be boolean`);
    if (!Number.isInteger(s.averageServiceMinutes) || s.averageServiceMinutes < 5 || s.averageServiceMinutes > 45) {
      err(`${where}: averageServiceMinutes must be an integer in 5..45`);
    }
    if (!Array.isArray(s.keywords) || s.keywords.length < 1) err(`${where}: needs at least 1 keyword`);
    for (const k of s.keywords ?? []) if (blank(k)) err(`${where}: empty keyword`);
    for (const d of duplicates((s.keywords ?? []).map((k) => k.toLowerCase()))) err(`${where}: keyword duplicated: ${d}`);
  }

  // Every counter serves at least 2 services; every category is used.
  for (const c of counters) {
    const n = services.filter((s) => s.counterNumber === c.number).length;
    if (n < 2) err(`counter ${c.number} (${c.agencySlug}) has ${n} service(s), needs at least 2`);
  }
  for (const c of categories) {
    if (!services.some((s) => s.categorySlug === c.slug)) err(`category ${c.slug} has no service`);
  }

  return errors;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const errors = checkCatalogue(catalogue);
  const { agencies, counters, categories, services } = catalogue;
  if (errors.length > 0) {
    console.error(`Catalogue check FAILED with ${errors.length} problem(s):`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(
    `Catalogue OK: ${agencies.length} agencies, ${counters.length} counters, ${categories.length} categories, ${services.length} services.`,
  );
}
