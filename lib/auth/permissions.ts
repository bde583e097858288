// Who may do what: one map from role to permissions (Epic Stack style). Every page, server
// action and route handler calls requirePermission(...) (lib/auth/guard.ts); the UI only hides.

export const ROLES = ["ADMIN", "OFFICER", "FRONT_DESK", "OFFICIAL"] as const;
export type Role = (typeof ROLES)[number];

/** Permissions anyone has, signed in or not. */
export const PUBLIC_PERMISSIONS = [
  "catalogue:read",
  "booking:create",
  "booking:manage-own",
  "application:track",
  "health:read",
  "locale:set",
  /** Opening (and closing) a staff session: anyone may try; the rules are in lib/auth/credentials.ts. */
  "auth:sign-in",
] as const;

export const STAFF_PERMISSIONS = [
  "staff:access",
  "queue:read",
  "queue:operate",
  "checkin:operate",
  "walkin:register",
  "application:read",
  "application:create",
  "application:process",
  "personal-data:read",
  "stats:read",
  "evaluation:read",
  "catalogue:manage",
  "closures:manage",
  "users:manage",
  "audit:read",
] as const;

export type PublicPermission = (typeof PUBLIC_PERMISSIONS)[number];
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];
export type Permission = PublicPermission | StaffPermission;

export const ROLE_PERMISSIONS: Record<Role, readonly StaffPermission[]> = {
  ADMIN: STAFF_PERMISSIONS,
  // Front desk registers applications handed in at reception (for any gerai) and answers
  // "where is my application" questions (read, masked), but never moves them on.
  FRONT_DESK: [
    "staff:access",
    "queue:read",
    "checkin:operate",
    "walkin:register",
    "personal-data:read",
    "application:read",
    "application:create",
  ],
  // Officers act only on their own gerai: the data functions scope every query to them.
  OFFICER: [
    "staff:access",
    "queue:read",
    "queue:operate",
    "application:read",
    "application:create",
    "application:process",
    "personal-data:read",
  ],
  OFFICIAL: ["staff:access", "stats:read", "evaluation:read"],
};

export function isPublicPermission(p: Permission): p is PublicPermission {
  return (PUBLIC_PERMISSIONS as readonly string[]).includes(p);
}

/** Whether `role` (null = not signed in) holds `permission`. */
export function can(role: Role | null, permission: Permission): boolean {
  if (isPublicPermission(permission)) return true;
  return role !== null && (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);
}
