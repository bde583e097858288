// Staff factories for integration tests: a real User row (and its gerai bindings) and the Actor
// the data functions take. Build with the seeded catalogue; clean up by dropping the database.
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db-client";

/** A staff user; OFFICER is bound to the gerai with the given numbers (default gerai 1). */
export async function makeStaff(db: Db, role: Role, counterNumbers: number[] = role === "OFFICER" ? [1] : []): Promise<Actor> {
  const tag = crypto.randomBytes(4).toString("hex");
  const counters = await db.counter.findMany({ where: { number: { in: counterNumbers } }, select: { id: true } });
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@test.mpp`,
      username: `${role.toLowerCase()}-${tag}`,
      name: `Uji ${role} ${tag}`,
      passwordHash: "not-a-real-hash",
      role,
      counters: { create: counters.map((c) => ({ counterId: c.id })) },
    },
    select: { id: true, username: true, name: true, role: true },
  });
  return { userId: user.id, username: user.username, name: user.name, role: user.role, counterIds: counters.map((c) => c.id) };
}

/** Counter.id of gerai `number`. */
export async function counterId(db: Db, number: number): Promise<string> {
  const c = await db.counter.findUniqueOrThrow({ where: { number }, select: { id: true } });
  return c.id;
}
