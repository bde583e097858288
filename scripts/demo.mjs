// npm run demo: the portal on the embedded database with the demo data, on a fresh machine.
// Installs dependencies if needed, generates the Prisma clients, builds, migrates and seeds
// data/mpp.db on first start, then serves http://localhost:${PORT:-3000}.
import { ensureDeps } from "./ensure-deps.mjs";

ensureDeps();
const { run, bin } = await import("./run.mjs");
const { buildIfNeeded } = await import("./build-if-needed.mjs");

if (process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith("file:")) {
  console.log(`• Using DATABASE_URL (${new URL(process.env.DATABASE_URL).protocol}) instead of the embedded database`);
}
run("node", ["scripts/generate.mjs"]);
buildIfNeeded();
run(bin("tsx"), ["scripts/prepare-db.ts"]);
const port = process.env.PORT ?? "3000";
console.log(`\n• MPP portal: http://localhost:${port}  (demo accounts: see README.md)\n`);
run(bin("next"), ["start", "-p", port]);
