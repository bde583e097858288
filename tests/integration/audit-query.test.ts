// The audit log viewer's data (lib/audit/query.ts) on both providers: ADMIN only, filters by
// action, actor, object and WIB date range, newest first, paginated, NIK never in clear.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as QueryModule from "@/lib/audit/query";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { PROVIDERS } from "../helpers/providers";
import { makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";


describe.each(PROVIDERS)("audit log viewer on %s", (provider) => {
  let t: TestDb;
  let q: typeof QueryModule;
  let admin: Actor;
  let officer: Actor;

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    q = await import("@/lib/audit/query");
    admin = await makeStaff(t.db, "ADMIN");
    officer = await makeStaff(t.db, "OFFICER", [1]);
    // 23:30 WIB on 1 December is still 1 December in WIB (16:30 UTC).
    await writeAudit(t.db, { actor: officer, action: "application.status", entityType: "Application", entityId: "P-AAAA-BBBB", at: new Date("2026-12-01T16:30:00Z"), details: { from: "DITERIMA", to: "VERIFIKASI_BERKAS" } });
    await writeAudit(t.db, { actor: officer, action: "pii.view", entityType: "Application", entityId: "P-AAAA-BBBB", at: new Date("2026-12-01T17:30:00Z"), details: { nik: "3375********0001" } });
    await writeAudit(t.db, { actor: "citizen", action: "booking.create", entityType: "Booking", entityId: "K7M4-PX9Q", at: new Date("2026-11-30T03:00:00Z") });
    for (let i = 0; i < 60; i++) await writeAudit(t.db, { actor: "system", action: "test.bulk", at: new Date(Date.UTC(2026, 10, 1, 0, i)) });
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  it("is for audit:read only", async () => {
    await expect(q.listAuditEntries(officer, {}, t.db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(q.auditActions(officer, t.db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filters by action, actor, object and WIB days; newest first", async () => {
    const byAction = await q.listAuditEntries(admin, { action: "application.status" }, t.db);
    expect(byAction.rows.map((r) => r.entityId)).toEqual(["P-AAAA-BBBB"]);
    expect(byAction.rows[0]).toMatchObject({ actor: `OFFICER:${officer.username}`, at: "2026-12-01T23:30:00+07:00" });
    const byActor = await q.listAuditEntries(admin, { actor: officer.username }, t.db);
    expect(byActor.rows.map((r) => r.action)).toEqual(["pii.view", "application.status"]);
    expect((await q.listAuditEntries(admin, { entity: "p-aaaa" }, t.db)).total).toBe(2);
    expect((await q.listAuditEntries(admin, { entity: "Booking" }, t.db)).rows.map((r) => r.entityId)).toEqual(["K7M4-PX9Q"]);
    const dec1 = await q.listAuditEntries(admin, { from: "2026-12-01", to: "2026-12-01" }, t.db);
    expect(dec1.rows.map((r) => r.action)).toEqual(["application.status"]);
    expect((await q.listAuditEntries(admin, { from: "2026-12-02", to: "2026-12-02" }, t.db)).rows.map((r) => r.action)).toEqual(["pii.view"]);
    await expect(q.listAuditEntries(admin, { from: "2026-02-30" }, t.db)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("paginates and offers every action found", async () => {
    const p1 = await q.listAuditEntries(admin, { action: "test.bulk" }, t.db);
    expect(p1).toMatchObject({ total: 60, page: 1, pageCount: 2 });
    expect(p1.rows).toHaveLength(q.AUDIT_PAGE_SIZE);
    const p2 = await q.listAuditEntries(admin, { action: "test.bulk", page: 2 }, t.db);
    expect(p2.rows).toHaveLength(10);
    expect(new Set([...p1.rows, ...p2.rows].map((r) => r.id)).size).toBe(60);
    expect((await q.listAuditEntries(admin, { action: "test.bulk", page: 99 }, t.db)).page).toBe(2);
    const actions = await q.auditActions(admin, t.db);
    expect(actions).toEqual(expect.arrayContaining(["test.bulk", "pii.view", "application.status", "auth.sign-in"]));
  });
});
