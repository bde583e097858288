// Driver adapters for the Prisma CLI (migrate, diff, seed) with the workarounds that
// Prisma 6.19.3's JavaScript schema engine needs here (../shared/reference/stack.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { pgFields, providerOf } from "../lib/database-url";

/** True when `sql` holds more than one statement (a whole migration file). */
export function isMultiStatement(sql: string): boolean {
  const body = sql
    .replace(/--[^\n]*/g, "")
    .trim()
    .replace(/;\s*$/, "");
  return body.includes(";");
}

/**
 * Workaround 1: shadow-database replay sends whole migration files through executeRaw,
 * which runs one statement. Send multi-statement SQL without arguments to executeScript.
 */
function scriptAware(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && isMultiStatement(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

/** OIDs of `"char"` (18) and `name` (19): pg adapter 6.19.3 cannot map them; they are text. */
const TEXT_LIKE_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

function retypeFields(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    const fields = (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    if (!fields) continue;
    for (const f of fields) if (TEXT_LIKE_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  }
}

/** A pg Client that reports `name` and `"char"` columns as text (workaround 4). */
class TextNameClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      args[args.length - 1] = (err: unknown, res: unknown, ...rest: any[]) => {
        if (!err) retypeFields(res);
        return last(err, res, ...rest);
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") {
      return out.then((res: unknown) => {
        retypeFields(res);
        return res;
      });
    }
    return out;
  }
}

/**
 * PostgreSQL executeScript in adapter-pg 6.19.3 splits on ";" and breaks function bodies
 * (our append-only triggers): send the whole script in one simple-protocol query instead.
 */
function wholeScript(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

function pgPool(url: string, database?: string): pg.Pool {
  const f = pgFields(url);
  return new pg.Pool({
    ...f,
    database: database ?? f.database,
    Client: TextNameClient,
    idleTimeoutMillis: 1000,
    max: 2,
    allowExitOnIdle: true,
  });
}

function pgFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg" as const,
  };
  const open = async (pool: pg.Pool, onDispose?: () => Promise<void>) => {
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose?.();
    };
    return scriptAware(wholeScript(adapter, pool));
  };
  return {
    ...base,
    connect: () => open(pgPool(url)),
    async connectToShadowDb() {
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      const admin = pgPool(url);
      await admin.query(`CREATE DATABASE "${database}"`);
      // Close the shadow pool first, then drop the database (the stock adapter drops first
      // and leaks shadow databases).
      return open(pgPool(url, database), async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.end();
      });
    },
  };
}

function sqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => scriptAware(await inner.connect()),
    connectToShadowDb: async () => scriptAware(await inner.connectToShadowDb()),
  };
}

export function migrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return providerOf(url) === "postgresql" ? pgFactory(url) : sqliteFactory(url);
}
