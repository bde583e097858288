import { describe, expect, it } from "vitest";
import * as catalogue from "@/prisma/data/catalogue";
import { checkCatalogue } from "@/prisma/data/check-catalogue";
import { holidays } from "@/prisma/data/holidays";

describe("catalogue seed data", () => {
  it("is consistent: 23 gerai, 130 services, references resolve, fields complete", () => {
    expect(checkCatalogue(catalogue)).toEqual([]);
  });

  it("reports problems in broken data", () => {
    const broken = { ...catalogue, services: catalogue.services.slice(1) };
    expect(checkCatalogue(broken).length).toBeGreaterThan(0);
  });

  it("has 17 national holidays and 8 cuti bersama in 2026 (SKB 3 Menteri)", () => {
    const y = (year: string, kind: string) => holidays.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect(y("2026", "NATIONAL_HOLIDAY")).toBe(17);
    expect(y("2026", "CUTI_BERSAMA")).toBe(8);
  });
});
