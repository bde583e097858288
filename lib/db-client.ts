// Creates a Prisma client for a database URL: the embedded SQLite file or PostgreSQL. One code
// path for both (docs/decisions/001-two-databases.md). The app uses the singleton in
// lib/db.ts; seeds, scripts and tests call createDb() with their own URL.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgFields, providerOf, resolveDatabaseUrl } from "./database-url";
import { PrismaClient as PgPrismaClient } from "./generated/pg/client";
import { PrismaClient } from "./generated/sqlite/client";

/** Both generated clients have the same API; the SQLite one is the canonical type. */
export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string = resolveDatabaseUrl(), opts: { poolSize?: number } = {}): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ ...pgFields(url), max: opts.poolSize ?? 10, idleTimeoutMillis: 10_000 });
    return new PgPrismaClient({ adapter }) as unknown as Db;
  }
  // busy timeout: writers from several processes wait for each other instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }) });
}
