// Marks overdue bookings NO_SHOW (slot start + grace passed, never checked in), for cron:
//   */5 * * * *  cd /srv/mpp-portal && DATABASE_URL=... npx tsx scripts/sweep-no-shows.ts
// The portal also sweeps lazily whenever a queue or front-desk page or action reads the day,
// so this only keeps the booking statuses current when nobody is at the desk. Idempotent.
import { createDb } from "../lib/db-client";
import { resolveDatabaseUrl } from "../lib/database-url";
import { sweepNoShowsOn } from "../lib/queue/sweep";

const db = createDb(resolveDatabaseUrl());
try {
  const marked = await sweepNoShowsOn(db);
  console.log(`no-show sweep: ${marked} booking(s) marked NO_SHOW`);
} finally {
  await db.$disconnect();
}
