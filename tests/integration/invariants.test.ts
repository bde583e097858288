// Invariants the database itself holds, whatever the application does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismaCode, uniqueViolationFields } from "@/lib/errors";
import { anyService, bookingData, makeSlot } from "../helpers/factories";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the database to refuse the write");
}

describe.each(PROVIDERS)("database invariants on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
  });
  afterAll(async () => {
    await t.drop();
  });

  it("refuses a duplicate booking code (P2002 on code)", async () => {
    const service = await anyService(t.db);
    const slot = await makeSlot(t.db, { capacity: 5 });
    await t.db.booking.create({ data: bookingData(slot, service.id, { code: "DUP-0001" }) });
    const e = await rejection(t.db.booking.create({ data: bookingData(slot, service.id, { code: "DUP-0001" }) }));
    expect(prismaCode(e)).toBe("P2002");
    expect(uniqueViolationFields(e)).toContain("code");
    expect(await t.db.booking.count({ where: { code: "DUP-0001" } })).toBe(1);
  });

  it("refuses a second active booking for the same NIK, service and day, but allows one after cancelling", async () => {
    const service = await anyService(t.db);
    const slot = await makeSlot(t.db, { capacity: 5 });
    const first = await t.db.booking.create({ data: bookingData(slot, service.id, { nikHash: "nik-a" }) });
    const e = await rejection(t.db.booking.create({ data: bookingData(slot, service.id, { nikHash: "nik-a" }) }));
    expect(prismaCode(e)).toBe("P2002");
    expect(uniqueViolationFields(e)).toContain("activeKey");
    await t.db.booking.update({ where: { id: first.id }, data: { status: "CANCELLED", activeKey: null } });
    await t.db.booking.create({ data: bookingData(slot, service.id, { nikHash: "nik-a" }) });
    expect(await t.db.booking.count({ where: { nikHash: "nik-a" } })).toBe(2);
  });

  it("refuses to fill a slot beyond its capacity, even with an unguarded write", async () => {
    const slot = await makeSlot(t.db, { capacity: 2 });
    await t.db.slot.update({ where: { id: slot.id }, data: { booked: { increment: 1 } } });
    await t.db.slot.update({ where: { id: slot.id }, data: { booked: { increment: 1 } } });
    const e = await rejection(t.db.slot.update({ where: { id: slot.id }, data: { booked: { increment: 1 } } }));
    expect(e).toBeInstanceOf(Error);
    expect(await rejection(t.db.slot.update({ where: { id: slot.id }, data: { booked: 99 } }))).toBeInstanceOf(Error);
    expect(await rejection(t.db.slot.update({ where: { id: slot.id }, data: { booked: -1 } }))).toBeInstanceOf(Error);
    expect((await t.db.slot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(2);
  });

  it("refuses to create a slot that is already over capacity", async () => {
    expect(await rejection(makeSlot(t.db, { capacity: 1, booked: 2 }))).toBeInstanceOf(Error);
  });

  it("never overbooks when many guarded takes race from two clients", async () => {
    const capacity = 3;
    const slot = await makeSlot(t.db, { capacity });
    const other = t.connect();
    const take = (client: typeof t.db) =>
      client.slot.updateMany({
        where: { id: slot.id, booked: { lt: capacity } },
        data: { booked: { increment: 1 } },
      });
    const results = await Promise.allSettled(
      Array.from({ length: 10 * capacity }, (_, i) => take(i % 2 === 0 ? t.db : other)),
    );
    const taken = results.filter((r) => r.status === "fulfilled" && r.value.count === 1).length;
    expect(taken).toBe(capacity);
    expect((await t.db.slot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(capacity);
  });

  it("refuses a capacity rule with an impossible walk-in share", async () => {
    const service = await anyService(t.db);
    const e = await rejection(
      t.db.capacityRule.create({
        data: { scopeKey: `service:${service.id}`, counterId: service.counterId, serviceId: service.id, slotMinutes: 30, capacityPerSlot: 4, walkInPercent: 120 },
      }),
    );
    expect(e).toBeInstanceOf(Error);
  });

  it("keeps the audit log append-only", async () => {
    const entry = await t.db.auditLog.create({
      data: { dayWib: "2026-12-01", actorLabel: "test", action: "test.append" },
    });
    expect(await rejection(t.db.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } }))).toBeInstanceOf(Error);
    expect(await rejection(t.db.auditLog.delete({ where: { id: entry.id } }))).toBeInstanceOf(Error);
    expect(await rejection(t.db.auditLog.deleteMany({}))).toBeInstanceOf(Error);
    expect((await t.db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });
});
