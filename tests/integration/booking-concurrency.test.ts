// Capacity under real concurrency: several OS processes (booking-worker.ts) book, move and hit
// rate limits at the same moment against one database, on SQLite (one file) and PostgreSQL.
// Whatever the interleaving: never more bookings than places, every loser a clean SLOT_FULL,
// and Slot.booked always equal to the bookings in the slot.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as ServiceModule from "@/lib/bookings/service";
import type { BookingInput } from "@/lib/bookings/types";
import type { Db } from "@/lib/db-client";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { createTestDb, type TestDb } from "../helpers/test-db";
import type { WorkerJob, WorkerOutcome } from "./booking-worker";

const NOW = new Date("2026-12-14T03:00:00Z"); // Monday 10.00 WIB
const PII_KEY = "1".repeat(64);
const AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
const SERVICE = "ktp-el-baru";
/** Places per slot for this test (service-specific capacity rule, no walk-in share). */
const N = 3;
const PROCESSES = 2;
const WORKER = path.resolve("tests/integration/booking-worker.ts");
const globalForDb = globalThis as { __mppDb?: Db };

type Service = typeof ServiceModule;

/** Runs one worker process per job; they all fire together once every one is connected. */
async function runWorkers(url: string, jobs: WorkerJob[]): Promise<WorkerOutcome[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpp-booking-"));
  try {
    const children = jobs.map((job, k) => {
      const file = path.join(dir, `job-${k}.json`);
      fs.writeFileSync(file, JSON.stringify(job));
      const child = spawn(process.execPath, ["--import", "tsx", WORKER, file], {
        env: { ...process.env, DATABASE_URL: url, PII_KEY, NEXTAUTH_SECRET: AUTH_SECRET, NODE_ENV: "test" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      const ready = new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString("utf8");
          if (out.startsWith("ready\n")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`worker exited early (${code}): ${err}`)));
      });
      child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
      const done = new Promise<WorkerOutcome[]>((resolve, reject) => {
        child.on("exit", (code) => {
          if (code !== 0) return reject(new Error(`worker failed (${code}): ${err}`));
          const last = out.trim().split("\n").at(-1) ?? "[]";
          resolve(JSON.parse(last) as WorkerOutcome[]);
        });
      });
      return { child, ready, done };
    });
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin.end("go\n");
    return (await Promise.all(children.map((c) => c.done))).flat();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per scenario for the record (attempts, successes, SLOT_FULL, anything else). */
function report(provider: string, what: string, results: WorkerOutcome[]): void {
  const ok = results.filter((r) => r.ok).length;
  const full = results.filter((r) => !r.ok && r.error === "SLOT_FULL").length;
  console.log(`[${provider}] ${what}: ${results.length} attempts, ${ok} succeeded, ${full} SLOT_FULL, ${results.length - ok - full} other`);
}

const split = <T>(items: T[], parts: number): T[][] =>
  Array.from({ length: parts }, (_, p) => items.filter((_, k) => k % parts === p));

describe.each(PROVIDERS)(`booking concurrency on %s, ${PROCESSES} processes`, (provider) => {
  let t: TestDb;
  let svc: Service;
  let slots: string[] = [];
  let seq = 0;

  const input = (slotStart: string): BookingInput => {
    const i = seq++;
    return { serviceSlug: SERVICE, slotStart, nik: nikFor(i), name: "Warga Uji", phone: phoneFor(i), kelurahanCode: "33.75.01.1003", consent: true };
  };
  /** Every slot of the service: booked === its active bookings, and never over capacity. */
  async function expectSlotsConsistent() {
    const rows = await t.db.slot.findMany({
      where: { service: { slug: SERVICE } },
      select: { booked: true, capacity: true, _count: { select: { bookings: { where: { status: "BOOKED" } } } } },
    });
    for (const r of rows) {
      expect(r.booked).toBe(r._count.bookings);
      expect(r.booked).toBeLessThanOrEqual(r.capacity);
    }
  }

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    vi.resetModules();
    globalForDb.__mppDb = undefined;
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("NEXTAUTH_SECRET", AUTH_SECRET);
    vi.stubEnv("PII_KEY", PII_KEY);
    svc = await import("@/lib/bookings/service");
    const service = await t.db.service.findUniqueOrThrow({ where: { slug: SERVICE } });
    await t.db.capacityRule.create({
      data: {
        scopeKey: `service:${service.id}`,
        counterId: service.counterId,
        serviceId: service.id,
        slotMinutes: 30,
        capacityPerSlot: N,
        walkInPercent: 0,
      },
    });
    const a = await svc.getServiceAvailability(SERVICE, undefined, undefined, NOW, undefined, t.db);
    slots = a.availability.days.flatMap((d) => d.slots.map((s) => s.start));
    expect(a.availability.days.flatMap((d) => d.slots).every((s) => s.capacity === N)).toBe(true);
  });
  afterAll(async () => {
    await globalForDb.__mppDb?.$disconnect();
    globalForDb.__mppDb = undefined;
    await t.drop();
    vi.unstubAllEnvs();
  });

  it(`books exactly ${N} of ${10 * N} simultaneous attempts; every other one is SLOT_FULL`, async () => {
    const slotStart = slots.shift()!;
    const attempts = Array.from({ length: 10 * N }, () => input(slotStart));
    const results = await runWorkers(
      t.url,
      split(attempts, PROCESSES).map((creates) => ({ now: NOW.toISOString(), creates })),
    );
    expect(results).toHaveLength(10 * N);
    report(provider, `create into ${N} places`, results);
    const failures = results.filter((r) => !r.ok);
    expect(results.filter((r) => r.ok)).toHaveLength(N);
    expect(failures.filter((r) => r.error !== "SLOT_FULL"), JSON.stringify(failures.slice(0, 3))).toEqual([]);
    const slot = await t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(slotStart), service: { slug: SERVICE } } });
    expect(slot.booked).toBe(N);
    expect(await t.db.booking.count({ where: { slotId: slot.id } })).toBe(N);
    expect(await t.db.booking.count()).toBe(N);
    await expectSlotsConsistent();
  });

  it(`moves exactly one of ${10 * N} simultaneous reschedules into a slot with one place left`, async () => {
    const target = slots.shift()!;
    for (let k = 0; k < N - 1; k++) await svc.createBooking(input(target), { now: NOW }, t.db);
    const movers: { code: string; nik: string; slotStart: string }[] = [];
    while (movers.length < 10 * N) {
      const from = slots.shift()!;
      for (let k = 0; k < N && movers.length < 10 * N; k++) {
        const i = input(from);
        const { booking } = await svc.createBooking(i, { now: NOW }, t.db);
        movers.push({ code: booking.code, nik: i.nik, slotStart: target });
      }
    }
    const before = await t.db.slot.aggregate({ _sum: { booked: true } });
    const results = await runWorkers(
      t.url,
      split(movers, PROCESSES).map((reschedules) => ({ now: NOW.toISOString(), reschedules })),
    );
    expect(results).toHaveLength(10 * N);
    report(provider, "reschedule into 1 place", results);
    const failures = results.filter((r) => !r.ok);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(failures.filter((r) => r.error !== "SLOT_FULL"), JSON.stringify(failures.slice(0, 3))).toEqual([]);
    const slot = await t.db.slot.findFirstOrThrow({ where: { startsAt: new Date(target), service: { slug: SERVICE } } });
    expect(slot.booked).toBe(N);
    expect(await t.db.booking.count({ where: { slotId: slot.id, status: "BOOKED" } })).toBe(N);
    // Places moved, none created or lost.
    expect((await t.db.slot.aggregate({ _sum: { booked: true } }))._sum.booked).toBe(before._sum.booked);
    await expectSlotsConsistent();
  });

  it("lets every simultaneous booking into a new slot with room for all (no false SLOT_FULL)", async () => {
    // The slot row does not exist yet: every transaction races to create it (P2002, retried) or
    // finds it just committed by another one.
    const roomy = await t.db.service.findUniqueOrThrow({ where: { slug: "skck-baru" } });
    const attempts = 10 * N;
    await t.db.capacityRule.create({
      data: {
        scopeKey: `service:${roomy.id}`,
        counterId: roomy.counterId,
        serviceId: roomy.id,
        slotMinutes: 30,
        capacityPerSlot: attempts + 5,
        walkInPercent: 0,
      },
    });
    const a = await svc.getServiceAvailability(roomy.slug, undefined, undefined, NOW, undefined, t.db);
    const slotStart = a.availability.days.flatMap((d) => d.slots)[0]!.start;
    const inputs = Array.from({ length: attempts }, () => ({ ...input(slotStart), serviceSlug: roomy.slug }));
    const results = await runWorkers(
      t.url,
      split(inputs, PROCESSES).map((creates) => ({ now: NOW.toISOString(), creates })),
    );
    report(provider, `create into ${attempts + 5} places`, results);
    expect(results.filter((r) => !r.ok), JSON.stringify(results.filter((r) => !r.ok).slice(0, 3))).toEqual([]);
    const slot = await t.db.slot.findUniqueOrThrow({
      where: { scopeKey_startsAt: { scopeKey: `service:${roomy.id}`, startsAt: new Date(slotStart) } },
    });
    expect(slot.booked).toBe(attempts);
    expect(await t.db.booking.count({ where: { slotId: slot.id } })).toBe(attempts);
  });

  it("counts rate-limit hits exactly across processes", async () => {
    const hits = { key: `test:processes:${provider}`, limit: 7, windowSeconds: 600, count: 12 };
    const results = await runWorkers(
      t.url,
      Array.from({ length: PROCESSES }, () => ({ now: NOW.toISOString(), hits })),
    );
    expect(results).toHaveLength(PROCESSES * hits.count);
    expect(results.filter((r) => r.ok)).toHaveLength(hits.limit);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "RATE_LIMITED")).toBe(true);
    expect((await t.db.rateLimitBucket.findFirstOrThrow({ where: { key: hits.key } })).count).toBe(hits.limit);
  });
});
