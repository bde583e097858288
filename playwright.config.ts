import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's chromium (Playwright's own browser download cannot work here).
// The database is prepared by scripts/test.mjs (fresh embedded database, migrated and seeded).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("data/e2e/mpp.db")}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone",
      // Public pages and the officials' dashboard on a 360 px phone. The counter and back-office
      // console (front desk, queue, applications, accounts) runs on desktop PCs, and the matrix is
      // HTTP-level: once (desktop) is enough.
      testIgnore: ["**/staff-matrix.spec.ts", "**/staff-auth.spec.ts", "**/queue.spec.ts", "**/applications.spec.ts"],
      use: { ...devices["Pixel 5"], viewport: { width: 360, height: 740 }, channel: undefined },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  },
});
