// The environment, validated once (zod). Imported by next.config.ts so a bad configuration
// fails the build and the start, not the first request.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { providerOf, resolveDatabaseUrl } from "./database-url";

const hex32 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, "must be 32 bytes as 64 hex characters (openssl rand -hex 32)");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Public address of the portal (canonical URLs, sitemap); defaults to NEXTAUTH_URL. */
  PUBLIC_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Key for the keyed hash (lookup) and encryption of NIK and phone numbers. */
  PII_KEY: hex32.optional(),
  /** Load demo staff accounts when seeding (default: only on the embedded database). */
  SEED_DEMO_USERS: z.enum(["true", "false"]).optional(),
  /** Allow the generated local secrets on PostgreSQL too (never in production). */
  ALLOW_LOCAL_SECRETS: z.enum(["true", "false"]).optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  dbProvider: "sqlite" | "postgresql";
  authSecret: string;
  piiKey: Buffer;
  seedDemoUsers: boolean;
  usingLocalSecrets: boolean;
  publicUrl: string;
};

type LocalSecrets = { authSecret: string; piiKey: string };

/**
 * Secrets for the embedded demo: generated once per data folder and kept in
 * data/secrets.json (git-ignored). Never used for a production PostgreSQL deployment.
 */
function localSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, "secrets.json");
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>;
    if (parsed.authSecret && parsed.piiKey) return parsed as LocalSecrets;
  } catch {
    // first start: create below
  }
  const secrets = {
    authSecret: crypto.randomBytes(32).toString("base64url"),
    piiKey: crypto.randomBytes(32).toString("hex"),
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env, dataDir = path.resolve("data")): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const databaseUrl = resolveDatabaseUrl(source);
  const dbProvider = providerOf(databaseUrl);
  const needLocal = !e.NEXTAUTH_SECRET || !e.PII_KEY;
  const localAllowed = dbProvider === "sqlite" || e.ALLOW_LOCAL_SECRETS === "true";
  if (needLocal && !localAllowed) {
    throw new Error(
      "Invalid environment: NEXTAUTH_SECRET and PII_KEY are required with PostgreSQL " +
        "(generate them with `openssl rand -base64 32` and `openssl rand -hex 32`).",
    );
  }
  if (needLocal && e.NODE_ENV === "production" && dbProvider === "postgresql") {
    throw new Error("Invalid environment: generated local secrets are never used in production on PostgreSQL.");
  }
  const local = needLocal ? localSecrets(dataDir) : undefined;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl,
    dbProvider,
    authSecret: e.NEXTAUTH_SECRET ?? local!.authSecret,
    piiKey: Buffer.from(e.PII_KEY ?? local!.piiKey, "hex"),
    seedDemoUsers: e.SEED_DEMO_USERS ? e.SEED_DEMO_USERS === "true" : dbProvider === "sqlite",
    usingLocalSecrets: needLocal,
    publicUrl: (e.PUBLIC_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  };
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= loadEnv();
  return cached;
}
