// prisma/postgres/schema.prisma is generated from prisma/schema.prisma: only the provider
// and the client output differ.
import fs from "node:fs";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgres/schema.prisma";

export function pgSchemaText() {
  const src = fs.readFileSync(SQLITE_SCHEMA, "utf8");
  const out = src
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/pg"')
    .replace(
      /^\/\/ mpp-portal data model\.\n/,
      "// GENERATED from prisma/schema.prisma by scripts/generate.mjs: do not edit.\n// mpp-portal data model.\n",
    );
  if (!out.includes('provider = "postgresql"') || !out.includes("lib/generated/pg")) {
    throw new Error("scripts/pg-schema.mjs: could not rewrite provider/output in prisma/schema.prisma");
  }
  return out;
}

export function writePgSchema() {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  const text = pgSchemaText();
  const current = fs.existsSync(PG_SCHEMA) ? fs.readFileSync(PG_SCHEMA, "utf8") : "";
  if (current !== text) fs.writeFileSync(PG_SCHEMA, text);
  return current !== text;
}
