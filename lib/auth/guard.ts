import "server-only";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { can, isPublicPermission, type Permission } from "./permissions";

export type { Actor } from "./actor";

/**
 * The signed-in staff member of this request, or null. Staff sign-in (next-auth) arrives with
 * the staff console (issue 5); until then every request is anonymous.
 */
export async function currentActor(): Promise<Actor | null> {
  return null;
}

/**
 * Checks that the current request may use `permission` and returns its actor (null for the
 * public). Public permissions never read the session, so public pages stay cacheable.
 * Throws AppError UNAUTHENTICATED (401) or FORBIDDEN (403). For route handlers and actions.
 */
export async function requirePermission(permission: Permission): Promise<Actor | null> {
  if (isPublicPermission(permission)) return null;
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
  return actor;
}

/** requirePermission for staff permissions: never null. */
export async function requireStaff(permission: Permission): Promise<Actor> {
  const actor = await requirePermission(permission);
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
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
