// Which database the portal talks to. Pure module: used by the app, prisma.config.ts,
// scripts and tests alike.
import path from "node:path";

export type DbProvider = "sqlite" | "postgresql";

/** The embedded database lives in ./data unless DATABASE_URL says otherwise. */
export function defaultSqliteUrl(cwd: string = process.cwd()): string {
  return `file:${path.resolve(cwd, "data", "mpp.db")}`;
}

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : defaultSqliteUrl();
}

export function providerOf(url: string): DbProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    "DATABASE_URL must be a PostgreSQL URL (postgresql://...) or an embedded database file (file:...).",
  );
}

/** Path of an embedded database file from its file: URL. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/i, "");
}

export interface PgConnectionFields {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
}

/**
 * Split a PostgreSQL URL into fields. The pg adapter must get separate fields, not a
 * connectionString: with a connection string Prisma's shadow-database replay runs against
 * the main database (stack.md, workaround 4).
 */
export function pgFields(url: string): PgConnectionFields {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
