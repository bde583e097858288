import { describe, expect, it } from "vitest";
import { can, PUBLIC_PERMISSIONS, ROLE_PERMISSIONS, ROLES, STAFF_PERMISSIONS } from "@/lib/auth/permissions";

describe("role permissions", () => {
  it("gives the public only public permissions", () => {
    for (const p of PUBLIC_PERMISSIONS) expect(can(null, p)).toBe(true);
    for (const p of STAFF_PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it("gives ADMIN every staff permission", () => {
    for (const p of STAFF_PERMISSIONS) expect(can("ADMIN", p)).toBe(true);
  });

  it("keeps officials read-only on statistics", () => {
    expect(can("OFFICIAL", "stats:read")).toBe(true);
    expect(can("OFFICIAL", "evaluation:read")).toBe(true);
    for (const p of ["queue:operate", "checkin:operate", "application:process", "personal-data:read", "users:manage"] as const) {
      expect(can("OFFICIAL", p)).toBe(false);
    }
  });

  it("lets front desk check in and register walk-ins but not process applications", () => {
    expect(can("FRONT_DESK", "checkin:operate")).toBe(true);
    expect(can("FRONT_DESK", "walkin:register")).toBe(true);
    expect(can("FRONT_DESK", "application:process")).toBe(false);
    expect(can("FRONT_DESK", "stats:read")).toBe(false);
  });

  it("lets officers run the queue and process applications, nothing administrative", () => {
    expect(can("OFFICER", "queue:operate")).toBe(true);
    expect(can("OFFICER", "application:process")).toBe(true);
    expect(can("OFFICER", "users:manage")).toBe(false);
    expect(can("OFFICER", "audit:read")).toBe(false);
  });

  it("maps every role and only known permissions", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const perms of Object.values(ROLE_PERMISSIONS)) {
      for (const p of perms) expect(STAFF_PERMISSIONS).toContain(p);
    }
  });
});
