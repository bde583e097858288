// Rebuilds the statistics rollups (lib/stats/rollup.ts) from the Visit rows, in one transaction:
//   DATABASE_URL=... npx tsx scripts/stats-rollup.ts
// Not needed in normal operation (the queue keeps them exact and the migration backfilled them);
// for a database whose visits were written by something else than the portal (an import, a
// migration run while an older portal was still serving). Prints the rows per table.
import { createDb } from "../lib/db-client";
import { resolveDatabaseUrl } from "../lib/database-url";
import { REBUILD_ROLLUPS_SQL } from "../lib/stats/rollup";

const db = createDb(resolveDatabaseUrl());
try {
  const started = Date.now();
  await db.$transaction(
    async (tx) => {
      for (const sql of REBUILD_ROLLUPS_SQL) await tx.$executeRawUnsafe(sql);
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
  const [service, hour, domicile, arrivals] = await Promise.all([
    db.dailyServiceStat.count(),
    db.dailyHourCount.count(),
    db.dailyDomicileCount.count(),
    db.dailyArrivalDomicile.count(),
  ]);
  console.log(
    `statistics rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: DailyServiceStat ${service}, DailyHourCount ${hour}, ` +
      `DailyDomicileCount ${domicile}, DailyArrivalDomicile ${arrivals} rows`,
  );
} finally {
  await db.$disconnect();
}
