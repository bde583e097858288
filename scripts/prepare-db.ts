// Before the portal starts: generate clients, migrate, and seed a brand-new database.
import { resolveDatabaseUrl } from "../lib/database-url";
import { deploy } from "./migrate";
import { sh } from "./lib";

const url = resolveDatabaseUrl();
deploy(url, true);
sh("node_modules/.bin/tsx", ["prisma/seed.ts", "--if-empty"], { ...process.env, DATABASE_URL: url });
