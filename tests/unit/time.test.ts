import { describe, expect, it } from "vitest";
import {
  addDays,
  dayWib,
  formatClock,
  hourWib,
  isDay,
  minuteOfDayWib,
  parseClock,
  toWibIso,
  weekdayOf,
  wibInstant,
} from "@/lib/time";

describe("WIB time", () => {
  it("puts a visit at 23:30 WIB on that WIB day, not the UTC day", () => {
    const visit = new Date("2026-12-01T16:30:00Z"); // 23:30 WIB on 1 December
    expect(dayWib(visit)).toBe("2026-12-01");
    expect(hourWib(visit)).toBe(23);
    const afterMidnight = new Date("2026-12-01T17:10:00Z"); // 00:10 WIB on 2 December
    expect(dayWib(afterMidnight)).toBe("2026-12-02");
    expect(afterMidnight.toISOString().slice(0, 10)).toBe("2026-12-01");
  });

  it("puts an early-morning WIB visit on the WIB day although UTC is still the previous day", () => {
    const visit = new Date("2026-11-30T23:30:00Z"); // 06:30 WIB on 1 December
    expect(dayWib(visit)).toBe("2026-12-01");
    expect(minuteOfDayWib(visit)).toBe(6 * 60 + 30);
  });

  it("turns a WIB day and time into the right instant", () => {
    expect(wibInstant("2026-12-01", 8 * 60).toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(wibInstant("2026-12-01", 0).toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(toWibIso(wibInstant("2026-12-01", 8 * 60 + 30))).toBe("2026-12-01T08:30:00+07:00");
  });

  it("knows weekdays (ISO, Monday = 1)", () => {
    expect(weekdayOf("2026-11-30")).toBe(1); // Monday
    expect(weekdayOf("2026-12-04")).toBe(5); // Friday
    expect(weekdayOf("2026-12-06")).toBe(7); // Sunday
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("validates calendar days", () => {
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-01-01")).toBe(false);
  });

  it("parses and formats clock times the Indonesian way", () => {
    expect(parseClock("08:00")).toBe(480);
    expect(parseClock("15:30")).toBe(930);
    expect(() => parseClock("24:00")).toThrow();
    expect(formatClock(930)).toBe("15.30");
    expect(formatClock(480)).toBe("08.00");
  });
});
