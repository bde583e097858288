// Route handlers and the data modules they call (lib/queue, lib/bookings, ...) read the app's
// singleton database client (lib/db.ts) and the validated environment (lib/env.ts). Before
// importing such a module, point both at a test database; release the client after the tests.
import { vi } from "vitest";
import type { Db } from "@/lib/db-client";

const globalForDb = globalThis as { __mppDb?: Db };

/** Fresh module graph whose lib/db and lib/env use `databaseUrl` and test secrets. */
export function pointRoutesAt(databaseUrl: string): void {
  vi.resetModules();
  globalForDb.__mppDb = undefined;
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  vi.stubEnv("PII_KEY", "0".repeat(64));
}

/** Closes the client the route modules created and forgets it. */
export async function releaseRouteDb(): Promise<void> {
  await globalForDb.__mppDb?.$disconnect();
  globalForDb.__mppDb = undefined;
}
