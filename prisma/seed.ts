// npm run db:seed: seed (or re-sync) the database at DATABASE_URL (default: embedded).
// With --if-empty it only seeds a database that has no MPP profile yet (first start), so
// a restart never overwrites what admins changed.
import { createDb } from "../lib/db-client";
import { loadEnv } from "../lib/env";
import { seedDatabase } from "./seed-lib";

async function main() {
  const env = loadEnv();
  const db = createDb(env.databaseUrl);
  try {
    if (process.argv.includes("--if-empty") && (await db.mppProfile.count()) > 0) return;
    const started = Date.now();
    const report = await seedDatabase(db, { demoUsers: env.seedDemoUsers });
    const summary = Object.entries(report)
      .map(([k, c]) => `${k}: +${c.created} ~${c.updated} =${c.unchanged}`)
      .join(", ");
    console.log(`Seeded ${env.dbProvider} in ${Date.now() - started} ms (${summary})`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
