// Staff sign-in rules (lib/auth/credentials.ts) and account administration (lib/users/service.ts)
// against real databases: passwords, lockout after repeated failures, the per-IP limit, disabled
// accounts, session revocation, and the audit trail each of them leaves.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as Credentials from "@/lib/auth/credentials";
import type * as Users from "@/lib/users/service";
import { PROVIDERS } from "../helpers/providers";
import { makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";

const PASSWORD = "Demo-MPP-2026!";
const NOW = new Date("2026-12-14T03:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
let ipSeq = 0;
const freshIp = () => `10.0.${Math.floor(ipSeq / 250)}.${ipSeq++ % 250}`;

describe.each(PROVIDERS)("staff sign-in on %s", (provider) => {
  let t: TestDb;
  let cred: typeof Credentials;
  let users: typeof Users;

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    cred = await import("@/lib/auth/credentials");
    users = await import("@/lib/users/service");
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  const signIn = (login: string, password: string, now = NOW, ip = freshIp()) =>
    cred.verifyCredentials(t.db, { login, password, ip }, now);
  const audits = (action: string, entityId?: string) =>
    t.db.auditLog.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });

  it("opens a session with username or e-mail (any case) and records the sign-in", async () => {
    const byName = await signIn("Petugas1", PASSWORD);
    expect(byName.ok).toBe(true);
    if (!byName.ok) return;
    expect(byName.actor.role).toBe("OFFICER");
    expect(byName.actor.counterIds).toHaveLength(1);
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "petugas1" } });
    expect(user.lastLoginAt?.toISOString()).toBe(NOW.toISOString());
    const byEmail = await signIn(user.email.toUpperCase(), PASSWORD);
    expect(byEmail.ok).toBe(true);
    const rows = await audits("auth.sign-in", user.id);
    expect(rows.length).toBe(2);
    expect(rows[0]?.actorLabel).toBe("OFFICER:petugas1");
  });

  it("answers a wrong password, an unknown login and a disabled account alike, and audits each reason", async () => {
    const before = await t.db.auditLog.count({ where: { action: "auth.sign-in-failed" } });
    const wrong = await signIn("pejabat", "nope-nope-nope");
    const unknown = await signIn("nobody-here", PASSWORD);
    const staff = await makeStaff(t.db, "FRONT_DESK");
    await t.db.user.update({ where: { id: staff.userId }, data: { passwordHash: (await t.db.user.findUniqueOrThrow({ where: { username: "pejabat" } })).passwordHash, isActive: false } });
    const disabled = await signIn(staff.username, PASSWORD);
    expect([wrong, unknown, disabled]).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    const rows = await t.db.auditLog.findMany({ where: { action: "auth.sign-in-failed" }, orderBy: { id: "asc" }, skip: before });
    expect(rows.map((r) => JSON.parse(r.details ?? "{}").reason)).toEqual(["wrong-password", "unknown-login", "disabled"]);
    expect(rows[1]?.actorLabel).toBe("login:nobody-here");
  });

  it("locks an account after 5 wrong passwords: even the right password is refused until the lock ends", async () => {
    const staff = await makeStaff(t.db, "OFFICIAL");
    const hash = (await t.db.user.findUniqueOrThrow({ where: { username: "pejabat" } })).passwordHash;
    await t.db.user.update({ where: { id: staff.userId }, data: { passwordHash: hash } });
    for (let i = 0; i < cred.LOCK_AFTER - 1; i++) {
      expect(await signIn(staff.username, `wrong-${i}`, at(i))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(staff.username, "wrong-last", at(5))).toEqual({ ok: false, reason: "locked", minutes: cred.LOCK_MINUTES });
    // Right password while locked: refused, and the password is not even checked.
    expect(await signIn(staff.username, PASSWORD, at(6))).toEqual({ ok: false, reason: "locked", minutes: cred.LOCK_MINUTES - 1 });
    expect((await audits("auth.locked", staff.userId)).length).toBe(1);
    // After the lock: the right password opens a session and resets the counter.
    const after = await signIn(staff.username, PASSWORD, at(5 + cred.LOCK_MINUTES));
    expect(after.ok).toBe(true);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: staff.userId } });
    expect(row.failedLoginCount).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("an admin can unlock a locked account at once", async () => {
    const admin = await makeStaff(t.db, "ADMIN");
    const staff = await makeStaff(t.db, "OFFICIAL");
    await t.db.user.update({ where: { id: staff.userId }, data: { lockedUntil: at(60) } });
    await users.changeStaff(admin, staff.userId, "unlock", "127.0.0.1", t.db);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: staff.userId } });
    expect(row.lockedUntil).toBeNull();
    expect((await audits("users.unlock", staff.userId)).length).toBe(1);
  });

  it("slows password spraying: one IP gets at most IP_LIMIT attempts per window, whatever the account", async () => {
    const ip = "203.0.113.77";
    const results = [];
    for (let i = 0; i <= cred.IP_LIMIT; i++) results.push(await signIn(`spray-${i}`, "x", NOW, ip));
    expect(results.slice(0, cred.IP_LIMIT).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[cred.IP_LIMIT]).toMatchObject({ ok: false, reason: "rate-limited" });
    // Even the right password from that IP waits; another IP is not affected.
    expect(await signIn("pejabat", PASSWORD, NOW, ip)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((await signIn("pejabat", PASSWORD, NOW, "203.0.113.78")).ok).toBe(true);
  });

  it("a session stops at once when the account is disabled or its sessions are revoked", async () => {
    const admin = await makeStaff(t.db, "ADMIN");
    const staff = await makeStaff(t.db, "OFFICER", [2]);
    const sv = (await t.db.user.findUniqueOrThrow({ where: { id: staff.userId } })).sessionVersion;
    expect(await cred.actorForSession(t.db, staff.userId, sv)).toMatchObject({ userId: staff.userId, role: "OFFICER" });

    await users.changeStaff(admin, staff.userId, "revoke-sessions", null, t.db);
    expect(await cred.actorForSession(t.db, staff.userId, sv)).toBeNull();
    expect(await cred.actorForSession(t.db, staff.userId, sv + 1)).not.toBeNull();

    await users.changeStaff(admin, staff.userId, "disable", null, t.db);
    expect(await cred.actorForSession(t.db, staff.userId, sv + 1)).toBeNull();
    expect(await cred.actorForSession(t.db, staff.userId, sv + 2)).toBeNull(); // disabled
    await users.changeStaff(admin, staff.userId, "enable", null, t.db);
    expect(await cred.actorForSession(t.db, staff.userId, sv + 2)).not.toBeNull();
  });

  it("only an admin manages accounts; an admin cannot disable themself", async () => {
    const officer = await makeStaff(t.db, "OFFICER");
    const admin = await makeStaff(t.db, "ADMIN");
    await expect(users.listStaff(officer, NOW, t.db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(users.changeStaff(officer, admin.userId, "disable", null, t.db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(users.changeStaff(admin, admin.userId, "disable", null, t.db)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("creates accounts with a hashed password; duplicate usernames are refused on the field", async () => {
    const admin = await makeStaff(t.db, "ADMIN");
    const input = users.newStaffSchema.parse({ username: "petugas.baru", email: "baru@mpp.test", name: "Petugas Baru", role: "OFFICER", password: "kata-sandi-panjang", counters: ["3"] });
    await users.createStaff(admin, input, null, t.db);
    const row = await t.db.user.findUniqueOrThrow({ where: { username: "petugas.baru" }, include: { counters: { include: { counter: true } } } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.counters.map((c) => c.counter.number)).toEqual([3]);
    expect((await signIn("petugas.baru", "kata-sandi-panjang")).ok).toBe(true);
    await expect(users.createStaff(admin, { ...input, email: "lain@mpp.test" }, null, t.db)).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { username: ["taken"] } });
    expect(users.newStaffSchema.safeParse({ ...input, role: "OFFICER", counters: [] }).success).toBe(false);
  });

  it("never writes an unmasked NIK into the audit log, even when typed as the login", async () => {
    await signIn("3375011234560001", "whatever");
    const row = (await t.db.auditLog.findMany({ where: { action: "auth.sign-in-failed" }, orderBy: { id: "desc" }, take: 1 }))[0];
    expect(row?.actorLabel).not.toMatch(/\d{16}/);
    expect(row?.actorLabel).toBe("login:33************01");
  });
});
