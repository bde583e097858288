import "server-only";
import { AppError } from "@/lib/errors";
import { can, isPublicPermission, type Permission, type Role } from "./permissions";

export interface Actor {
  userId: string;
  role: Role;
  counterIds: string[];
}

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
 */
export async function requirePermission(permission: Permission): Promise<Actor | null> {
  if (isPublicPermission(permission)) return null;
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
  return actor;
}
