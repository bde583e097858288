// A fresh database per test (or per file), on either provider, copied from the templates that
// tests/integration/global-setup.ts built with the real migrations and seed.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db-client";
import { pgFields, withDatabase, type DbProvider } from "@/lib/database-url";
import { TEST_PG_URL } from "./providers";

export interface TestDb {
  provider: DbProvider;
  url: string;
  db: Db;
  /** Another client on the same database (a second connection pool / process view). */
  connect(): Db;
  drop(): Promise<void>;
}

export async function createTestDb(provider: DbProvider, opts: { seeded: boolean }): Promise<TestDb> {
  const id = crypto.randomBytes(5).toString("hex");
  const extra: Db[] = [];
  if (provider === "sqlite") {
    const t = inject("sqliteTemplates");
    const file = path.join(path.dirname(t.empty), `${id}.db`);
    fs.copyFileSync(opts.seeded ? t.seeded : t.empty, file);
    const url = `file:${file}`;
    const db = createDb(url);
    return {
      provider,
      url,
      db,
      connect: () => {
        const c = createDb(url);
        extra.push(c);
        return c;
      },
      drop: async () => {
        await Promise.all([db, ...extra].map((c) => c.$disconnect()));
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const templates = inject("pgTemplates");
  if (!templates) throw new Error("PostgreSQL templates missing (SKIP_PG=1?)");
  const name = `mpp_test_${inject("runId")}_${id}`;
  const admin = new pg.Client(pgFields(TEST_PG_URL));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${opts.seeded ? templates.seeded : templates.empty}"`);
  await admin.end();
  const url = withDatabase(TEST_PG_URL, name);
  const db = createDb(url, { poolSize: 5 });
  return {
    provider,
    url,
    db,
    connect: () => {
      const c = createDb(url, { poolSize: 5 });
      extra.push(c);
      return c;
    },
    drop: async () => {
      await Promise.all([db, ...extra].map((c) => c.$disconnect()));
      const a = new pg.Client(pgFields(TEST_PG_URL));
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}
