import type { Permission } from "@/lib/auth/permissions";

/** The staff console's sections: shown to a role only when it holds the permission. */
export const STAFF_SECTIONS = [
  { key: "frontDesk", href: "/staf/resepsionis", permission: "checkin:operate" },
  { key: "queue", href: "/staf/antrian", permission: "queue:read" },
  { key: "applications", href: "/staf/permohonan", permission: "application:read" },
  { key: "stats", href: "/staf/statistik", permission: "stats:read" },
  { key: "audit", href: "/staf/audit", permission: "audit:read" },
  { key: "users", href: "/staf/pengguna", permission: "users:manage" },
] as const satisfies readonly { key: string; href: string; permission: Permission }[];
