import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { actorForSession } from "./credentials";
import { authOptions } from "./session";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { can, isPublicPermission, type Permission } from "./permissions";

export type { Actor } from "./actor";

/**
 * The signed-in staff member of this request, or null: the next-auth session (JWT cookie) gives
 * the user id and session version; the account is re-read every time (disabled or revoked
 * sessions stop at once). Memoised per request.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return actorForSession(db, session.uid, session.sv);
});

/** Audits a refused staff access (who, which permission, where). Never fails the request. */
async function auditRefusal(actor: Actor | null, permission: Permission, where: string, reason: "unauthenticated" | "forbidden") {
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    // outside a request (tests)
  }
  await writeAudit(db, { actor, action: "access.refused", ip, details: { permission, where, reason } }).catch(() => undefined);
}

/**
 * Checks that the current request may use `permission` and returns its actor (null for the
 * public). Public permissions never read the session, so public pages stay cacheable.
 * Throws AppError UNAUTHENTICATED (401) or FORBIDDEN (403), and audits the refusal. For route
 * handlers and server actions; `where` names the action or route for the audit log.
 */
export async function requirePermission(permission: Permission, where = "unknown"): Promise<Actor | null> {
  if (isPublicPermission(permission)) return null;
  const actor = await currentActor();
  if (!actor) {
    await auditRefusal(null, permission, where, "unauthenticated");
    throw new AppError("UNAUTHENTICATED");
  }
  if (!can(actor.role, permission)) {
    await auditRefusal(actor, permission, where, "forbidden");
    throw new AppError("FORBIDDEN");
  }
  return actor;
}

/** requirePermission for staff permissions: never null. */
export async function requireStaff(permission: Permission, where = "unknown"): Promise<Actor> {
  const actor = await requirePermission(permission, where);
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Whether the actor may act on gerai `counterId` (officers: only their own gerai). */
export function canAccessCounter(actor: Actor, counterId: string): boolean {
  return actor.role !== "OFFICER" || actor.counterIds.includes(counterId);
}

/** Throws FORBIDDEN unless the actor may act on gerai `counterId`. Data functions call it. */
export function assertCounterAccess(actor: Actor, counterId: string): void {
  if (!canAccessCounter(actor, counterId)) {
    throw new AppError("FORBIDDEN", { message: "Not your gerai" });
  }
}

/** Prisma `where` fragment limiting rows to the gerai the actor may see. */
export function counterScope(actor: Actor): { counterId?: { in: string[] } } {
  return actor.role === "OFFICER" ? { counterId: { in: actor.counterIds } } : {};
}

/**
 * For staff pages: the actor, or a redirect to the sign-in page (coming back to `path`
 * afterwards) when nobody is signed in, or Next's forbidden() (403 page) for the wrong role.
 */
export async function requireStaffPage(permission: Permission, path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/staf/masuk?lanjut=${encodeURIComponent(path)}`);
  if (!can(actor.role, permission)) {
    await auditRefusal(actor, permission, path, "forbidden");
    forbidden();
  }
  return actor;
}

/**
 * For server actions: the actor, or a redirect to the sign-in page (no session), or forbidden()
 * (403, wrong role). The refusal is audited. Route handlers use requireStaff (JSON 401/403).
 */
export async function requireStaffAction(permission: Permission, where: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    await auditRefusal(null, permission, where, "unauthenticated");
    redirect("/staf/masuk");
  }
  if (!can(actor.role, permission)) {
    await auditRefusal(actor, permission, where, "forbidden");
    forbidden();
  }
  return actor;
}
