// Which databases the integration tests run against. PostgreSQL is always tested unless
// SKIP_PG=1 (for a machine without one); CI never sets it.
import type { DbProvider } from "@/lib/database-url";

export const TEST_PG_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const PROVIDERS: DbProvider[] = process.env.SKIP_PG === "1" ? ["sqlite"] : ["sqlite", "postgresql"];
