// Creates a Prisma client for a database URL: the embedded SQLite file or PostgreSQL. One code
// path for both (docs/decisions/001-two-databases.md). The app uses the singleton in
// lib/db.ts; seeds, scripts and tests call createDb() with their own URL.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgFields, providerOf, resolveDatabaseUrl } from "./database-url";
import { PrismaClient as PgPrismaClient } from "./generated/pg/client";
import { PrismaClient } from "./generated/sqlite/client";

/** Both generated clients have the same API; the SQLite one is the canonical type. */
export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Transactions in flight per SQLite file in this process, one after the other (see below). */
const sqliteFileQueues = new Map<string, Promise<void>>();

async function lockSqliteFile(file: string): Promise<() => void> {
  const previous = sqliteFileQueues.get(file) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  sqliteFileQueues.set(file, tail);
  await previous;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
    if (sqliteFileQueues.get(file) === tail) sqliteFileQueues.delete(file);
  };
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;

/**
 * SQLite: transactions begin with BEGIN IMMEDIATE instead of the adapter's deferred BEGIN, and
 * the transactions of every client of one file in this process run one after the other.
 *
 * - The adapter has one connection per client and also runs the queries made outside a
 *   transaction on it, so a read of a concurrent request can slip into an open deferred
 *   transaction; its first write must then upgrade a read snapshot, which SQLite refuses at once
 *   with SQLITE_BUSY when another process holds the write lock (the busy timeout does not apply
 *   to upgrades). IMMEDIATE takes the write lock at BEGIN, waiting for it up to the busy timeout.
 *   Measured: with a deferred BEGIN, 2 processes x 15 concurrent bookings failed some with P1008.
 * - better-sqlite3 waits for a lock synchronously, blocking the event loop: a second client of the
 *   same file in the same process (tests, scripts) waiting at BEGIN IMMEDIATE would stop the first
 *   one from ever committing. Hence the per-file queue, taken before the adapter's own lock.
 */
class ImmediateTransactionsSQLite extends PrismaBetterSQLite3 {
  readonly #file: string;

  constructor(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0] & { url: string }) {
    super(config);
    this.#file = path.resolve(config.url.replace(/^file:/i, ""));
  }

  override async connect(): Promise<SqliteAdapter> {
    const adapter = await super.connect();
    const conn = (adapter as unknown as { client?: { prepare: (sql: string) => unknown } }).client;
    if (!conn) throw new Error("Unexpected @prisma/adapter-better-sqlite3 internals: no client");
    const prepare = conn.prepare.bind(conn);
    conn.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);

    const start = adapter.startTransaction.bind(adapter);
    const file = this.#file;
    adapter.startTransaction = async (isolationLevel): Promise<SqliteTransaction> => {
      const unlock = await lockSqliteFile(file);
      try {
        const tx = await start(isolationLevel);
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = async () => {
          try {
            await commit();
          } finally {
            unlock();
          }
        };
        tx.rollback = async () => {
          try {
            await rollback();
          } finally {
            unlock();
          }
        };
        return tx;
      } catch (e) {
        unlock();
        throw e;
      }
    };
    return adapter;
  }
}

export function createDb(url: string = resolveDatabaseUrl(), opts: { poolSize?: number } = {}): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ ...pgFields(url), max: opts.poolSize ?? 10, idleTimeoutMillis: 10_000 });
    return new PgPrismaClient({ adapter }) as unknown as Db;
  }
  // busy timeout: writers from several processes wait for each other instead of failing.
  return new PrismaClient({ adapter: new ImmediateTransactionsSQLite({ url, timeout: 15_000 }) });
}
