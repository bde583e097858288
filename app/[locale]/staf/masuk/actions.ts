"use server";

// Staff sign-in and sign-out. zod -> permission -> rules (lib/auth/credentials.ts) -> session
// cookie -> redirect. Errors go back to the sign-in page with the login kept (never the password).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/log";
import { currentActor, requirePermission } from "@/lib/auth/guard";
import { verifyCredentials } from "@/lib/auth/credentials";
import { encodeSession, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, sessionCookieOptions } from "@/lib/auth/session";
import { safeStaffPath } from "@/lib/auth/paths";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";

const schema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  lanjut: z.string().max(300).optional(),
});

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function signInAction(form: FormData): Promise<void> {
  await requirePermission("auth:sign-in", "staf/masuk");
  const raw = { login: field(form, "login") ?? "", password: field(form, "password") ?? "", lanjut: field(form, "lanjut") };
  const next = safeStaffPath(raw.lanjut);
  const back = (galat: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams({ galat, pengguna: raw.login.trim().slice(0, 100), lanjut: next, ...extra });
    redirect(`/staf/masuk?${q.toString()}`);
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    back(fields.has("login") ? (fields.has("password") ? "kosong" : "login") : "sandi");
    return;
  }
  const ip = clientIp(await headers());
  const result = await verifyCredentials(db, { login: parsed.data.login, password: parsed.data.password, ip });
  if (!result.ok) {
    if (result.reason === "locked") back("terkunci", { menit: String(result.minutes) });
    if (result.reason === "rate-limited") back("batas", { menit: String(result.minutes) });
    back("salah");
    return;
  }
  const jar = await cookies();
  jar.set(SESSION_COOKIE, await encodeSession({ sub: result.actor.userId, sv: result.sessionVersion }), {
    ...sessionCookieOptions(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await requirePermission("auth:sign-in", "staf/keluar");
  const actor = await currentActor();
  const jar = await cookies();
  jar.delete({ name: SESSION_COOKIE, path: "/" });
  if (actor) {
    // A JWT cannot be recalled: bumping the account's sessionVersion makes this token (and any
    // copy of it) worthless at once. It also ends the account's sessions on other devices.
    const ip = clientIp(await headers());
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
      await writeAudit(tx, { actor, action: "auth.sign-out", entityType: "User", entityId: actor.userId, ip });
    });
  }
  redirect("/staf/masuk?pesan=keluar");
}
