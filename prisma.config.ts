// Prisma CLI configuration. The provider follows DATABASE_URL: the embedded SQLite database
// by default, PostgreSQL when DATABASE_URL is a postgresql:// URL. Each provider has its own
// schema file and migrations folder (docs/decisions/001-two-databases.md).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { providerOf, resolveDatabaseUrl, sqliteFilePath } from "./lib/database-url";
import { migrationAdapterFactory } from "./prisma/adapters";

// prisma.config.ts does not read .env; the URL must resolve or the CLI tries to download
// an engine.
process.env.DATABASE_URL = resolveDatabaseUrl();
const url = process.env.DATABASE_URL;
const provider = providerOf(url);

if (provider === "sqlite") {
  fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
}

const dir = provider === "postgresql" ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations`, seed: "tsx prisma/seed.ts" },
  async adapter() {
    return migrationAdapterFactory(url);
  },
});
