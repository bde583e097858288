// Prints a staff session cookie value for `username` (default pejabat) of DATABASE_URL, signed
// with NEXTAUTH_SECRET: the benchmark calls the dashboard as a signed-in official without
// driving the sign-in form. Run with tsx.
import { encodeSession } from "@/lib/auth/session";
import { createDb } from "@/lib/db-client";

const username = process.argv[2] ?? "pejabat";
const db = createDb(process.env.DATABASE_URL);
const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, sessionVersion: true } });
process.stdout.write(await encodeSession({ sub: user.id, sv: user.sessionVersion }));
await db.$disconnect();
