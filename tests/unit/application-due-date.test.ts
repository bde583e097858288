// Application due dates: working days after the received day, skipping weekends and closure
// days (national holidays, cuti bersama, local closures), across year ends.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueDay, isOverdue, isWorkingDay, workingDaysBetween } from "@/lib/applications/due-date";
import { holidays } from "@/prisma/data/holidays";
import { addDays, weekdayOf } from "@/lib/time";

const none = new Set<string>();
const seeded = new Set(holidays.map((h) => h.date));

describe("dueDay", () => {
  it("does not count the received day; 0 days is the same day", () => {
    expect(dueDay("2026-12-01", 0, none)).toBe("2026-12-01"); // Tuesday
    expect(dueDay("2026-12-01", 1, none)).toBe("2026-12-02");
    expect(dueDay("2026-12-01", 3, none)).toBe("2026-12-04");
  });

  it("skips Saturday and Sunday", () => {
    expect(dueDay("2026-12-04", 1, none)).toBe("2026-12-07"); // Friday -> Monday
    expect(dueDay("2026-12-03", 5, none)).toBe("2026-12-10"); // Thursday + 5 -> next Thursday
    // Received on a Saturday (some counters open): Monday is the first working day.
    expect(dueDay("2026-12-05", 1, none)).toBe("2026-12-07");
  });

  it("skips cuti bersama and the holiday next to it (Natal 2026: Thu 24 + Fri 25)", () => {
    expect(dueDay("2026-12-23", 1, seeded)).toBe("2026-12-28");
    expect(dueDay("2026-12-22", 2, seeded)).toBe("2026-12-28");
  });

  it("crosses the year end with its holidays (1 January 2027)", () => {
    // Wed 30 Dec 2026 + 2: Thu 31, (Fri 1 Jan holiday, weekend) Mon 4 Jan.
    expect(dueDay("2026-12-30", 2, seeded)).toBe("2027-01-04");
    // ... + 3: Tue 5 Jan is Isra Mikraj -> Wed 6 Jan.
    expect(dueDay("2026-12-30", 3, seeded)).toBe("2027-01-06");
  });

  it("skips a holiday chain: Nyepi and Idul Fitri 2026 (18-24 March)", () => {
    // Tue 17 March + 1: 18 (cuti), 19 (Nyepi), 20 (cuti), 21-22 weekend/Lebaran, 23-24 cuti -> Wed 25.
    expect(dueDay("2026-03-17", 1, seeded)).toBe("2026-03-25");
    expect(dueDay("2026-03-16", 2, seeded)).toBe("2026-03-25");
  });

  it("skips a local closure of the gerai too", () => {
    const closed = new Set(["2026-12-02"]);
    expect(dueDay("2026-12-01", 1, closed)).toBe("2026-12-03");
  });

  it("always lands on a working day with exactly n working days in between (property)", () => {
    const start = "2026-01-01";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const received = addDays(start, offset);
        const due = dueDay(received, n, seeded);
        expect(isWorkingDay(due, seeded)).toBe(true);
        expect(weekdayOf(due)).toBeLessThanOrEqual(5);
        expect(workingDaysBetween(received, due, seeded)).toBe(n);
        expect(workingDaysBetween(received, addDays(due, -1), seeded)).toBe(n - 1);
      }),
    );
  });

  it("refuses a negative or fractional duration", () => {
    expect(() => dueDay("2026-12-01", -1, none)).toThrow(RangeError);
    expect(() => dueDay("2026-12-01", 1.5, none)).toThrow(RangeError);
  });
});

describe("isOverdue", () => {
  it("flags open applications after their due day only", () => {
    expect(isOverdue("2026-12-04", "2026-12-04", false)).toBe(false);
    expect(isOverdue("2026-12-04", "2026-12-05", false)).toBe(true);
    expect(isOverdue("2026-12-04", "2026-12-10", true)).toBe(false);
  });
});
