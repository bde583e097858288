// A separate OS process for booking-concurrency.test.ts. Reads a job file (argv[2]), connects,
// prints "ready", waits for "go" on stdin (so that every worker fires at the same moment),
// fires all its attempts at once and prints their outcomes as one JSON line.
// Run as: node --import tsx tests/integration/booking-worker.ts <job.json>
import fs from "node:fs";
import { register } from "node:module";
import type { BookingInput } from "@/lib/bookings/types";

// The "server-only" marker throws outside Next's server bundles: resolve it to an empty module
// (as Next's react-server condition and vitest's alias do). Library modules are imported below,
// after this hook is in place.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }',
    ),
);

export type WorkerJob = {
  now: string;
  creates?: BookingInput[];
  reschedules?: { code: string; nik: string; slotStart: string }[];
  hits?: { key: string; limit: number; windowSeconds: number; count: number };
};
export type WorkerOutcome = { ok: true; code: string } | { ok: false; error: string; message: string };

const job = JSON.parse(fs.readFileSync(process.argv[2] ?? "", "utf8")) as WorkerJob;
const { createBooking, rescheduleBooking } = await import("@/lib/bookings/service");
const { hit } = await import("@/lib/rate-limit");
const { db } = await import("@/lib/db");
await db.service.count(); // connect before the start line

const now = new Date(job.now);
const outcome = async (fn: () => Promise<string>): Promise<WorkerOutcome> => {
  try {
    return { ok: true, code: await fn() };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    return { ok: false, error: String(err.code ?? "UNKNOWN"), message: String(err.message ?? e) };
  }
};

process.stdout.write("ready\n");
await new Promise<void>((resolve) => {
  let buffered = "";
  process.stdin.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    if (buffered.includes("go")) resolve();
  });
});
process.stdin.pause();

const hits = job.hits;
const results = await Promise.all([
  ...(job.creates ?? []).map((input) => outcome(async () => (await createBooking(input, { now })).booking.code)),
  ...(job.reschedules ?? []).map((r) =>
    outcome(async () => (await rescheduleBooking(r.code, { nik: r.nik }, r.slotStart, { now })).code),
  ),
  ...(hits
    ? Array.from({ length: hits.count }, () =>
        outcome(async () => {
          const r = await hit(hits.key, hits.limit, hits.windowSeconds, now);
          if (!r.allowed) throw Object.assign(new Error("refused"), { code: "RATE_LIMITED" });
          return "allowed";
        }),
      )
    : []),
]);
await db.$disconnect();
process.stdout.write(`${JSON.stringify(results)}\n`);
