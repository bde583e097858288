// Writes prisma/postgres/schema.prisma from prisma/schema.prisma and generates both Prisma
// clients (lib/generated/sqlite and lib/generated/pg). Skips work that is up to date.
import crypto from "node:crypto";
import fs from "node:fs";
import { ensureDeps } from "./ensure-deps.mjs";
import { PG_SCHEMA, SQLITE_SCHEMA, writePgSchema } from "./pg-schema.mjs";
import { bin, run } from "./run.mjs";

ensureDeps();
writePgSchema();

const stamp = "lib/generated/.stamp";
const hash = crypto
  .createHash("sha256")
  .update(fs.readFileSync(SQLITE_SCHEMA))
  .update(fs.readFileSync("package-lock.json"))
  .digest("hex");
const fresh =
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, "utf8") === hash &&
  fs.existsSync("lib/generated/sqlite/client.ts") &&
  fs.existsSync("lib/generated/pg/client.ts");

if (!fresh || process.argv.includes("--force")) {
  run(bin("prisma"), ["generate", "--schema", SQLITE_SCHEMA], { env: { DATABASE_URL: "file:./data/generate.db" } });
  run(bin("prisma"), ["generate", "--schema", PG_SCHEMA], {
    env: { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" },
  });
  fs.writeFileSync(stamp, hash);
}
