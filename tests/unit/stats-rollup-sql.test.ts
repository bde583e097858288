// The migration that created the statistics rollups backfills them with the same statements the
// generator and scripts/stats-rollup.ts run (REBUILD_ROLLUPS_SQL), on both databases.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { domicileKey, OUTSIDE_CITY, REBUILD_ROLLUPS_SQL, UNKNOWN_DOMICILE } from "@/lib/stats/rollup";

function rollupMigration(dir: string): string {
  const name = fs.readdirSync(dir).find((d) => d.endsWith("_stats_rollup"));
  if (!name) throw new Error(`no *_stats_rollup migration in ${dir}`);
  return fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
}

describe("statistics rollup SQL", () => {
  const inserts = REBUILD_ROLLUPS_SQL.filter((s) => s.startsWith("INSERT"));

  it("rebuilds every rollup table: a DELETE and an INSERT ... SELECT for each", () => {
    const tables = ["DailyServiceStat", "DailyHourCount", "DailyDomicileCount", "DailyArrivalDomicile"];
    for (const table of tables) {
      expect(REBUILD_ROLLUPS_SQL).toContain(`DELETE FROM "${table}"`);
      expect(inserts.some((s) => s.startsWith(`INSERT INTO "${table}"`))).toBe(true);
    }
    expect(inserts).toHaveLength(tables.length);
  });

  for (const dir of ["prisma/migrations", "prisma/postgres/migrations"]) {
    it(`${dir}: the migration backfills with exactly these statements`, () => {
      const sql = rollupMigration(dir);
      for (const statement of inserts) expect(sql).toContain(`${statement};`);
    });
  }

  it("keys a visit's domicile by kelurahan, else outside the city, else unknown", () => {
    expect(domicileKey({ kelurahanCode: "33.75.01.1003", outsideCity: false })).toBe("33.75.01.1003");
    expect(domicileKey({ kelurahanCode: null, outsideCity: true })).toBe(OUTSIDE_CITY);
    expect(domicileKey({ kelurahanCode: null, outsideCity: false })).toBe(UNKNOWN_DOMICILE);
  });
});
