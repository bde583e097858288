// Builds template databases once per test run, with the real migration path (prisma migrate
// deploy) and the real seed: an empty migrated one and a seeded one per provider. Each test
// file then gets fresh copies (file copy for SQLite, CREATE DATABASE ... TEMPLATE for
// PostgreSQL) and drops them; teardown drops everything this run created.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "@/lib/db-client";
import { pgFields, withDatabase } from "@/lib/database-url";
import { seedDatabase } from "@/prisma/seed-lib";
import { deploy } from "@/scripts/migrate";
import { PROVIDERS, TEST_PG_URL } from "../helpers/providers";

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    sqliteTemplates: { empty: string; seeded: string };
    pgTemplates: { empty: string; seeded: string } | null;
  }
}

const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const dir = path.resolve("data", "test", runId);

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgFields(TEST_PG_URL));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function build(url: string, seeded: boolean) {
  deploy(url, true);
  if (seeded) {
    const db = createDb(url);
    try {
      await seedDatabase(db, { demoUsers: true });
    } finally {
      await db.$disconnect();
    }
  }
}

export default async function setup(project: TestProject) {
  try {
    return await prepare(project);
  } catch (e) {
    await cleanup(PROVIDERS.includes("postgresql")).catch(() => undefined);
    throw e;
  }
}

async function cleanup(pgUsed: boolean) {
  fs.rmSync(dir, { recursive: true, force: true });
  if (!pgUsed) return;
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `mpp_test_${runId}_%`,
    ]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  });
}

async function prepare(project: TestProject) {
  fs.mkdirSync(dir, { recursive: true });
  const sqliteTemplates = { empty: path.join(dir, "empty.db"), seeded: path.join(dir, "seeded.db") };
  const jobs: Promise<void>[] = [
    build(`file:${sqliteTemplates.empty}`, false),
    build(`file:${sqliteTemplates.seeded}`, true),
  ];
  let pgTemplates: { empty: string; seeded: string } | null = null;
  if (PROVIDERS.includes("postgresql")) {
    pgTemplates = { empty: `mpp_test_${runId}_empty`, seeded: `mpp_test_${runId}_seeded` };
    const names = pgTemplates;
    await admin(async (c) => {
      await c.query(`CREATE DATABASE "${names.empty}"`);
      await c.query(`CREATE DATABASE "${names.seeded}"`);
    });
    jobs.push(build(withDatabase(TEST_PG_URL, names.empty), false), build(withDatabase(TEST_PG_URL, names.seeded), true));
  }
  await Promise.all(jobs);
  project.provide("runId", runId);
  project.provide("sqliteTemplates", sqliteTemplates);
  project.provide("pgTemplates", pgTemplates);

  return () => cleanup(pgTemplates !== null);
}
