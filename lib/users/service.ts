// Staff accounts (ADMIN only): list, create, disable/enable, unlock, revoke sessions.
// Disabling an account or revoking its sessions bumps sessionVersion: every open session of
// that account is refused on its next request (lib/auth/credentials.ts actorForSession).
import type { Actor } from "@/lib/auth/actor";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/log";
import { db as defaultDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { AppError, prismaCode, uniqueViolationFields } from "@/lib/errors";
import { z } from "zod";

export interface StaffUserRow {
  id: string;
  username: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  locked: boolean;
  lastLoginAt: Date | null;
  counters: number[];
}

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
}

export async function listStaff(actor: Actor, now = new Date(), db: Db = defaultDb): Promise<StaffUserRow[]> {
  assertAdmin(actor);
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      lockedUntil: true,
      lastLoginAt: true,
      counters: { select: { counter: { select: { number: true } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    email: u.email,
    name: u.name,
    role: u.role,
    isActive: u.isActive,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    lastLoginAt: u.lastLoginAt,
    counters: u.counters.map((c) => c.counter.number).sort((a, b) => a - b),
  }));
}

export const newStaffSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, "username"),
    email: z.email().trim().toLowerCase().max(120),
    name: z.string().trim().min(2).max(100),
    role: z.enum(ROLES),
    password: z.string().min(12, "passwordLength").max(200),
    counters: z.array(z.coerce.number().int().min(1).max(999)).max(30).default([]),
  })
  .refine((v) => v.role !== "OFFICER" || v.counters.length > 0, { path: ["counters"], message: "officerNeedsCounter" });

export type NewStaff = z.infer<typeof newStaffSchema>;

export async function createStaff(actor: Actor, input: NewStaff, ip: string | null, db: Db = defaultDb): Promise<{ id: string }> {
  assertAdmin(actor);
  const passwordHash = await hashPassword(input.password);
  const counters = input.role === "OFFICER" ? await db.counter.findMany({ where: { number: { in: input.counters } }, select: { id: true } }) : [];
  if (input.role === "OFFICER" && counters.length !== new Set(input.counters).size) {
    throw new AppError("VALIDATION", { fieldErrors: { counters: ["unknownCounter"] } });
  }
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          username: input.username,
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash,
          counters: { create: counters.map((c) => ({ counterId: c.id })) },
        },
        select: { id: true },
      });
      await writeAudit(tx, { actor, action: "users.create", entityType: "User", entityId: user.id, ip, details: { username: input.username, role: input.role, counters: input.counters } });
      return user;
    });
  } catch (e) {
    if (prismaCode(e) === "P2002") {
      const fields = uniqueViolationFields(e) ?? [];
      const field = fields.includes("email") ? "email" : "username";
      throw new AppError("CONFLICT", { fieldErrors: { [field]: ["taken"] } });
    }
    throw e;
  }
}

export type StaffChange = "disable" | "enable" | "unlock" | "revoke-sessions";

/** Applies an account change; disabling or revoking ends the account's sessions at once. */
export async function changeStaff(actor: Actor, userId: string, change: StaffChange, ip: string | null, db: Db = defaultDb): Promise<void> {
  assertAdmin(actor);
  if (userId === actor.userId && change === "disable") {
    throw new AppError("VALIDATION", { messageKey: "users.cannotDisableSelf" });
  }
  await db.$transaction(async (tx) => {
    const data =
      change === "disable"
        ? { isActive: false, sessionVersion: { increment: 1 } }
        : change === "enable"
          ? { isActive: true, failedLoginCount: 0, lockedUntil: null }
          : change === "unlock"
            ? { failedLoginCount: 0, lockedUntil: null }
            : { sessionVersion: { increment: 1 } };
    const updated = await tx.user.updateMany({ where: { id: userId }, data });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await writeAudit(tx, { actor, action: `users.${change}`, entityType: "User", entityId: userId, ip });
  });
}
