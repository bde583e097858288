import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dayWib, weekdayOf, type Weekday } from "@/lib/time";

export interface HoursRow {
  weekday: Weekday;
  openMinute: number;
  closeMinute: number;
}

export interface CounterSummary {
  number: number;
  floor: number;
  name: string;
  agencyName: string;
  agencyShortName: string;
  serviceCount: number;
  openToday: boolean;
}

export interface MppOverview {
  name: string;
  shortName: string;
  address: string;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  complaintChannel: string;
  pledge: string;
  openedOn: string;
  counterCount: number;
  serviceCount: number;
  onlineBookableCount: number;
  agencyCount: number;
  floorCount: number;
  hours: HoursRow[];
  counters: CounterSummary[];
  today: string;
  closedToday: { name: string } | null;
}

/** The MPP's key facts, read from the database (home page, header and footer). */
export const getMppOverview = cache(async (now: Date = new Date()): Promise<MppOverview> => {
  const today = dayWib(now);
  const weekday = weekdayOf(today);
  const [profile, hours, counters, serviceCount, onlineBookableCount, agencyCount, closure] = await Promise.all([
    db.mppProfile.findUnique({ where: { id: "default" } }),
    db.mppHours.findMany({ orderBy: [{ weekday: "asc" }, { openMinute: "asc" }] }),
    db.counter.findMany({
      where: { isActive: true },
      orderBy: { number: "asc" },
      select: {
        number: true,
        floor: true,
        name: true,
        agency: { select: { name: true, shortName: true } },
        hours: { where: { weekday }, select: { weekday: true } },
        _count: { select: { services: { where: { isActive: true } } } },
      },
    }),
    db.service.count({ where: { isActive: true } }),
    db.service.count({ where: { isActive: true, onlineBooking: true } }),
    db.agency.count(),
    db.closure.findUnique({ where: { dayWib_scopeKey: { dayWib: today, scopeKey: "ALL" } }, select: { name: true } }),
  ]);
  if (!profile) throw new AppError("NOT_FOUND", { message: "MPP profile missing: run the seed" });
  return {
    name: profile.name,
    shortName: profile.shortName,
    address: profile.address,
    city: profile.city,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
    complaintChannel: profile.complaintChannel,
    pledge: profile.pledge,
    openedOn: profile.openedOn,
    counterCount: counters.length,
    serviceCount,
    onlineBookableCount,
    agencyCount,
    floorCount: new Set(counters.map((c) => c.floor)).size,
    hours: hours.map((h) => ({ weekday: h.weekday as Weekday, openMinute: h.openMinute, closeMinute: h.closeMinute })),
    counters: counters.map((c) => ({
      number: c.number,
      floor: c.floor,
      name: c.name,
      agencyName: c.agency.name,
      agencyShortName: c.agency.shortName,
      serviceCount: c._count.services,
      openToday: c.hours.length > 0 && !closure,
    })),
    today,
    closedToday: closure,
  };
});
