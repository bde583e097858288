import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AvailabilityInput,
  checkSlot,
  computeAvailability,
  isBookableSlot,
  onlineCapacity,
  type OpeningWindow,
  slotStartsForDay,
} from "@/lib/bookings/availability";
import { addDays, dayWib, minuteOfDayWib, toWibIso, weekdayOf, wibInstant } from "@/lib/time";

const h = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const win = (weekday: number, open: string, close: string): OpeningWindow => ({ weekday, openMinute: h(open), closeMinute: h(close) });

/** Disdukcapil Kota Pekalongan: Mon-Thu 08-14, Fri 08-10.30, Sat 09-12, closed on Sunday. */
const DUKCAPIL = [1, 2, 3, 4].map((d) => win(d, "08:00", "14:00")).concat([win(5, "08:00", "10:30"), win(6, "09:00", "12:00")]);
const RULE = { slotMinutes: 30, capacityPerSlot: 4, walkInPercent: 25 }; // 3 online places per slot

// Friday 27 November 2026, 10:00 WIB: bookable from Saturday 28 November to Friday 11 December.
const NOW = wibInstant("2026-11-27", h("10:00"));

function input(over: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    from: "2026-11-27",
    to: "2026-12-12",
    now: NOW,
    window: { minDaysAhead: 1, maxDaysAhead: 14 },
    hours: DUKCAPIL,
    closures: [],
    rule: RULE,
    booked: {},
    ...over,
  };
}

function dayOf(result: ReturnType<typeof computeAvailability>, day: string) {
  const d = result.days.find((x) => x.day === day);
  if (!d) throw new Error(`no ${day}`);
  return d;
}

const at = (day: string, hhmm: string) => wibInstant(day, h(hhmm));
const key = (day: string, hhmm: string) => at(day, hhmm).toISOString();

describe("onlineCapacity", () => {
  it("removes the walk-in share, rounded up in favour of walk-ins", () => {
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 4, walkInPercent: 25 })).toBe(3);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 5, walkInPercent: 30 })).toBe(3); // 1.5 -> 2 walk-in
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 10, walkInPercent: 0 })).toBe(10);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 10, walkInPercent: 100 })).toBe(0);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 1, walkInPercent: 10 })).toBe(0);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 0, walkInPercent: 0 })).toBe(0);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 10, walkInPercent: 150 })).toBe(0);
    expect(onlineCapacity({ slotMinutes: 30, capacityPerSlot: 10, walkInPercent: -5 })).toBe(10);
  });
});

describe("slotStartsForDay", () => {
  it("cuts Friday's short hours into whole slots that end by closing time", () => {
    const fri = "2026-12-04";
    expect(slotStartsForDay(fri, DUKCAPIL, 30).map(toWibIso)).toEqual([
      "2026-12-04T08:00:00+07:00",
      "2026-12-04T08:30:00+07:00",
      "2026-12-04T09:00:00+07:00",
      "2026-12-04T09:30:00+07:00",
      "2026-12-04T10:00:00+07:00", // 10.00-10.30 ends exactly at closing time
    ]);
    // 45-minute slots: 08.00, 08.45, 09.30; 10.15-11.00 would run past 10.30.
    expect(slotStartsForDay(fri, DUKCAPIL, 45).map((d) => minuteOfDayWib(d))).toEqual([h("08:00"), h("08:45"), h("09:30")]);
  });

  it("supports several windows per day (a lunch break) and ignores duplicates", () => {
    const hours = [win(1, "08:00", "12:00"), win(1, "13:00", "15:30"), win(1, "08:00", "09:00")];
    const starts = slotStartsForDay("2026-11-30", hours, 60).map((d) => minuteOfDayWib(d));
    expect(starts).toEqual([h("08:00"), h("09:00"), h("10:00"), h("11:00"), h("13:00"), h("14:00")]);
  });

  it("returns nothing on a weekday without hours or a window shorter than a slot", () => {
    expect(slotStartsForDay("2026-11-29", DUKCAPIL, 30)).toEqual([]); // Sunday
    expect(slotStartsForDay("2026-11-30", [win(1, "08:00", "08:20")], 30)).toEqual([]);
    expect(slotStartsForDay("2026-11-30", [win(1, "10:00", "09:00")], 30)).toEqual([]);
  });

  it("gives instants in UTC that are 7 hours behind WIB", () => {
    expect(slotStartsForDay("2026-11-30", DUKCAPIL, 30)[0]!.toISOString()).toBe("2026-11-30T01:00:00.000Z");
  });

  it("refuses a slot length that is not a positive whole number of minutes", () => {
    for (const m of [0, -30, 12.5, Number.NaN, 24 * 60 + 1]) {
      expect(() => slotStartsForDay("2026-11-30", DUKCAPIL, m)).toThrow(RangeError);
    }
  });
});

describe("computeAvailability: examples", () => {
  it("lists every day of the range with its weekday and status", () => {
    const r = computeAvailability(input());
    expect(r.days.map((d) => d.day)).toEqual(Array.from({ length: 16 }, (_, i) => addDays("2026-11-27", i)));
    expect(r.days.map((d) => `${d.day.slice(8)}:${d.status}`)).toEqual([
      "27:OUTSIDE_WINDOW", // today (bookings start tomorrow)
      "28:OPEN", // Saturday
      "29:CLOSED", // Sunday
      "30:OPEN",
      "01:OPEN",
      "02:OPEN",
      "03:OPEN",
      "04:OPEN",
      "05:OPEN",
      "06:CLOSED",
      "07:OPEN",
      "08:OPEN",
      "09:OPEN",
      "10:OPEN",
      "11:OPEN", // today + 14, the last bookable day
      "12:OUTSIDE_WINDOW",
    ]);
    expect(r.days[3]).toMatchObject({ weekday: 1 });
    expect(r.nextAvailableDay).toBe("2026-11-28");
  });

  it("shows slots with WIB times, online capacity and remaining places", () => {
    const fri = dayOf(computeAvailability(input()), "2026-12-04");
    expect(fri.slots).toHaveLength(5);
    expect(fri.slots[0]).toEqual({
      start: "2026-12-04T08:00:00+07:00",
      end: "2026-12-04T08:30:00+07:00",
      startsAt: new Date("2026-12-04T01:00:00Z"),
      capacity: 3,
      remaining: 3,
    });
    expect(fri.slots.at(-1)).toMatchObject({ start: "2026-12-04T10:00:00+07:00", end: "2026-12-04T10:30:00+07:00" });
    expect(dayOf(computeAvailability(input()), "2026-11-30").slots).toHaveLength(12); // 08.00-14.00
  });

  it("marks a gerai closed on Mondays as CLOSED on Mondays", () => {
    const hours = [2, 3, 4, 5].map((d) => win(d, "08:00", "15:30"));
    const r = computeAvailability(input({ hours, from: "2026-11-30", to: "2026-12-08" }));
    expect(dayOf(r, "2026-11-30")).toEqual({ day: "2026-11-30", weekday: 1, status: "CLOSED", slots: [] });
    expect(dayOf(r, "2026-12-07").status).toBe("CLOSED");
    expect(dayOf(r, "2026-12-01").status).toBe("OPEN");
    expect(r.nextAvailableDay).toBe("2026-12-01");
  });

  it("closes on a national holiday and shows its name", () => {
    const now = wibInstant("2026-12-20", h("10:00"));
    const closures = [{ dayWib: "2026-12-25", name: "Hari Raya Natal", kind: "NATIONAL_HOLIDAY" }];
    const r = computeAvailability(input({ now, closures, from: "2026-12-21", to: "2026-12-31" }));
    expect(dayOf(r, "2026-12-25")).toEqual({
      day: "2026-12-25",
      weekday: 5,
      status: "HOLIDAY",
      closureName: "Hari Raya Natal",
      slots: [],
    });
    expect(dayOf(r, "2026-12-24").status).toBe("OPEN");
    expect(isBookableSlot(input({ now, closures }), at("2026-12-25", "08:00"))).toBe(false);
    expect(checkSlot(input({ now, closures }), at("2026-12-25", "08:00"))).toEqual({ ok: false, reason: "HOLIDAY" });
  });

  it("shows a holiday as HOLIDAY even outside the booking window, and on a day without hours", () => {
    const closures = [
      { dayWib: "2027-01-01", name: "Tahun Baru 2027 Masehi", kind: "NATIONAL_HOLIDAY" },
      { dayWib: "2026-11-29", name: "Penutupan gerai", kind: "LOCAL_CLOSURE" },
    ];
    const r = computeAvailability(input({ closures, from: "2026-11-29", to: "2027-01-01" }));
    expect(dayOf(r, "2027-01-01")).toMatchObject({ status: "HOLIDAY", closureName: "Tahun Baru 2027 Masehi" });
    expect(dayOf(r, "2026-11-29")).toMatchObject({ status: "HOLIDAY", closureName: "Penutupan gerai" });
  });

  it("respects both edges of the booking window", () => {
    const w = { minDaysAhead: 2, maxDaysAhead: 7 };
    const r = computeAvailability(input({ window: w, from: "2026-11-27", to: "2026-12-06" }));
    expect(dayOf(r, "2026-11-28").status).toBe("OUTSIDE_WINDOW"); // today + 1 < today + 2
    expect(dayOf(r, "2026-11-29").status).toBe("CLOSED"); // Sunday, first day of the window
    expect(dayOf(r, "2026-11-30").status).toBe("OPEN");
    expect(dayOf(r, "2026-12-04").status).toBe("OPEN"); // today + 7
    expect(dayOf(r, "2026-12-05").status).toBe("OUTSIDE_WINDOW"); // today + 8
    expect(dayOf(r, "2026-12-05").slots).toEqual([]);
    expect(r.nextAvailableDay).toBe("2026-11-30");
  });

  it("computes today from the WIB day of now, not the UTC day", () => {
    // 18:00 UTC on 27 November is 01:00 WIB on 28 November: tomorrow is the 29th (Sunday).
    const now = new Date("2026-11-27T18:00:00Z");
    const r = computeAvailability(input({ now }));
    expect(dayOf(r, "2026-11-28").status).toBe("OUTSIDE_WINDOW");
    expect(r.nextAvailableDay).toBe("2026-11-30");
    expect(dayOf(r, "2026-12-12").status).toBe("OPEN"); // 28 + 14
  });

  it("offers today's remaining slots when same-day booking is allowed", () => {
    const now = wibInstant("2026-11-30", h("09:10"));
    const r = computeAvailability(input({ now, window: { minDaysAhead: 0, maxDaysAhead: 14 }, from: "2026-11-30", to: "2026-11-30" }));
    expect(r.days[0]!.slots[0]!.start).toBe("2026-11-30T09:30:00+07:00");
    const late = wibInstant("2026-11-30", h("13:30"));
    const r2 = computeAvailability(input({ now: late, window: { minDaysAhead: 0, maxDaysAhead: 14 }, from: "2026-11-30", to: "2026-11-30" }));
    expect(r2.days[0]!.status).toBe("OUTSIDE_WINDOW"); // 13.30 has started: nothing left today
    expect(r2.nextAvailableDay).toBeNull();
  });

  it("subtracts booked places, never below zero nor above capacity", () => {
    const mon = "2026-11-30";
    const booked = {
      [key(mon, "08:00")]: 3,
      [key(mon, "08:30")]: 1,
      [key(mon, "09:00")]: 7, // more than the online capacity (e.g. the capacity was lowered)
      [key(mon, "09:30")]: -2, // corrupt count
      [key(mon, "10:00")]: Number.NaN, // corrupt count: treated as full
    };
    const slots = dayOf(computeAvailability(input({ booked })), mon).slots;
    expect(slots.slice(0, 6).map((s) => s.remaining)).toEqual([0, 2, 0, 3, 0, 3]);
    expect(dayOf(computeAvailability(input({ booked })), mon).status).toBe("OPEN");
  });

  it("marks a day FULL when every slot is taken and skips it for nextAvailableDay", () => {
    const sat = "2026-11-28";
    const booked = Object.fromEntries(slotStartsForDay(sat, DUKCAPIL, 30).map((d) => [d.toISOString(), 3]));
    const r = computeAvailability(input({ booked }));
    const day = dayOf(r, sat);
    expect(day.status).toBe("FULL");
    expect(day.slots).toHaveLength(6);
    expect(day.slots.every((s) => s.remaining === 0)).toBe(true);
    expect(r.nextAvailableDay).toBe("2026-11-30");
    expect(checkSlot(input({ booked }), at(sat, "09:00"))).toEqual({ ok: false, reason: "FULL" });
  });

  it("is FULL everywhere when the whole slot is kept for walk-ins", () => {
    const r = computeAvailability(input({ rule: { slotMinutes: 30, capacityPerSlot: 2, walkInPercent: 100 } }));
    expect(r.days.filter((d) => d.slots.length > 0).every((d) => d.status === "FULL")).toBe(true);
    expect(r.nextAvailableDay).toBeNull();
    expect(isBookableSlot(input({ rule: { slotMinutes: 30, capacityPerSlot: 2, walkInPercent: 100 } }), at("2026-11-30", "08:00"))).toBe(false);
  });

  it("returns nothing for an empty range and refuses bad input", () => {
    expect(computeAvailability(input({ from: "2026-12-02", to: "2026-12-01" }))).toEqual({ days: [], nextAvailableDay: null });
    expect(() => computeAvailability(input({ from: "2026-13-01" }))).toThrow(RangeError);
    expect(() => computeAvailability(input({ now: new Date(Number.NaN) }))).toThrow(RangeError);
    expect(() => computeAvailability(input({ from: "2026-01-01", to: "2027-12-31" }))).toThrow(RangeError);
    expect(() => computeAvailability(input({ rule: { ...RULE, slotMinutes: 0 } }))).toThrow(RangeError);
  });
});

describe("isBookableSlot / checkSlot", () => {
  it("accepts exactly a computed slot start of an OPEN day in the window", () => {
    const ok = checkSlot(input(), at("2026-11-30", "08:30"));
    expect(ok).toMatchObject({ ok: true, slot: { start: "2026-11-30T08:30:00+07:00", remaining: 3 } });
    expect(isBookableSlot(input(), at("2026-12-04", "10:00"))).toBe(true); // last Friday slot
  });

  it("refuses times that are not slot starts", () => {
    expect(checkSlot(input(), at("2026-11-30", "08:15"))).toEqual({ ok: false, reason: "NOT_A_SLOT" });
    expect(checkSlot(input(), new Date(at("2026-11-30", "08:30").getTime() + 1000))).toEqual({ ok: false, reason: "NOT_A_SLOT" });
    expect(checkSlot(input(), at("2026-12-04", "10:30"))).toEqual({ ok: false, reason: "NOT_A_SLOT" }); // Friday closing time
    expect(checkSlot(input(), at("2026-11-29", "09:00"))).toEqual({ ok: false, reason: "NOT_A_SLOT" }); // Sunday
    expect(checkSlot(input(), at("2026-11-30", "14:00"))).toEqual({ ok: false, reason: "NOT_A_SLOT" });
    expect(checkSlot(input(), new Date(Number.NaN))).toEqual({ ok: false, reason: "NOT_A_SLOT" });
    // 08:00 UTC is 15:00 WIB: the classic time-zone mistake.
    expect(checkSlot(input(), new Date("2026-11-30T08:00:00Z"))).toEqual({ ok: false, reason: "NOT_A_SLOT" });
  });

  it("refuses slots outside the window or already started", () => {
    expect(checkSlot(input(), at("2026-11-27", "10:00"))).toEqual({ ok: false, reason: "OUTSIDE_WINDOW" }); // today
    expect(checkSlot(input(), at("2026-12-14", "08:00"))).toEqual({ ok: false, reason: "OUTSIDE_WINDOW" });
    const now = wibInstant("2026-11-30", h("09:10"));
    const sameDay = input({ now, window: { minDaysAhead: 0, maxDaysAhead: 14 } });
    expect(checkSlot(sameDay, at("2026-11-30", "09:00"))).toEqual({ ok: false, reason: "OUTSIDE_WINDOW" });
    expect(isBookableSlot(sameDay, at("2026-11-30", "09:30"))).toBe(true);
  });

  it("ignores from and to of the input", () => {
    expect(isBookableSlot(input({ from: "2026-12-01", to: "2026-12-01" }), at("2026-12-08", "08:00"))).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------------

const BASE_DAY = "2026-01-01";

const arbWindow = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    openMinute: fc.integer({ min: 0, max: 24 * 60 }),
    length: fc.integer({ min: 0, max: 12 * 60 }),
  })
  .map(({ weekday, openMinute, length }) => ({ weekday, openMinute, closeMinute: Math.min(24 * 60, openMinute + length) }));

const arbInput = fc
  .record({
    fromOffset: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 40 }),
    // now relative to from: mostly before the range, so that many days fall inside the window
    nowOffset: fc.integer({ min: -20, max: 10 }),
    nowMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    minDaysAhead: fc.integer({ min: 0, max: 3 }),
    extraDays: fc.integer({ min: -2, max: 30 }),
    hours: fc.array(arbWindow, { maxLength: 10 }),
    closureOffsets: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
    slotMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90, 120, 240),
    capacityPerSlot: fc.integer({ min: 0, max: 20 }),
    walkInPercent: fc.integer({ min: 0, max: 100 }),
    bookedSeed: fc.array(fc.integer({ min: -2, max: 25 }), { minLength: 1, maxLength: 50 }),
  })
  .map((g): AvailabilityInput => {
    const from = addDays(BASE_DAY, g.fromOffset);
    const to = addDays(from, g.length);
    const now = wibInstant(addDays(from, g.nowOffset), g.nowMinute);
    const booked: Record<string, number> = {};
    for (let d = from, i = 0; d <= to; d = addDays(d, 1)) {
      for (const s of slotStartsForDay(d, g.hours, g.slotMinutes)) booked[s.toISOString()] = g.bookedSeed[i++ % g.bookedSeed.length]!;
    }
    return {
      from,
      to,
      now,
      window: { minDaysAhead: g.minDaysAhead, maxDaysAhead: g.minDaysAhead + g.extraDays },
      hours: g.hours,
      closures: g.closureOffsets.map((o, i) => ({ dayWib: addDays(from, o), name: `Libur ${i}`, kind: "NATIONAL_HOLIDAY" })),
      rule: { slotMinutes: g.slotMinutes, capacityPerSlot: g.capacityPerSlot, walkInPercent: g.walkInPercent },
      booked,
    };
  });

describe("computeAvailability: properties", () => {
  it("covers every day of the range once, in order, with its weekday", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const r = computeAvailability(inp);
        let d = inp.from;
        for (const day of r.days) {
          expect(day.day).toBe(d);
          expect(day.weekday).toBe(weekdayOf(d));
          d = addDays(d, 1);
        }
        expect(d).toBe(addDays(inp.to, 1));
      }),
    );
  });

  it("never offers a slot on a closure day, and names the closure", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const closed = new Set(inp.closures.map((c) => c.dayWib));
        for (const day of computeAvailability(inp).days) {
          if (closed.has(day.day)) {
            expect(day.status).toBe("HOLIDAY");
            expect(day.slots).toEqual([]);
            expect(inp.closures.some((c) => c.dayWib === day.day && c.name === day.closureName)).toBe(true);
          } else {
            expect(day.status).not.toBe("HOLIDAY");
          }
        }
      }),
    );
  });

  it("puts every slot inside an opening window of its weekday: start in [open, close - slotMinutes]", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const { slotMinutes } = inp.rule;
        for (const day of computeAvailability(inp).days) {
          const windows = inp.hours.filter((w) => w.weekday === day.weekday);
          if (day.slots.length > 0) expect(windows.length).toBeGreaterThan(0);
          for (const s of day.slots) {
            const m = minuteOfDayWib(s.startsAt);
            expect(dayWib(s.startsAt)).toBe(day.day);
            expect(windows.some((w) => w.openMinute <= m && m <= w.closeMinute - slotMinutes)).toBe(true);
            expect(s.start).toBe(toWibIso(s.startsAt));
            expect(Date.parse(s.end) - Date.parse(s.start)).toBe(slotMinutes * 60_000);
            expect(s.startsAt.getTime()).toBeGreaterThan(inp.now.getTime());
          }
        }
      }),
    );
  });

  it("never shows more remaining places than the online capacity, nor fewer than zero", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const capacity = onlineCapacity(inp.rule);
        expect(capacity).toBeLessThanOrEqual(inp.rule.capacityPerSlot);
        for (const day of computeAvailability(inp).days) {
          for (const s of day.slots) {
            expect(s.capacity).toBe(capacity);
            expect(s.remaining).toBeGreaterThanOrEqual(0);
            expect(s.remaining).toBeLessThanOrEqual(capacity);
            const b = inp.booked[s.startsAt.toISOString()] ?? 0;
            expect(s.remaining).toBe(Math.min(capacity, Math.max(0, capacity - b)));
          }
          if (day.status === "OPEN") expect(day.slots.some((s) => s.remaining > 0)).toBe(true);
          if (day.status === "FULL") expect(day.slots.length > 0 && day.slots.every((s) => s.remaining === 0)).toBe(true);
          if (day.status !== "OPEN" && day.status !== "FULL") expect(day.slots).toEqual([]);
        }
      }),
    );
  });

  it("offers slots only on days inside the booking window", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const today = dayWib(inp.now);
        const first = addDays(today, inp.window.minDaysAhead);
        const last = addDays(today, inp.window.maxDaysAhead);
        for (const day of computeAvailability(inp).days) {
          if (day.slots.length > 0) {
            expect(day.day >= first && day.day <= last).toBe(true);
          }
        }
      }),
    );
  });

  it("makes nextAvailableDay the first OPEN day, or null when there is none", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const r = computeAvailability(inp);
        const open = r.days.filter((d) => d.status === "OPEN");
        expect(r.nextAvailableDay).toBe(open[0]?.day ?? null);
        if (r.nextAvailableDay !== null) {
          const d = r.days.find((x) => x.day === r.nextAvailableDay)!;
          expect(d.status).toBe("OPEN");
          expect(d.day >= inp.from).toBe(true);
        }
      }),
    );
  });

  it("agrees with isBookableSlot: every listed slot with a place is bookable, nothing between slots is", () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        for (const day of computeAvailability(inp).days) {
          for (const s of day.slots) {
            expect(isBookableSlot(inp, s.startsAt)).toBe(day.status === "OPEN" && s.remaining > 0);
            expect(isBookableSlot(inp, new Date(s.startsAt.getTime() + 60_000))).toBe(
              day.slots.some((o) => o.startsAt.getTime() === s.startsAt.getTime() + 60_000 && o.remaining > 0),
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
