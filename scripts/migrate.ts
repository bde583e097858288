// Database migrations for the embedded database and PostgreSQL.
//   tsx scripts/migrate.ts deploy        apply pending migrations to DATABASE_URL (default: embedded)
//   tsx scripts/migrate.ts reset         drop everything, migrate, seed
//   tsx scripts/migrate.ts new <name>    write a new migration for BOTH providers from the
//                                        schema change (needs the PostgreSQL at DRIFT_PG_URL)
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { pgFields, providerOf, resolveDatabaseUrl, sqliteFilePath } from "../lib/database-url";
import { PRISMA, migrationsDir, prismaEnv, sh } from "./lib";

export function deploy(url: string, quiet = false): void {
  if (providerOf(url) === "sqlite") fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
  sh(PRISMA, ["migrate", "deploy"], prismaEnv(url), quiet);
  if (providerOf(url) === "sqlite") {
    // WAL lets readers go on while one process writes; it is a property of the file.
    const file = new Database(sqliteFilePath(url));
    file.pragma("journal_mode = WAL");
    file.close();
  }
}

async function reset(url: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const file = sqliteFilePath(url);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  } else {
    const client = new pg.Client(pgFields(url));
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public"');
    await client.end();
  }
  deploy(url);
  sh(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: url });
}

function newMigration(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: lower case letters, digits and _ only");
  const pgUrl = process.env.DRIFT_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const url of ["file:./data/.shadow-unused.db", pgUrl]) {
    const { schema, migrations } = migrationsDir(url);
    const sql = sh(
      PRISMA,
      ["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--script"],
      prismaEnv(url),
      true,
    );
    if (/^-- This is an empty migration/m.test(sql) || sql.trim() === "") {
      console.log(`${migrations}: no change`);
      continue;
    }
    const dir = path.join(migrations, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${dir}/migration.sql`);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/migrate.ts");
if (isMain) {
  const [cmd, arg] = process.argv.slice(2);
  const url = resolveDatabaseUrl();
  const run = async () => {
    if (cmd === "deploy") deploy(url);
    else if (cmd === "reset") await reset(url);
    else if (cmd === "new" && arg) newMigration(arg);
    else throw new Error("usage: migrate.ts deploy | reset | new <name>");
  };
  run().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
