// Shared helpers for the TypeScript project scripts (run with tsx).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { providerOf } from "../lib/database-url";

export const PRISMA = path.resolve("node_modules/.bin/prisma");

/** Environment for Prisma CLI runs against `url`. */
export function prismaEnv(url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (providerOf(url) === "postgresql") {
    const fix = `--require ${path.resolve("scripts/prisma-timer-fix.cjs")}`;
    env.NODE_OPTIONS = [process.env.NODE_OPTIONS, fix].filter(Boolean).join(" ");
  }
  return env;
}

export function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): string {
  const res = spawnSync(cmd, args, { env, encoding: "utf8", stdio: quiet ? "pipe" : ["inherit", "pipe", "inherit"] });
  if (!quiet && res.stdout) process.stdout.write(res.stdout);
  if (res.status !== 0) {
    if (quiet) process.stderr.write(`${res.stdout ?? ""}${res.stderr ?? ""}`);
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${res.status ?? res.signal})`);
  }
  return res.stdout ?? "";
}

export function migrationsDir(url: string): { schema: string; migrations: string } {
  return providerOf(url) === "postgresql"
    ? { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" }
    : { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
}
