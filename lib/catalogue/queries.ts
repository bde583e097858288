import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db-client";
import { db as defaultDb } from "@/lib/db";
import { dayWib, weekdayOf, type Weekday } from "@/lib/time";
import { memoCatalogue } from "./memo";
import type { HoursRow } from "./overview";

// Public catalogue reads. Every function returns plain typed objects (no Prisma types leak to
// pages) and selects only what the pages show. The `client` parameter lets tests run the same
// queries against their own databases.

export interface AgencyRef {
  slug: string;
  name: string;
  shortName: string;
  kind: "OPD" | "VERTICAL" | "BUMN" | "BUMD" | "BANK";
}

export interface CategoryRef {
  slug: string;
  name: string;
  nameEn: string;
}

export interface ServiceListItem {
  slug: string;
  name: string;
  nameEn: string;
  summary: string;
  costAmount: number;
  costText: string | null;
  durationText: string;
  onlineBooking: boolean;
  counterNumber: number;
  category: CategoryRef;
  agency: AgencyRef;
}

export interface TodayStatus {
  /** The WIB day the status is for. */
  day: string;
  open: boolean;
  hours: HoursRow[];
  /** Name of the holiday or closure when closed for one. */
  closure: string | null;
}

export interface CounterListItem {
  number: number;
  floor: number;
  name: string;
  description: string;
  agency: AgencyRef;
  hours: HoursRow[];
  today: TodayStatus;
  services: { slug: string; name: string; nameEn: string }[];
}

export interface ServiceDetail extends ServiceListItem {
  product: string;
  legalBasis: string;
  costLegalBasis: string;
  complaintChannel: string;
  durationDays: number;
  averageServiceMinutes: number;
  requirements: { position: number; text: string; note: string | null; optional: boolean }[];
  steps: string[];
  counter: { number: number; floor: number; name: string; hours: HoursRow[]; today: TodayStatus };
  agencyAddress: string;
  areaRule: {
    reason: string;
    kecamatan: { code: string; name: string }[];
    allowOutsideCity: boolean;
    alternativeName: string;
    alternativeAddress: string;
    alternativePhone: string | null;
  } | null;
  updatedAt: Date;
}

const agencySelect = { slug: true, name: true, shortName: true, kind: true } as const;
const categorySelect = { slug: true, name: true, nameEn: true } as const;
const hoursSelect = { weekday: true, openMinute: true, closeMinute: true } as const;

const listSelect = {
  slug: true,
  name: true,
  nameEn: true,
  summary: true,
  costAmount: true,
  costText: true,
  durationText: true,
  onlineBooking: true,
  counter: { select: { number: true } },
  category: { select: categorySelect },
  agency: { select: agencySelect },
} as const;

type ListRow = {
  slug: string;
  name: string;
  nameEn: string;
  summary: string;
  costAmount: number;
  costText: string | null;
  durationText: string;
  onlineBooking: boolean;
  counter: { number: number };
  category: CategoryRef;
  agency: AgencyRef;
};

function toListItem(s: ListRow): ServiceListItem {
  return {
    slug: s.slug,
    name: s.name,
    nameEn: s.nameEn,
    summary: s.summary,
    costAmount: s.costAmount,
    costText: s.costText,
    durationText: s.durationText,
    onlineBooking: s.onlineBooking,
    counterNumber: s.counter.number,
    category: s.category,
    agency: s.agency,
  };
}

function toHours(rows: { weekday: number; openMinute: number; closeMinute: number }[]): HoursRow[] {
  return rows
    .map((h) => ({ weekday: h.weekday as Weekday, openMinute: h.openMinute, closeMinute: h.closeMinute }))
    .sort((a, b) => a.weekday - b.weekday || a.openMinute - b.openMinute);
}

/** Closures (whole MPP or per gerai) on `day`: scopeKey "ALL" or the counter id. */
async function closuresOn(client: Db, day: string): Promise<Map<string, string>> {
  const rows = await client.closure.findMany({ where: { dayWib: day }, select: { scopeKey: true, name: true } });
  return new Map(rows.map((r) => [r.scopeKey, r.name]));
}

function todayStatus(day: string, counterId: string, hours: HoursRow[], closures: Map<string, string>): TodayStatus {
  const closure = closures.get("ALL") ?? closures.get(counterId) ?? null;
  const todays = hours.filter((h) => h.weekday === weekdayOf(day));
  return { day, open: !closure && todays.length > 0, hours: todays, closure };
}

/** The 23 gerai with agency, floor, weekly hours, today's status (WIB) and services. */
export const listCounters = cache(async (now: Date = new Date(), client: Db = defaultDb): Promise<CounterListItem[]> => {
  const day = dayWib(now);
  const [rows, closures] = await Promise.all([
    client.counter.findMany({
      where: { isActive: true },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        floor: true,
        name: true,
        description: true,
        agency: { select: agencySelect },
        hours: { select: hoursSelect },
        services: { where: { isActive: true }, orderBy: { name: "asc" }, select: { slug: true, name: true, nameEn: true } },
      },
    }),
    closuresOn(client, day),
  ]);
  return rows.map((c) => {
    const hours = toHours(c.hours);
    return {
      number: c.number,
      floor: c.floor,
      name: c.name,
      description: c.description,
      agency: c.agency,
      hours,
      today: todayStatus(day, c.id, hours, closures),
      services: c.services,
    };
  });
});

export async function getCounter(number: number, now: Date = new Date(), client: Db = defaultDb) {
  const all = await listCounters(now, client);
  return all.find((c) => c.number === number) ?? null;
}

/** One service with its complete standar pelayanan, or null. */
export const getService = cache(
  async (slug: string, now: Date = new Date(), client: Db = defaultDb): Promise<ServiceDetail | null> => {
    const s = await client.service.findFirst({
      where: { slug, isActive: true },
      select: {
        ...listSelect,
        product: true,
        legalBasis: true,
        costLegalBasis: true,
        complaintChannel: true,
        durationDays: true,
        averageServiceMinutes: true,
        updatedAt: true,
        requirements: {
          orderBy: { position: "asc" },
          select: { position: true, text: true, note: true, isOptional: true },
        },
        steps: { orderBy: { position: "asc" }, select: { text: true } },
        counter: { select: { id: true, number: true, floor: true, name: true, hours: { select: hoursSelect } } },
        agency: { select: { ...agencySelect, address: true } },
        areaRule: {
          select: {
            reason: true,
            allowOutsideCity: true,
            alternativeName: true,
            alternativeAddress: true,
            alternativePhone: true,
            kecamatan: { select: { kecamatan: { select: { code: true, name: true } } } },
          },
        },
      },
    });
    if (!s) return null;
    const [profile, closures] = await Promise.all([
      s.complaintChannel
        ? Promise.resolve(null)
        : client.mppProfile.findUnique({ where: { id: "default" }, select: { complaintChannel: true } }),
      closuresOn(client, dayWib(now)),
    ]);
    const hours = toHours(s.counter.hours);
    return {
      ...toListItem({ ...s, agency: { slug: s.agency.slug, name: s.agency.name, shortName: s.agency.shortName, kind: s.agency.kind } }),
      product: s.product,
      legalBasis: s.legalBasis,
      costLegalBasis: s.costLegalBasis,
      complaintChannel: s.complaintChannel ?? profile?.complaintChannel ?? "",
      durationDays: s.durationDays,
      averageServiceMinutes: s.averageServiceMinutes,
      requirements: s.requirements.map((r) => ({ position: r.position, text: r.text, note: r.note, optional: r.isOptional })),
      steps: s.steps.map((x) => x.text),
      counter: {
        number: s.counter.number,
        floor: s.counter.floor,
        name: s.counter.name,
        hours,
        today: todayStatus(dayWib(now), s.counter.id, hours, closures),
      },
      agencyAddress: s.agency.address,
      areaRule: s.areaRule
        ? {
            reason: s.areaRule.reason,
            allowOutsideCity: s.areaRule.allowOutsideCity,
            alternativeName: s.areaRule.alternativeName,
            alternativeAddress: s.areaRule.alternativeAddress,
            alternativePhone: s.areaRule.alternativePhone,
            kecamatan: s.areaRule.kecamatan.map((k) => k.kecamatan).sort((a, b) => a.code.localeCompare(b.code)),
          }
        : null,
      updatedAt: s.updatedAt,
    };
  },
);

/** Every active service, for lists, filters and the sitemap. */
export const listServices = cache(
  (filter: { agency?: string; category?: string } = {}, client: Db = defaultDb): Promise<ServiceListItem[]> =>
    readServices(client, { agency: filter.agency, category: filter.category }),
);

const readServices = memoCatalogue(
  "services",
  async (client: Db, filter: { agency?: string; category?: string }): Promise<ServiceListItem[]> => {
    const rows = await client.service.findMany({
      where: {
        isActive: true,
        ...(filter.agency ? { agency: { slug: filter.agency } } : {}),
        ...(filter.category ? { category: { slug: filter.category } } : {}),
      },
      orderBy: { name: "asc" },
      select: listSelect,
    });
    return rows.map(toListItem);
  },
);

export interface CategoryWithCount extends CategoryRef {
  description: string;
  serviceCount: number;
}

export const listCategories = cache((client: Db = defaultDb): Promise<CategoryWithCount[]> => readCategories(client));

const readCategories = memoCatalogue("categories", async (client: Db): Promise<CategoryWithCount[]> => {
  const rows = await client.serviceCategory.findMany({
    orderBy: { sortOrder: "asc" },
    select: { ...categorySelect, description: true, _count: { select: { services: { where: { isActive: true } } } } },
  });
  return rows.map((c) => ({
    slug: c.slug,
    name: c.name,
    nameEn: c.nameEn,
    description: c.description,
    serviceCount: c._count.services,
  }));
});

export interface AgencyWithCounts extends AgencyRef {
  description: string;
  address: string;
  counterNumbers: number[];
  serviceCount: number;
}

export const listAgencies = cache((client: Db = defaultDb): Promise<AgencyWithCounts[]> => readAgencies(client));

const readAgencies = memoCatalogue("agencies", async (client: Db): Promise<AgencyWithCounts[]> => {
  const rows = await client.agency.findMany({
    orderBy: { name: "asc" },
    select: {
      ...agencySelect,
      description: true,
      address: true,
      counters: { where: { isActive: true }, select: { number: true }, orderBy: { number: "asc" } },
      _count: { select: { services: { where: { isActive: true } } } },
    },
  });
  return rows.map((a) => ({
    slug: a.slug,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    description: a.description,
    address: a.address,
    counterNumbers: a.counters.map((c) => c.number),
    serviceCount: a._count.services,
  }));
});
