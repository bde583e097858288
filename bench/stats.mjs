// The officials' dashboard on a 2-year history (scripts/generate-history.ts, ~1,000 visitors a
// day) on both databases: builds the history (SQLite file in data/bench-stats, and a PostgreSQL
// database it creates and drops), starts the built portal on each, and measures the dashboard
// page and the stats API for a month and for a full year, a gerai's year and its printable
// month as a signed-in official.
//
//   npm run build && node bench/stats.mjs [--days=730] [--per-day=1000] [--requests=6]
//       [--connections=2] [--skip-sqlite] [--skip-pg] [--reuse] [--keep-pg] [--write-docs]
//       [--port=3213] [--pg-db=mpp_bench_stats] [--tag=name] [--no-warmup]
//   BENCH_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres (server to use; default as shown)
//
// Each URL is requested `requests` times by `connections` concurrent clients (autocannon), first
// with the result cache off (STATS_CACHE=off: every request computes everything: the cold
// figure), then with the cache on (the first request computes, the rest are hits). After each
// server start every URL is first requested once for another period (a year earlier; not
// measured, and not the cached key): the figures are those of a running portal, not of its
// first requests (--no-warmup measures from a cold start). Results go to
// bench/results/stats-<date>[-<tag>].json.
// --write-docs replaces (or appends) the "## Officials' dashboard" section of docs/benchmarks.md,
// up to the line "<!-- end of bench/stats.mjs output -->" when the section has one (what follows
// it, e.g. earlier figures and findings, is kept), else up to the next "## " heading.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECTION = "## Officials' dashboard: 2-year history (issue 6)";
const END_MARKER = "<!-- end of bench/stats.mjs output -->";
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k, v ?? "true"]; }));
const DAYS = Number(args.days ?? 730);
const PER_DAY = Number(args["per-day"] ?? 1000);
const REQUESTS = Number(args.requests ?? 6);
const CONNECTIONS = Number(args.connections ?? 2);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PG_DB = args["pg-db"] ?? "mpp_bench_stats";
if (!/^[a-z_][a-z0-9_]*$/.test(PG_DB)) throw new Error("--pg-db: lower case letters, digits and _");
const PORT = Number(args.port ?? 3213);
const SECRETS = { NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"), PII_KEY: crypto.randomBytes(32).toString("hex") };
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...SECRETS };
const bin = (name) => path.join(ROOT, "node_modules/.bin", name);

const wibDay = (d) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const addDays = (day, n) => { const d = new Date(`${day}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const END = args.end ?? addDays(wibDay(new Date()), -1);
const WARMUP = !args["no-warmup"];
const git = (...a) => spawnSync("git", a, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
const COMMIT = git("rev-parse", "--short", "HEAD");
const DIRTY = git("status", "--porcelain", "--untracked-files=no") !== "";
const PERIODS = {
  month: { from: addDays(END, -29), to: END },
  year: { from: addDays(END, -364), to: END },
  // The calendar month of END (the printable monthly evaluation).
  calendarMonth: { from: `${END.slice(0, 7)}-01`, to: END },
};
/** The same period a year earlier (warm-up requests). */
const yearBefore = (p) => ({ from: addDays(p.from, -364), to: addDays(p.to, -364) });

function run(cmd, argv, env = {}) {
  const t = Date.now();
  const res = spawnSync(cmd, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...baseEnv, ...env }, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${res.status}):\n${res.stdout}`);
  return { out: res.stdout.trim(), ms: Date.now() - t };
}

function withDatabase(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function pgAdmin(sql) {
  const u = new URL(PG_URL);
  const c = new pg.Client({ host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username) || "postgres", password: u.password || undefined, database: u.pathname.slice(1) || "postgres" });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

/** A history database: migrated, seeded (with demo staff), then generated. */
async function prepare(kind) {
  if (kind === "sqlite") {
    const file = path.join(ROOT, "data/bench-stats/mpp.db");
    const url = `file:${file}`;
    if (args.reuse && fs.existsSync(`${file}.done`)) return { url, reused: true };
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    run(bin("tsx"), ["scripts/prepare-db.ts"], { DATABASE_URL: url });
    const gen = run(bin("tsx"), ["scripts/generate-history.ts", `--url=${url}`, `--days=${DAYS}`, `--per-day=${PER_DAY}`, `--end=${END}`]);
    fs.writeFileSync(`${file}.done`, gen.out);
    return { url, generated: gen.out.split("\n").pop(), generateMs: gen.ms, sizeMb: Math.round(fs.statSync(file).size / 1e6) };
  }
  const url = withDatabase(PG_URL, PG_DB);
  if (args.reuse && (await pgAdmin(`SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'`)).rowCount) return { url, reused: true };
  await pgAdmin(`DROP DATABASE IF EXISTS "${PG_DB}" WITH (FORCE)`);
  await pgAdmin(`CREATE DATABASE "${PG_DB}"`);
  run(bin("tsx"), ["scripts/prepare-db.ts"], { DATABASE_URL: url, SEED_DEMO_USERS: "true" });
  const gen = run(bin("tsx"), ["scripts/generate-history.ts", `--url=${url}`, `--days=${DAYS}`, `--per-day=${PER_DAY}`, `--end=${END}`]);
  const size = await pgAdmin(`SELECT pg_database_size('${PG_DB}') AS s`);
  return { url, generated: gen.out.split("\n").pop(), generateMs: gen.ms, sizeMb: Math.round(Number(size.rows[0].s) / 1e6) };
}

async function startServer(url, cache) {
  const child = spawn(bin("next"), ["start", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...baseEnv, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_URL: `http://localhost:${PORT}`, STATS_CACHE: cache ? "on" : "off" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return child; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 1000));
  }
  process.kill(-child.pid);
  throw new Error("server did not start");
}

function stop(child) {
  try { process.kill(-child.pid, "SIGTERM"); } catch { /* gone */ }
}

function measure(url, cookie) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, amount: REQUESTS, timeout: 120, headers: { cookie: `mpp-staf.session=${cookie}` } },
      (err, r) => (err ? reject(err) : resolve({ p50: r.latency.p50, p97_5: r.latency.p97_5, max: r.latency.max, ok: r["2xx"], other: r.non2xx + r.errors })),
    );
  });
}

const TARGETS = [
  ["dashboard page, 30 days", (p) => `/staf/statistik?from=${p.from}&to=${p.to}`, "month"],
  ["dashboard page, 365 days", (p) => `/staf/statistik?from=${p.from}&to=${p.to}`, "year"],
  ["gerai 7 page, 365 days", (p) => `/staf/statistik/gerai/7?from=${p.from}&to=${p.to}`, "year"],
  ["gerai 7 monthly page (bulanan)", (p) => `/staf/statistik/gerai/7/bulanan?bulan=${p.from.slice(0, 7)}`, "calendarMonth"],
  ["GET /api/v1/stats/daily, 30 days", (p) => `/api/v1/stats/daily?from=${p.from}&to=${p.to}`, "month"],
  ["GET /api/v1/stats/daily, 365 days", (p) => `/api/v1/stats/daily?from=${p.from}&to=${p.to}`, "year"],
];

async function bench(kind) {
  console.log(`• ${kind}: preparing the history (${DAYS} days x ${PER_DAY}/day)…`);
  const db = await prepare(kind);
  console.log(`  ${db.reused ? "reused" : db.generated}`);
  const cookie = run(bin("tsx"), ["bench/lib/stats-session.ts", "pejabat"], { DATABASE_URL: db.url }).out;
  const rows = [];
  for (const cache of [false, true]) {
    const server = await startServer(db.url, cache);
    try {
      if (WARMUP) {
        for (const [, href, period] of TARGETS) {
          await fetch(`http://localhost:${PORT}${href(yearBefore(PERIODS[period]))}`, { headers: { cookie: `mpp-staf.session=${cookie}` } }).then((r) => r.arrayBuffer());
        }
      }
      for (const [name, href, period] of TARGETS) {
        const url = `http://localhost:${PORT}${href(PERIODS[period])}`;
        const r = await measure(url, cookie);
        console.log(`  ${kind} cache=${cache ? "on" : "off"} ${name}: p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, max ${r.max} ms (${r.ok} ok, ${r.other} other)`);
        rows.push({ name, cache, ...r });
      }
    } finally {
      stop(server);
      await new Promise((r) => setTimeout(r, 1500));
    }
  }
  if (kind === "postgresql" && !args["keep-pg"]) await pgAdmin(`DROP DATABASE IF EXISTS "${PG_DB}" WITH (FORCE)`);
  return { kind, db, rows };
}

const results = [];
if (!args["skip-sqlite"]) results.push(await bench("sqlite"));
if (!args["skip-pg"]) results.push(await bench("postgresql"));
const out = path.join(ROOT, "bench/results", `stats-${wibDay(new Date())}${args.tag ? `-${args.tag}` : ""}.json`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ commit: COMMIT, dirty: DIRTY, loadavg: os.loadavg(), warmup: WARMUP, end: END, periods: PERIODS, requests: REQUESTS, connections: CONNECTIONS, results }, null, 2) + "\n");
console.log(`• wrote ${path.relative(ROOT, out)}`);

if (args["write-docs"]) {
  const pgVersion = results.some((r) => r.kind === "postgresql") ? (await pgAdmin("SHOW server_version")).rows[0].server_version : "";
  const lines = [
    SECTION,
    "",
    `Measured ${wibDay(new Date())} at commit ${COMMIT}${DIRTY ? " (with uncommitted changes)" : ""} with \`node bench/stats.mjs --write-docs\` on the built portal (\`next start\`), as the`,
    `signed-in official \`pejabat\`. History: \`scripts/generate-history.ts\`, ${DAYS} days up to ${END}, about ${PER_DAY}`,
    "visitors per open day. Periods: 30 days and 365 days ending on that day, and its calendar month for the monthly page. Each URL requested",
    `${REQUESTS} times by ${CONNECTIONS} concurrent clients (autocannon); latency is the full response (streamed HTML included).`,
    WARMUP
      ? "Before measuring, each URL was requested once for the same period a year earlier (warm-up: not measured, not the cached key)."
      : "No warm-up: the first request of each server start is measured too.",
    "",
    `Machine: ${os.cpus()[0]?.model ?? "?"} x ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}${pgVersion ? `; PostgreSQL ${pgVersion}` : ""}.`,
    `Load average at the end of the run: ${os.loadavg().map((x) => x.toFixed(1)).join(", ")} (the 2 cores are shared with other work: figures are noisy).`,
    "",
    "`cache off` = `STATS_CACHE=off`: every request runs every query (the cold figure). `cache on` = the",
    "portal's default: the first request of a period computes (its time is the max), the others reuse",
    "the result (60 s for a period that includes today, 10 min for a past one; `lib/stats/cache.ts`).",
    "",
  ];
  for (const r of results) {
    lines.push(`### ${r.kind === "sqlite" ? "Embedded SQLite" : "PostgreSQL"}`, "");
    if (!r.db.reused) lines.push(`History: ${r.db.generated} (${(r.db.generateMs / 1000).toFixed(0)} s with migrate + seed; ${r.db.sizeMb} MB).`, "");
    lines.push("| request | cache | p50 | p97.5 | max | ok |", "|---|---|---:|---:|---:|---:|");
    for (const row of r.rows) lines.push(`| ${row.name} | ${row.cache ? "on" : "off"} | ${row.p50} ms | ${row.p97_5} ms | ${row.max} ms | ${row.ok}/${REQUESTS} |`);
    lines.push("");
  }
  const doc = path.join(ROOT, "docs/benchmarks.md");
  const text = fs.readFileSync(doc, "utf8");
  const start = text.indexOf(SECTION);
  const nextHeading = start >= 0 ? text.indexOf("\n## ", start + SECTION.length) : -1;
  const marker = start >= 0 ? text.indexOf(`\n${END_MARKER}`, start) : -1;
  const keepFromMarker = marker >= 0 && (nextHeading < 0 || marker < nextHeading);
  const next = keepFromMarker ? marker + 1 : nextHeading;
  const body = lines.join("\n") + (keepFromMarker ? "\n" : "");
  const updated = start < 0 ? `${text.trimEnd()}\n\n${body}` : `${text.slice(0, start)}${body}${next >= 0 ? text.slice(next) : "\n"}`;
  fs.writeFileSync(doc, updated.endsWith("\n") ? updated : `${updated}\n`);
  console.log("• docs/benchmarks.md updated");
}
