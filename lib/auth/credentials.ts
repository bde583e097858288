// Staff sign-in rules, shared by the sign-in page's server action and next-auth's credentials
// provider: one place decides whether a login + password opens a session.
//
// - Passwords: argon2id (lib/auth/password.ts). An unknown login still costs one verification
//   (against a dummy hash), so timing does not reveal which accounts exist.
// - Brute force: LOCK_AFTER consecutive failures lock the account for LOCK_MINUTES (the
//   lock is told to the user; the password is not checked while locked). Per client IP at most
//   IP_LIMIT attempts per IP_WINDOW_SECONDS, whatever the account (slows password spraying).
// - A disabled account, an unknown login and a wrong password all get the same answer.
// - Every attempt is audited (auth.sign-in / auth.sign-in-failed with the reason).
import type { Db } from "@/lib/db-client";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit/log";
import { hit, rateLimitKey } from "@/lib/rate-limit";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";

export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;
export const IP_LIMIT = 30;
export const IP_WINDOW_SECONDS = 15 * 60;

export type SignInFailure =
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; minutes: number }
  | { ok: false; reason: "rate-limited"; minutes: number };

export type SignInResult = { ok: true; actor: Actor; sessionVersion: number } | SignInFailure;

let dummyHash: Promise<string> | undefined;

/** The login as it may appear in the audit log: long digit runs (a NIK typed by mistake) masked. */
export function auditLogin(login: string): string {
  return `login:${login.slice(0, 64).replace(/\d{6,}/g, (d) => `${d.slice(0, 2)}${"*".repeat(d.length - 4)}${d.slice(-2)}`)}`;
}

export async function verifyCredentials(
  db: Db,
  input: { login: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<SignInResult> {
  const login = input.login.trim().toLowerCase();
  const ipRule = await hit(rateLimitKey("auth.sign-in:ip", input.ip, env().piiKey), IP_LIMIT, IP_WINDOW_SECONDS, now, db);
  if (!ipRule.allowed) {
    await writeAudit(db, { actor: auditLogin(login), action: "auth.sign-in-failed", ip: input.ip, details: { reason: "rate-limited" }, at: now });
    return { ok: false, reason: "rate-limited", minutes: Math.max(1, Math.ceil(ipRule.retryAfterSeconds / 60)) };
  }

  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { email: login }] },
    select: {
      id: true,
      username: true,
      name: true,
      role: true,
      isActive: true,
      passwordHash: true,
      failedLoginCount: true,
      lockedUntil: true,
      sessionVersion: true,
      counters: { select: { counterId: true } },
    },
  });

  if (user?.lockedUntil && user.lockedUntil > now) {
    await writeAudit(db, { actor: auditLogin(login), action: "auth.sign-in-failed", entityType: "User", entityId: user.id, ip: input.ip, details: { reason: "locked" }, at: now });
    return { ok: false, reason: "locked", minutes: Math.max(1, Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000)) };
  }

  dummyHash ??= hashPassword("not-a-password-of-anyone");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);

  if (!user || !passwordOk || !user.isActive) {
    const reason = !user ? "unknown-login" : !user.isActive ? "disabled" : "wrong-password";
    let locked = false;
    await db.$transaction(async (tx) => {
      if (user && reason === "wrong-password") {
        const updated = await tx.user.update({
          where: { id: user.id },
          data: { failedLoginCount: { increment: 1 } },
          select: { failedLoginCount: true },
        });
        if (updated.failedLoginCount >= LOCK_AFTER) {
          locked = true;
          await tx.user.update({
            where: { id: user.id },
            data: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) },
            select: { id: true },
          });
        }
      }
      await writeAudit(tx, { actor: auditLogin(login), action: "auth.sign-in-failed", entityType: user ? "User" : undefined, entityId: user?.id, ip: input.ip, details: { reason }, at: now });
      if (locked) {
        await writeAudit(tx, { actor: "system", action: "auth.locked", entityType: "User", entityId: user?.id, ip: input.ip, details: { minutes: LOCK_MINUTES }, at: now });
      }
    });
    return locked ? { ok: false, reason: "locked", minutes: LOCK_MINUTES } : { ok: false, reason: "invalid" };
  }

  const actor: Actor = {
    userId: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    counterIds: user.counters.map((c) => c.counterId),
  };
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
      select: { id: true },
    });
    await writeAudit(tx, { actor, action: "auth.sign-in", entityType: "User", entityId: user.id, ip: input.ip, at: now });
  });
  return { ok: true, actor, sessionVersion: user.sessionVersion };
}

/**
 * The actor for a session token's user id and session version, or null when the account is
 * gone, disabled, or its sessions were revoked (sessionVersion bumped): checked on every request,
 * so disabling an account takes effect at once.
 */
export async function actorForSession(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, name: true, role: true, isActive: true, sessionVersion: true, counters: { select: { counterId: true } } },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return { userId: user.id, username: user.username, name: user.name, role: user.role, counterIds: user.counters.map((c) => c.counterId) };
}
