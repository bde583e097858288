import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultSqliteUrl, pgFields, providerOf, withDatabase } from "@/lib/database-url";
import { loadEnv } from "@/lib/env";

const tmp: string[] = [];
const dir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "mpp-env-"));
  tmp.push(d);
  return d;
};
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("environment", () => {
  it("uses the embedded database when DATABASE_URL is not set", () => {
    const e = loadEnv({ NODE_ENV: "development" }, dir());
    expect(e.dbProvider).toBe("sqlite");
    expect(e.databaseUrl).toBe(defaultSqliteUrl());
    expect(e.seedDemoUsers).toBe(true);
  });

  it("generates local secrets once per data folder and keeps them", () => {
    const d = dir();
    const a = loadEnv({ NODE_ENV: "development" }, d);
    const b = loadEnv({ NODE_ENV: "development" }, d);
    expect(a.usingLocalSecrets).toBe(true);
    expect(a.authSecret).toBe(b.authSecret);
    expect(a.piiKey.equals(b.piiKey)).toBe(true);
    expect(a.piiKey).toHaveLength(32);
    expect((fs.statSync(path.join(d, "secrets.json")).mode & 0o777).toString(8)).toBe("600");
  });

  it("requires real secrets on PostgreSQL", () => {
    expect(() => loadEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@h/db" }, dir())).toThrow(/NEXTAUTH_SECRET/);
    const ok = loadEnv(
      {
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://u@h/db",
        NEXTAUTH_SECRET: "x".repeat(40),
        PII_KEY: "ab".repeat(32),
      },
      dir(),
    );
    expect(ok.dbProvider).toBe("postgresql");
    expect(ok.seedDemoUsers).toBe(false);
    expect(ok.usingLocalSecrets).toBe(false);
  });

  it("rejects a malformed key with a clear message", () => {
    expect(() => loadEnv({ NODE_ENV: "development", PII_KEY: "short" }, dir())).toThrow(/PII_KEY: must be 32 bytes/);
  });

  it("rejects an unknown database URL scheme", () => {
    expect(() => providerOf("mysql://x")).toThrow(/DATABASE_URL/);
  });

  it("splits a PostgreSQL URL into fields and switches databases", () => {
    expect(pgFields("postgresql://alice:s%40cret@db.local:5433/mpp")).toEqual({
      host: "db.local",
      port: 5433,
      user: "alice",
      password: "s@cret",
      database: "mpp",
    });
    expect(withDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "other")).toBe(
      "postgresql://postgres@127.0.0.1:5432/other",
    );
  });
});
