// Drift check: fails when prisma/postgres/schema.prisma is not the one generated from
// prisma/schema.prisma, or when either migrations folder does not produce its schema.
// The PostgreSQL check replays migrations in a throw-away shadow database on DRIFT_PG_URL.
import fs from "node:fs";
import { PRISMA, migrationsDir, prismaEnv, sh } from "./lib";
// @ts-expect-error plain ESM helper without types
import { PG_SCHEMA, pgSchemaText } from "./pg-schema.mjs";

let failed = false;

if (fs.readFileSync(PG_SCHEMA as string, "utf8") !== (pgSchemaText as () => string)()) {
  console.error(`✗ ${PG_SCHEMA} is not generated from prisma/schema.prisma: run npm run generate`);
  failed = true;
} else console.log(`✓ ${PG_SCHEMA} matches prisma/schema.prisma`);

const pgUrl = process.env.DRIFT_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
for (const url of ["file:./data/.drift-unused.db", pgUrl]) {
  const { schema, migrations } = migrationsDir(url);
  try {
    sh(
      PRISMA,
      ["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"],
      prismaEnv(url),
      true,
    );
    console.log(`✓ ${migrations} produces ${schema}`);
  } catch {
    console.error(`✗ ${migrations} drifts from ${schema}: run npm run db:migrate:new -- <name>`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
