import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityOnDay, opensOn } from "@/lib/stats/capacity";
import { csvField, sheetName, toCsv, toXlsx } from "@/lib/stats/export";
import {
  bucketize,
  dayCount,
  isoWeekKey,
  isoWeekStart,
  mean,
  percentileFromCounts,
  percentileNearestRank,
  previousPeriod,
  trendOf,
} from "@/lib/stats/math";
import { PeriodQuerySchema, presetOf, presetPeriod } from "@/lib/stats/period";

describe("nearest-rank percentile", () => {
  it("takes the value at rank ceil(p/100 x n)", () => {
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileNearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentileNearestRank([15, 20, 35, 40, 50], 90)).toBe(50);
    expect(percentileNearestRank([15, 20, 35, 40, 50], 30)).toBe(20);
    expect(percentileNearestRank([1200, 30, 600], 100)).toBe(1200);
    expect(percentileNearestRank([7], 90)).toBe(7);
    expect(percentileNearestRank([], 90)).toBeNull();
    expect(() => percentileNearestRank([1], 0)).toThrow(RangeError);
  });

  it("agrees with the SQL form (9n + 9) / 10 and with histograms, for any data", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 300 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const sqlRank = Math.floor((9 * values.length + 9) / 10);
        expect(percentileNearestRank(values, 90)).toBe(sorted[sqlRank - 1]);
        const counts = new Map<number, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        const pairs = [...counts].map(([value, count]) => ({ value, count }));
        expect(percentileFromCounts(pairs, 90)).toBe(percentileNearestRank(values, 90));
        // At least 90 % of the values are <= p90, and fewer than 90 % are below it.
        const p = percentileNearestRank(values, 90)!;
        expect(values.filter((v) => v <= p).length).toBeGreaterThanOrEqual(0.9 * values.length);
        expect(values.filter((v) => v < p).length).toBeLessThan(0.9 * values.length);
      }),
    );
  });

  it("mean", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });
});

describe("trend", () => {
  it("compares with the previous period", () => {
    expect(trendOf(120, 100)).toEqual({ current: 120, previous: 100, change: 0.2, direction: "UP" });
    expect(trendOf(80, 100).direction).toBe("DOWN");
    expect(trendOf(100.5, 100).direction).toBe("FLAT");
    expect(trendOf(10, 0)).toMatchObject({ change: null, direction: "NONE" });
    expect(trendOf(null, 5).direction).toBe("NONE");
  });
  it("the previous period has the same length and ends the day before", () => {
    expect(previousPeriod("2026-11-02", "2026-11-08")).toEqual({ from: "2026-10-26", to: "2026-11-01" });
    expect(previousPeriod("2026-03-01", "2026-03-31")).toEqual({ from: "2026-01-29", to: "2026-02-28" });
    expect(previousPeriod("2026-12-01", "2026-12-01")).toEqual({ from: "2026-11-30", to: "2026-11-30" });
  });
});

describe("calendar buckets", () => {
  it("ISO weeks start on Monday; the year's week 1 holds its first Thursday", () => {
    expect(isoWeekKey("2026-11-02")).toBe("2026-W45");
    expect(isoWeekKey("2026-11-08")).toBe("2026-W45");
    expect(isoWeekKey("2026-11-09")).toBe("2026-W46");
    expect(isoWeekKey("2026-12-31")).toBe("2026-W53");
    expect(isoWeekKey("2027-01-03")).toBe("2026-W53");
    expect(isoWeekKey("2027-01-04")).toBe("2027-W01");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
    expect(isoWeekStart("2026-11-08")).toBe("2026-11-02");
    expect(dayCount("2026-01-01", "2026-12-31")).toBe(365);
  });

  it("sums days into clipped weeks and months, zeros included", () => {
    const values = [
      { day: "2026-11-29", value: 3 },
      { day: "2026-11-30", value: 5 },
      { day: "2026-12-01", value: 7 },
    ];
    expect(bucketize(values, "2026-11-28", "2026-12-02", "week")).toEqual([
      { key: "2026-W48", from: "2026-11-28", to: "2026-11-29", days: 2, value: 3 },
      { key: "2026-W49", from: "2026-11-30", to: "2026-12-02", days: 3, value: 12 },
    ]);
    expect(bucketize(values, "2026-11-28", "2026-12-02", "month")).toEqual([
      { key: "2026-11", from: "2026-11-28", to: "2026-11-30", days: 3, value: 8 },
      { key: "2026-12", from: "2026-12-01", to: "2026-12-02", days: 2, value: 7 },
    ]);
    expect(bucketize([], "2026-11-28", "2026-11-29", "day").map((b) => b.value)).toEqual([0, 0]);
  });
});

describe("period", () => {
  const today = "2026-11-30";
  it("presets relative to today (WIB)", () => {
    expect(presetPeriod("today", today)).toEqual({ from: today, to: today });
    expect(presetPeriod("7d", today)).toEqual({ from: "2026-11-24", to: today });
    expect(presetPeriod("30d", today)).toEqual({ from: "2026-11-01", to: today });
    expect(presetPeriod("this-month", today)).toEqual({ from: "2026-11-01", to: today });
    expect(presetPeriod("last-month", today)).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(presetPeriod("last-month", "2027-01-15")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(presetPeriod("this-year", today)).toEqual({ from: "2026-01-01", to: today });
    expect(presetOf({ from: "2026-10-01", to: "2026-10-31" }, today)).toBe("last-month");
    expect(presetOf({ from: "2026-10-02", to: "2026-10-31" }, today)).toBeNull();
  });
  it("validates from/to/counter with field messages", () => {
    expect(PeriodQuerySchema.parse({ from: "2026-11-01", to: "2026-11-30", counter: "7" })).toEqual({ from: "2026-11-01", to: "2026-11-30", counter: 7 });
    expect(PeriodQuerySchema.parse({})).toEqual({});
    const issues = (q: Record<string, string>) =>
      PeriodQuerySchema.safeParse(q).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ from: "2026-02-30", to: "2026-03-01" })).toEqual(["from:stats.errors.day"]);
    expect(issues({ from: "2026-11-30", to: "2026-11-01" })).toEqual(["to:stats.errors.reversed"]);
    expect(issues({ from: "2020-01-01", to: "2026-11-01" })).toEqual(['to:stats.errors.tooLong{"max":1098}']);
    expect(issues({ from: "2026-11-01" })).toEqual(["to:required"]);
    expect(issues({ counter: "x" })).toEqual(["counter:notInteger"]);
  });
});

describe("capacity from slot rules", () => {
  const hours = [
    { weekday: 1, openMinute: 480, closeMinute: 840 },
    { weekday: 5, openMinute: 480, closeMinute: 630 },
  ];
  const input = { counterId: "c", hours, mppHours: [], rules: [{ slotMinutes: 30, capacityPerSlot: 4, serviceId: null }], closedDays: new Set(["2026-11-09"]) };
  it("whole slots of the day's windows x places per slot; closures and closed weekdays give 0", () => {
    expect(capacityOnDay(input, "2026-11-02")).toBe(12 * 4); // Monday 08-14
    expect(capacityOnDay(input, "2026-11-06")).toBe(5 * 4); // Friday 08-10.30
    expect(capacityOnDay(input, "2026-11-03")).toBe(0); // Tuesday: closed
    expect(capacityOnDay(input, "2026-11-09")).toBe(0); // a closure
    expect(opensOn(input, "2026-11-02")).toBe(true);
    expect(opensOn(input, "2026-11-09")).toBe(false);
    expect(capacityOnDay({ ...input, rules: [] }, "2026-11-02")).toBeNull();
  });
});

describe("CSV and Excel export", () => {
  it("quotes fields with separators, quotes and line breaks; neutralises formulas", () => {
    expect(csvField("Gerai 1")).toBe("Gerai 1");
    expect(csvField('Kata "kutip", koma')).toBe('"Kata ""kutip"", koma"');
    expect(csvField("baris\nbaru")).toBe('"baris\nbaru"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });
  it("writes a BOM, a header and CRLF lines", () => {
    const csv = toCsv({
      columns: [
        { key: "name", label: "Nama gerai", kind: "text" },
        { key: "n", label: "Pengunjung", kind: "int" },
      ],
      rows: [{ name: "Dukcapil; KTP", n: 12 }, { name: "Kecamatan Pekalongan Barat", n: null }],
    });
    expect(csv).toBe('\uFEFFNama gerai,Pengunjung\r\n"Dukcapil; KTP",12\r\nKecamatan Pekalongan Barat,\r\n');
  });
  it("writes an .xlsx that reads back with numbers as numbers", async () => {
    const buf = await toXlsx({
      id: "t",
      title: "Pengunjung per gerai: [Nov]",
      columns: [
        { key: "name", label: "Gerai", kind: "text" },
        { key: "n", label: "Pengunjung", kind: "int" },
      ],
      rows: [{ name: "Gerai 1", n: 1234 }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Pengunjung per gerai   Nov");
    expect(ws.getRow(1).values).toEqual([undefined, "Gerai", "Pengunjung"]);
    expect(ws.getRow(2).getCell(2).value).toBe(1234);
    expect(sheetName("")).toBe("Data");
  });
});
