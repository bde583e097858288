// npm test: every test tier. Unit and integration tests (Vitest; integration on the embedded
// database AND PostgreSQL at TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres;
// SKIP_PG=1 skips PostgreSQL on a machine without one), then end-to-end tests in Debian's
// chromium (Playwright) against a production build on a fresh embedded database.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { ensureDeps } from "./ensure-deps.mjs";

ensureDeps();
const { run, bin } = await import("./run.mjs");
const { buildIfNeeded } = await import("./build-if-needed.mjs");

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("• Installing Debian chromium for the browser tests…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  } else {
    console.error(`✗ ${chromium} is missing: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

run("node", ["scripts/generate.mjs"]);
run(bin("tsx"), ["scripts/check-messages.ts"]);
fs.mkdirSync("test-results", { recursive: true });

const results = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

const vitest = run(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
  { allowFail: true },
);
failed ||= vitest !== 0;
try {
  const v = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
  results.passed += v.numPassedTests;
  results.failed += v.numFailedTests;
  results.skipped += v.numPendingTests + v.numTodoTests;
} catch {
  failed = true;
}

// End-to-end: fresh embedded database, production build, Playwright in chromium.
fs.rmSync("data/e2e", { recursive: true, force: true });
const e2eDb = `file:${process.cwd()}/data/e2e/mpp.db`;
run(bin("tsx"), ["scripts/prepare-db.ts"], { env: { DATABASE_URL: e2eDb } });
buildIfNeeded();
const pw = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], {
  stdio: ["inherit", "inherit", "inherit"],
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    E2E_DATABASE_URL: e2eDb,
    PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json",
  },
});
failed ||= pw.status !== 0;
try {
  const p = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8"));
  results.passed += p.stats.expected;
  results.failed += p.stats.unexpected + p.stats.flaky;
  results.skipped += p.stats.skipped;
} catch {
  failed = true;
}

console.log(`\ntests: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(failed || results.failed > 0 ? 1 : 0);
