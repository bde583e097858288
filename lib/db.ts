import "server-only";
import { createDb, type Db } from "./db-client";
import { env } from "./env";

export type { Db, Tx } from "./db-client";

const globalForDb = globalThis as unknown as { __mppDb?: Db };

/** The portal's single Prisma client. */
export const db: Db = globalForDb.__mppDb ?? createDb(env().databaseUrl);

if (process.env.NODE_ENV !== "production") globalForDb.__mppDb = db;
