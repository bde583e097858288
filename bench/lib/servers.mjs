// Shared by bench/catalogue.mjs and bench/lighthouse.mjs: prepares a fresh embedded database,
// builds the portal and the baseline app (bench/baseline) when needed, starts both with
// `next start` on loopback in their own process groups, and stops them again.
//
// Portal source (the --portal option):
//   in place (default)      the checkout itself: builds .next when a source is newer (the same
//                           rule as `npm test`), serves from .next
//   --snapshot              a copy of the working tree in $TMPDIR/mpp-portal-bench (node_modules
//                           hardlinked), built and served there: leaves .next alone, for a checkout
//                           that others are building or serving at the same time
//   --snapshot=<git ref>    the same, from a commit (git archive), e.g. --snapshot=HEAD: measures
//                           exactly one commit, whatever the working tree holds
//   (or BENCH_SNAPSHOT=1 / BENCH_SNAPSHOT=<git ref> in the environment)
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import dns from "node:dns/promises";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BASELINE_DIR = path.join(ROOT, "bench/baseline");
export const RESULTS_DIR = path.join(ROOT, "bench/results");
export const DATABASE_URL = `file:${path.join(ROOT, "data/bench/mpp.db")}`;
export const WORK_DIR = path.join(os.tmpdir(), "mpp-portal-bench");
const SNAPSHOT_DIR = path.join(WORK_DIR, "portal");
const LOG_DIR = path.join(WORK_DIR, "logs");

// `next start -H localhost`: loopback only, and the hostname Next.js itself uses for the URL a
// proxy.ts sees. With `-H 127.0.0.1` the portal's locale rewrite (proxy.ts) comes back as
// http://localhost:<port>/... and Next.js treats it as an EXTERNAL rewrite: every page request
// is proxied over HTTP to the server itself (vercel/next.js#94745). catalogue.mjs measures that
// case separately (the "portal-ip" server); clients below use the address localhost resolves to.
const BIND = "localhost";
let HOST = "127.0.0.1";
const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

/** Command-line options shared by both benchmark scripts. */
export function parseArgs(argv = process.argv.slice(2)) {
  // BENCH_SNAPSHOT=HEAD npm run bench:catalogue: `npm run ... -- --snapshot` would reach only the
  // last of the two scripts.
  const fromEnv = process.env.BENCH_SNAPSHOT;
  const opts = {
    snapshot: fromEnv ? (fromEnv === "1" || fromEnv === "worktree" ? "WORKTREE" : fromEnv) : null,
    rebuild: false,
    portalPort: 3201,
    baselinePort: 3202,
    rest: {},
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, "").split(/=(.*)/s);
    if (key === "snapshot") opts.snapshot = value || "WORKTREE";
    else if (key === "rebuild") opts.rebuild = true;
    else if (key === "portal-port") opts.portalPort = Number(value);
    else if (key === "baseline-port") opts.baselinePort = Number(value);
    else if (arg.startsWith("--")) opts.rest[key] = value ?? true;
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return opts;
}

function log(msg) {
  console.log(`• ${msg}`);
}

export function run(cmd, args, { cwd = ROOT, env = {} } = {}) {
  const res = spawnSync(cmd, args, { cwd, stdio: "inherit", env: { ...baseEnv, ...env } });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed: exit ${res.status ?? res.signal}`);
}

function capture(cmd, args, cwd = ROOT) {
  const res = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  return res.status === 0 ? res.stdout.trim() : "";
}

/** Secrets for this benchmark run only (nothing is written to data/secrets.json). */
const runSecrets = {
  NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  PII_KEY: crypto.randomBytes(32).toString("hex"),
};

export function portalEnv(port) {
  return {
    NODE_ENV: "production",
    DATABASE_URL,
    NEXTAUTH_URL: `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${port}`,
    ...runSecrets,
  };
}

/**
 * Hardlinks the checkout's node_modules into `to` (a full tree in ~1 s, no extra disk) unless it
 * is already linked from the same install. The copy gets its own node_modules/.package-lock.json
 * (a real copy, dated now): scripts/ensure-deps.mjs compares that file's date with
 * package-lock.json and would otherwise run `npm ci` in a snapshot whose package-lock.json
 * (from git archive) looks newer. The benchmarks never install anything.
 */
export function hardlinkNodeModules(to, lockfileOfCopy) {
  const from = path.join(ROOT, "node_modules");
  const marker = path.join(from, ".package-lock.json");
  const src = fs.statSync(marker);
  const stampFile = path.join(to, ".bench-linked-from");
  const stamp = `${src.ino}:${src.mtimeMs}`;
  if (!(fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp)) {
    log(`hardlinking node_modules into ${to}`);
    fs.rmSync(to, { recursive: true, force: true });
    run("cp", ["-al", from, to]);
    const own = path.join(to, ".package-lock.json");
    fs.rmSync(own); // unlink: the checkout's file stays as it is
    fs.copyFileSync(marker, own);
    fs.writeFileSync(stampFile, stamp);
  }
  const now = new Date();
  fs.utimesSync(path.join(to, ".package-lock.json"), now, now);
  if (lockfileOfCopy && fs.existsSync(lockfileOfCopy)) {
    const wanted = fs.readFileSync(lockfileOfCopy, "utf8");
    if (wanted !== fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) {
      console.warn(
        `! ${lockfileOfCopy} differs from the checkout's package-lock.json: measuring with the checkout's node_modules`,
      );
    }
  }
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === "node_modules" || e === ".next") continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

/** The portal's working copy: the checkout, or a snapshot of the working tree or of a commit. */
function preparePortalSource(snapshot) {
  if (!snapshot) return ROOT;
  fs.mkdirSync(WORK_DIR, { recursive: true });
  let source = ROOT;
  if (snapshot !== "WORKTREE") {
    const commit = capture("git", ["rev-parse", "--verify", `${snapshot}^{commit}`]);
    if (!commit) throw new Error(`--snapshot=${snapshot}: not a commit`);
    source = path.join(WORK_DIR, "archive");
    fs.rmSync(source, { recursive: true, force: true });
    fs.mkdirSync(source);
    log(`extracting ${snapshot} (${commit.slice(0, 10)}) with git archive`);
    const archive = spawnSync("git", ["archive", "--format=tar", commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error("git archive failed");
    const untar = spawnSync("tar", ["-x", "-C", source], { input: archive.stdout });
    if (untar.status !== 0) throw new Error("tar -x failed");
  }
  log(`syncing the portal into ${SNAPSHOT_DIR}`);
  // -a keeps modification times, so the build is redone only when a source changed.
  run("rsync", [
    "-a",
    "--delete",
    ...["/node_modules", "/.next", "/data", "/lib/generated", "/bench", "/test-results", "/playwright-report", "/.git", "/coverage", "/out"].flatMap(
      (e) => ["--exclude", e],
    ),
    `${source}/`,
    `${SNAPSHOT_DIR}/`,
  ]);
  hardlinkNodeModules(path.join(SNAPSHOT_DIR, "node_modules"), path.join(SNAPSHOT_DIR, "package-lock.json"));
  return SNAPSHOT_DIR;
}

/** A fresh embedded database at data/bench/mpp.db: created, migrated and seeded. */
function prepareDatabase(portalDir) {
  fs.rmSync(path.join(ROOT, "data/bench"), { recursive: true, force: true });
  log(`preparing ${path.relative(ROOT, DATABASE_URL.slice(5))} (fresh)`);
  run("node_modules/.bin/tsx", ["scripts/prepare-db.ts"], { cwd: portalDir, env: { DATABASE_URL } });
}

function buildPortal(portalDir, force, port) {
  run("node", ["scripts/generate.mjs"], { cwd: portalDir });
  // scripts/build-if-needed.mjs: `next build` unless .next is newer than every source file.
  run(
    "node",
    ["--input-type=module", "-e", `import { buildIfNeeded } from "./scripts/build-if-needed.mjs"; buildIfNeeded(${force});`],
    { cwd: portalDir, env: portalEnv(port) },
  );
}

function buildBaseline(force) {
  hardlinkNodeModules(path.join(BASELINE_DIR, "node_modules"));
  const stamp = path.join(BASELINE_DIR, ".next/BUILD_ID");
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const changed = Math.max(
    newestMtime(path.join(BASELINE_DIR, "app")),
    newestMtime(path.join(BASELINE_DIR, "next.config.ts")),
    newestMtime(path.join(ROOT, "node_modules/next/package.json")),
  );
  if (!force && built > changed) return log("baseline build is up to date (bench/baseline/.next)");
  log("building the baseline (bench/baseline)");
  run("bench/baseline/node_modules/.bin/next", ["build", "bench/baseline"], { env: { NODE_ENV: "production" } });
}

/** Fresh database, portal and baseline builds. Returns what startServers needs. */
export function prepare(opts) {
  const portalDir = preparePortalSource(opts.snapshot);
  buildPortal(portalDir, opts.rebuild, opts.portalPort);
  buildBaseline(opts.rebuild);
  prepareDatabase(portalDir);
  return { portalDir };
}

function portInUse(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: HOST, port });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `next start` in its own process group; resolves when `readyPath` answers 200. */
export async function startServer({ name, cwd, nextBin, args, port, env, readyPath, bind = BIND }) {
  if (await portInUse(port)) throw new Error(`${HOST}:${port} is in use: pick another port (--${name}-port=...)`);
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = fs.openSync(logFile, "w");
  const child = spawn(nextBin, ["start", ...args, "-p", String(port), "-H", bind], {
    cwd,
    env: { ...baseEnv, ...env },
    stdio: ["ignore", out, out],
    detached: true, // its own process group: stop() ends next start and anything it spawned
  });
  fs.closeSync(out);
  let exited = null;
  child.once("exit", (code, signal) => (exited = { code, signal }));
  const origin = `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${port}`;
  const server = {
    name,
    origin,
    command: `next start ${[...args.map((a) => path.relative(ROOT, a) || "."), "-p", port, "-H", bind].join(" ")}`,
    pid: child.pid,
    logFile,
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const timeout = sleep(5000).then(() => "timeout");
      if ((await Promise.race([gone, timeout])) === "timeout") {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
        await Promise.race([gone, sleep(2000)]);
      }
    },
  };
  live.add(server);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(origin + readyPath, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.ok) {
        log(`${name} ready at ${origin} (pid ${child.pid}, log ${logFile})`);
        return server;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`${name} did not answer ${readyPath} within 60 s; see ${logFile}`);
}

const live = new Set();

export async function stopAll() {
  await Promise.all([...live].map((s) => s.stop()));
  live.clear();
}

/** Stops the servers on Ctrl-C, on an error and when `limitMs` has passed. */
export function guard(limitMs) {
  const bail = async (why, code) => {
    console.error(`\n✗ ${why}: stopping the servers`);
    await stopAll();
    process.exit(code);
  };
  process.once("SIGINT", () => bail("interrupted", 130));
  process.once("SIGTERM", () => bail("terminated", 143));
  process.once("unhandledRejection", (e) => bail(e?.stack ?? String(e), 1));
  const timer = setTimeout(() => bail(`time limit of ${Math.round(limitMs / 1000)} s reached`, 1), limitMs);
  timer.unref();
}

/** Where `localhost` points: the servers listen there, the load generators connect there. */
export async function resolveLoopback() {
  const { address } = await dns.lookup(BIND);
  if (!/^127\./.test(address) && address !== "::1") throw new Error(`localhost resolves to ${address}, not loopback`);
  HOST = address;
}

/**
 * Starts the portal and the baseline on loopback; with `portalIp`, also the portal started with
 * `-H 127.0.0.1` on portalPort + 2 (the self-proxied rewrite, see BIND above).
 */
export async function startServers(opts, { portalDir }, { portalIp = false } = {}) {
  await resolveLoopback();
  const portal = await startServer({
    name: "portal",
    cwd: portalDir,
    nextBin: path.join(portalDir, "node_modules/.bin/next"),
    args: [],
    port: opts.portalPort,
    env: portalEnv(opts.portalPort),
    readyPath: "/api/health",
  });
  const baseline = await startServer({
    name: "baseline",
    cwd: ROOT,
    nextBin: path.join(BASELINE_DIR, "node_modules/.bin/next"),
    args: [BASELINE_DIR],
    port: opts.baselinePort,
    env: { NODE_ENV: "production" },
    readyPath: "/",
  });
  if (!portalIp) return { portal, baseline };
  const ipPort = opts.portalPort + 2;
  const portalIpServer = await startServer({
    name: "portal-ip",
    cwd: portalDir,
    nextBin: path.join(portalDir, "node_modules/.bin/next"),
    args: [],
    port: ipPort,
    env: portalEnv(ipPort),
    readyPath: "/api/health",
    bind: "127.0.0.1",
  });
  return { portal, baseline, "portal-ip": portalIpServer };
}

/** What was measured: machine, versions, commit. */
export function describeRun(opts, { portalDir }) {
  const head = capture("git", ["rev-parse", "HEAD"]);
  const dirty = capture("git", ["status", "--porcelain", "--untracked-files=no"]) !== "";
  const snapshotCommit =
    opts.snapshot && opts.snapshot !== "WORKTREE" ? capture("git", ["rev-parse", `${opts.snapshot}^{commit}`]) : null;
  const nextVersion = JSON.parse(fs.readFileSync(path.join(portalDir, "node_modules/next/package.json"), "utf8")).version;
  const memInfo = os.totalmem();
  return {
    date: new Date().toISOString(),
    portal: {
      source: opts.snapshot ? (snapshotCommit ? `commit ${snapshotCommit}` : "working tree snapshot") : "checkout (in place)",
      commit: snapshotCommit ?? head,
      workingTreeDirty: snapshotCommit ? false : dirty,
      dir: portalDir,
    },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGiB: Math.round((memInfo / 2 ** 30) * 10) / 10,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    versions: {
      node: process.version,
      next: nextVersion,
      chromium: capture("/usr/bin/chromium", ["--version"]).split("\n").pop() ?? "",
    },
  };
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export function writeResults(name, data) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}-${today()}.json`);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, file)}`);
  return file;
}

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU time (user + system, ms) used so far by every live process of a server's process group.
 * Unlike requests per second, CPU time per request hardly moves when other work shares the
 * machine, so it is the steadier figure on a busy host.
 */
export function groupCpuMs(pgid) {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may contain spaces): state is field 3.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(f[2]) !== pgid) continue; // field 5: process group
    ticks += Number(f[11]) + Number(f[12]); // fields 14, 15: utime, stime
  }
  return (ticks * 1000) / CLK_TCK;
}
