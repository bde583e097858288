import type { Db } from "./db-client";
import type { DbProvider } from "./database-url";

export interface HealthReport {
  status: "ok" | "error";
  database: { status: "up" | "down"; provider: DbProvider; latencyMs?: number };
  time: string;
}

/** Asks the database for `SELECT 1`, giving up after `timeoutMs`. */
export async function checkHealth(db: Db, provider: DbProvider, timeoutMs = 3000): Promise<HealthReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
      }),
    ]);
    return {
      status: "ok",
      database: { status: "up", provider, latencyMs: Math.round(performance.now() - started) },
      time: new Date().toISOString(),
    };
  } catch {
    return { status: "error", database: { status: "down", provider }, time: new Date().toISOString() };
  } finally {
    clearTimeout(timer);
  }
}
