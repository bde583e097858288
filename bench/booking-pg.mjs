// Booking throughput on PostgreSQL: createBooking (lib/bookings/service.ts) under concurrency
// from several processes, next to a bare guarded UPDATE loop with pg at the same concurrency,
// on a fresh database that this script creates, migrates, seeds and drops.
//
//   node bench/booking-pg.mjs [--processes 2] [--concurrency 20] [--seconds 10] [--write-docs]
//   BENCH_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres (server to use; default as shown)
//
// --write-docs replaces (or appends) the "## Booking throughput (PostgreSQL)" section at the
// end of docs/benchmarks.md and leaves every other section alone.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SELF = fileURLToPath(import.meta.url);
const SECTION = "## Booking throughput (PostgreSQL)";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

function pgConfig(url) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---------------------------------------------------------------------------------------------
// Workers (this file, started again with --worker <job.json>)
// ---------------------------------------------------------------------------------------------

/** A valid, distinct Kota Pekalongan NIK for every i (and worker). */
function nikFor(worker, i) {
  const serial = (i % 9999) + 1;
  let rest = Math.floor(i / 9999);
  const day = 1 + (rest % 28);
  rest = Math.floor(rest / 28);
  const month = 1 + (rest % 12);
  const year = 1950 + (Math.floor(rest / 12) % 50);
  const kec = 1 + (worker % 4);
  const dd = String(day + (worker >= 4 ? 40 : 0)).padStart(2, "0");
  return `33750${kec}${dd}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
}

async function waitForGo() {
  process.stdout.write("ready\n");
  await new Promise((resolve) => {
    let buffered = "";
    process.stdin.on("data", (chunk) => {
      buffered += chunk.toString("utf8");
      if (buffered.includes("go")) resolve();
    });
  });
  process.stdin.pause();
}

async function bookingWorker(job) {
  const { register } = await import("node:module");
  // The "server-only" marker throws outside Next's server bundles: an empty module here.
  register(
    "data:text/javascript," +
      encodeURIComponent(
        'export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }',
      ),
  );
  const { createBooking, getServiceAvailability } = await import(pathToFileURL(path.join(ROOT, "lib/bookings/service.ts")).href);
  const { createDb } = await import(pathToFileURL(path.join(ROOT, "lib/db-client.ts")).href);
  const client = createDb(job.url, { poolSize: job.concurrency });
  const now = new Date(job.now);
  const targets = [];
  for (const slug of job.slugs) {
    const a = await getServiceAvailability(slug, undefined, undefined, now, undefined, client);
    for (const d of a.availability.days) for (const s of d.slots) targets.push({ slug, start: s.start });
  }
  await waitForGo();

  const deadline = Date.now() + job.seconds * 1000;
  const counts = { ok: 0, slotFull: 0, other: 0 };
  const samples = [];
  const latencies = [];
  let next = 0;
  const loop = async () => {
    while (Date.now() < deadline) {
      const i = next++;
      const target = targets[Math.floor(Math.random() * targets.length)];
      const input = {
        serviceSlug: target.slug,
        slotStart: target.start,
        nik: nikFor(job.worker, i),
        name: "Warga Uji Beban",
        phone: `0812${String(10_000_000 + ((job.worker * 7_919 + i) % 90_000_000)).slice(-8)}`,
        kelurahanCode: "33.75.01.1003",
        consent: true,
      };
      const t0 = performance.now();
      try {
        await createBooking(input, { now }, client);
        counts.ok++;
        latencies.push(performance.now() - t0);
      } catch (e) {
        if (e?.code === "SLOT_FULL") counts.slotFull++;
        else {
          counts.other++;
          if (samples.length < 5) samples.push(`${e?.code ?? "?"}: ${String(e?.message ?? e).slice(0, 200)}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, loop));
  await client.$disconnect();
  latencies.sort((a, b) => a - b);
  return { ...counts, samples, targets: targets.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function updateWorker(job) {
  const pool = new pg.Pool({ ...pgConfig(job.url), max: job.concurrency });
  await pool.query("SELECT 1");
  await waitForGo();
  const deadline = Date.now() + job.seconds * 1000;
  const counts = { ok: 0, slotFull: 0, other: 0 };
  const samples = [];
  const latencies = [];
  const loop = async () => {
    while (Date.now() < deadline) {
      const id = job.slotIds[Math.floor(Math.random() * job.slotIds.length)];
      const t0 = performance.now();
      try {
        const r = await pool.query('UPDATE "Slot" SET booked = booked + 1 WHERE id = $1 AND booked < capacity', [id]);
        if (r.rowCount === 1) {
          counts.ok++;
          latencies.push(performance.now() - t0);
        } else counts.slotFull++;
      } catch (e) {
        counts.other++;
        if (samples.length < 5) samples.push(String(e?.message ?? e).slice(0, 200));
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, loop));
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { ...counts, samples, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function run(cmd, args, env) {
  const res = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${res.stdout}${res.stderr}`);
}

/** Starts one worker per job; all start measuring together once every one is ready. */
async function runWorkers(jobs, env) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpp-bench-"));
  try {
    const children = jobs.map((job, k) => {
      const file = path.join(dir, `job-${k}.json`);
      fs.writeFileSync(file, JSON.stringify(job));
      const child = spawn(process.execPath, ["--import", "tsx", SELF, "--worker", file], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      const ready = new Promise((resolve, reject) => {
        child.stdout.on("data", (d) => {
          out += d;
          if (out.startsWith("ready\n")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`worker exited (${code}): ${err}`)));
      });
      const done = new Promise((resolve, reject) =>
        child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1))) : reject(new Error(err)))),
      );
      return { child, ready, done };
    });
    await Promise.all(children.map((c) => c.ready));
    const started = performance.now();
    for (const c of children) c.child.stdin.end("go\n");
    const results = await Promise.all(children.map((c) => c.done));
    return { results, seconds: (performance.now() - started) / 1000 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function sum(results, key) {
  return results.reduce((n, r) => n + r[key], 0);
}

function writeDocs(markdown) {
  const file = path.join(ROOT, "docs", "benchmarks.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const start = current.indexOf(`\n${SECTION}\n`) >= 0 ? current.indexOf(`\n${SECTION}\n`) + 1 : current.startsWith(`${SECTION}\n`) ? 0 : -1;
  let next;
  if (start < 0) {
    next = current === "" ? markdown : `${current.replace(/\n*$/, "\n\n")}${markdown}`;
  } else {
    const after = current.indexOf("\n## ", start + SECTION.length);
    next = current.slice(0, start) + markdown + (after >= 0 ? `\n${current.slice(after + 1)}` : "");
  }
  fs.writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
  console.log(`updated ${path.relative(ROOT, file)}`);
}

async function main() {
  const processes = arg("processes", 2);
  const concurrency = arg("concurrency", 20);
  const seconds = arg("seconds", 10);
  const serverUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `mpp_bench_${Date.now().toString(36)}`;
  const url = withDatabase(serverUrl, name);
  const env = {
    DATABASE_URL: url,
    PII_KEY: crypto.randomBytes(32).toString("hex"),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    SEED_DEMO_USERS: "false",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const admin = new pg.Client(pgConfig(serverUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const db = new pg.Client(pgConfig(url));
  try {
    console.log(`• ${name}: migrate and seed`);
    run(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/migrate.ts", "deploy"], env);
    run(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], env);
    await db.connect();
    const version = (await db.query("SHOW server_version")).rows[0].server_version;
    // Every service bookable by anyone: online booking on, no service-area rule.
    const slugs = (
      await db.query(
        `SELECT s.slug FROM "Service" s WHERE s."onlineBooking" AND s."isActive"
         AND NOT EXISTS (SELECT 1 FROM "ServiceAreaRule" r WHERE r."serviceId" = s.id) ORDER BY s.slug`,
      )
    ).rows.map((r) => r.slug);
    // Room for every booking of the run: 100 places per slot, no walk-in share (the seeded quotas
    // are 1-4 online places per slot, which would turn most attempts into SLOT_FULL).
    await db.query(`UPDATE "CapacityRule" SET "capacityPerSlot" = 100, "walkInPercent" = 0`);
    // A fixed Monday 10.00 WIB: the window (15-28 December 2026) is the same on every run.
    const now = "2026-12-14T03:00:00.000Z";

    console.log(`• createBooking: ${processes} processes x ${concurrency} concurrent, ${seconds} s, ${slugs.length} services`);
    const booking = await runWorkers(
      Array.from({ length: processes }, (_, worker) => ({ mode: "book", worker, url, now, slugs, concurrency, seconds })),
      env,
    );
    const check = await db.query(`
      SELECT count(*)::int AS slots,
             coalesce(sum(s.booked), 0)::int AS booked,
             count(*) FILTER (WHERE s.booked <> coalesce(b.n, 0) OR s.booked > s.capacity)::int AS bad,
             coalesce(max(s.booked), 0)::int AS "maxBooked"
      FROM "Slot" s
      LEFT JOIN (SELECT "slotId", count(*) AS n FROM "Booking" WHERE status = 'BOOKED' GROUP BY "slotId") b ON b."slotId" = s.id`);
    const bookings = (await db.query(`SELECT count(*)::int AS n FROM "Booking"`)).rows[0].n;

    // The same concurrency on bare guarded UPDATEs, over as many slot rows.
    const rows = Math.max(1000, check.rows[0].slots);
    const counter = (await db.query(`SELECT id FROM "Counter" ORDER BY number LIMIT 1`)).rows[0].id;
    await db.query(
      `INSERT INTO "Slot" (id, "scopeKey", "counterId", "startsAt", "endsAt", "dayWib", capacity, booked)
       SELECT 'bench-' || g, 'bench', $1, timestamp '2030-01-01' + g * interval '30 minutes',
              timestamp '2030-01-01' + (g + 1) * interval '30 minutes', '2030-01-01', 1000000, 0
       FROM generate_series(1, $2) g`,
      [counter, rows],
    );
    const slotIds = Array.from({ length: rows }, (_, g) => `bench-${g + 1}`);
    console.log(`• bare UPDATE: ${processes} processes x ${concurrency} concurrent, ${seconds} s, ${rows} slot rows`);
    const bare = await runWorkers(
      Array.from({ length: processes }, () => ({ mode: "update", url, slotIds, concurrency, seconds })),
      env,
    );
    const bareBooked = (await db.query(`SELECT coalesce(sum(booked), 0)::int AS n FROM "Slot" WHERE "scopeKey" = 'bench'`)).rows[0].n;

    const b = booking.results;
    const u = bare.results;
    const result = {
      machine: {
        cpu: `${os.cpus()[0]?.model ?? "?"} x ${os.cpus().length}`,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: version,
        os: `${os.type()} ${os.release()}`,
      },
      booking: {
        ok: sum(b, "ok"),
        slotFull: sum(b, "slotFull"),
        other: sum(b, "other"),
        samples: b.flatMap((r) => r.samples),
        seconds: booking.seconds,
        perSecond: sum(b, "ok") / booking.seconds,
        p50ms: Math.max(...b.map((r) => r.p50)),
        p95ms: Math.max(...b.map((r) => r.p95)),
        targets: b[0]?.targets ?? 0,
        slots: check.rows[0].slots,
        booked: check.rows[0].booked,
        bookingRows: bookings,
        inconsistentSlots: check.rows[0].bad,
        maxBookedInASlot: check.rows[0].maxBooked,
      },
      bare: {
        ok: sum(u, "ok"),
        other: sum(u, "other"),
        seconds: bare.seconds,
        perSecond: sum(u, "ok") / bare.seconds,
        p50ms: Math.max(...u.map((r) => r.p50)),
        p95ms: Math.max(...u.map((r) => r.p95)),
        summedBooked: bareBooked,
      },
    };
    console.log(JSON.stringify(result, null, 2));
    const okBooking = result.booking.inconsistentSlots === 0 && result.booking.booked === result.booking.ok && result.booking.bookingRows === result.booking.ok;
    const okBare = result.bare.summedBooked === result.bare.ok;
    if (!okBooking || !okBare) {
      console.error("✗ counts do not add up: overbooking or lost updates");
      process.exitCode = 1;
    }

    const f = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
    const markdown = [
      SECTION,
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:booking\` (\`node bench/booking-pg.mjs\`): a fresh`,
      `database (created, migrated, seeded, dropped), ${processes} OS processes x ${concurrency} concurrent requests for`,
      `${seconds} s each, every process with its own pool of ${concurrency} connections.`,
      "",
      `Machine: ${result.machine.cpu}, ${result.machine.memoryGb} GB RAM, ${result.machine.os}; Node ${result.machine.node};`,
      `PostgreSQL ${result.machine.postgres} on the same machine (loopback).`,
      "",
      "| workload | succeeded | per second | p50 | p95 | refused | errors |",
      "|---|---:|---:|---:|---:|---:|---:|",
      `| \`createBooking\` (validation, schedule, rate limit, one transaction: guarded slot take + booking + audit row) | ${f(result.booking.ok)} | **${f(result.booking.perSecond)}** | ${f(result.booking.p50ms, 1)} ms | ${f(result.booking.p95ms, 1)} ms | ${f(result.booking.slotFull)} SLOT_FULL | ${f(result.booking.other)} |`,
      `| bare \`UPDATE "Slot" SET booked = booked + 1 WHERE id = $1 AND booked < capacity\` (pg) | ${f(result.bare.ok)} | **${f(result.bare.perSecond)}** | ${f(result.bare.p50ms, 1)} ms | ${f(result.bare.p95ms, 1)} ms | 0 | ${f(result.bare.other)} |`,
      "",
      `- Bookings were spread at random over ${f(result.booking.targets)} (service, slot) pairs of the ${slugs.length} services`,
      `  bookable by anyone (14-day window of a fixed Monday), one distinct NIK each, with 100 places per slot`,
      `  (seeded quotas are 1-4); they landed in ${f(result.booking.slots)} slot rows (gerai-wide quotas), at most`,
      `  ${result.booking.maxBookedInASlot} in one slot.`,
      `- No overbooking: ${okBooking ? "for every slot" : "NOT for every slot"} \`booked\` equals its BOOKED rows and stays <= capacity`,
      `  (${f(result.booking.booked)} places taken = ${f(result.booking.bookingRows)} booking rows = ${f(result.booking.ok)} successes;`,
      `  ${result.booking.inconsistentSlots} inconsistent slots). Bare loop: ${f(result.bare.summedBooked)} places summed = ${f(result.bare.ok)} successful updates.`,
      `- \`createBooking\` costs about ${f(result.bare.perSecond / Math.max(1, result.booking.perSecond), 0)}x a bare guarded UPDATE. One booking here is 27 SQL`,
      "  statements (counted with Prisma's query log; BEGIN not counted): 7 reads (service, counter, hours, capacity",
      "  rule, kelurahan, area rule, closures), the per-NIK rate-limit transaction (3 + COMMIT; a request with an IP",
      "  address, as from the API, adds a second one: 31), the booking transaction (guarded slot take, slot row,",
      "  duplicate check, daily cap, booking, audit row + COMMIT) and 8 reads of the booking view (Prisma loads",
      "  each relation with its own query).",
      "  The run is CPU-bound: 2 cores shared by both Node processes and PostgreSQL; a CPU profile of sequential",
      "  bookings shows ~10 ms of Prisma (WASM query compiler + client) per booking and ~24 ms wall time each.",
      "- An MPP books hundreds of visits a day; this is several hundred thousand an hour. The capacity guarantee",
      "  does not depend on the speed: it is the same guarded UPDATE as the bare loop, inside the transaction.",
      "",
    ].join("\n");
    console.log(`\n${markdown}`);
    if (process.argv.includes("--write-docs")) writeDocs(markdown);
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const workerAt = process.argv.indexOf("--worker");
if (workerAt >= 0) {
  const job = JSON.parse(fs.readFileSync(process.argv[workerAt + 1], "utf8"));
  const result = job.mode === "book" ? await bookingWorker(job) : await updateWorker(job);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
