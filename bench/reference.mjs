// What a page costs Next.js to serve from its cache, apart from anything the page does: the
// baseline page (5 KB) beside pages that do no work but are 12, 25 and 45 KB (the portal's service
// page is ~40 KB), a 45 KB page of a prerendered dynamic route, and the same reached through a
// next.config.ts rewrite. All from one tiny app (bench/reference), so the only differences are the
// size, the route kind and the rewrite. Loopback only; never asserts anything: docs/benchmarks.md
// interprets the figures (issue 3's 80 % target).
//
//   node bench/reference.mjs [--duration=8] [--rounds=3] [--connections=20] [--port=3205] [--rebuild]
//
// With `wrk` installed (apt-get install wrk) every target is measured with wrk as well as with
// autocannon: autocannon runs in Node on the same 2 cores and parses every response, so larger
// responses cost the load generator more too; wrk (C) takes much less of the machine.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ROOT,
  groupCpuMs,
  guard,
  hardlinkNodeModules,
  parseArgs,
  resolveLoopback,
  run,
  startServer,
  stopAll,
  today,
  writeResults,
} from "./lib/servers.mjs";

const opts = parseArgs();
const duration = Number(opts.rest.duration ?? 8);
const rounds = Number(opts.rest.rounds ?? 3);
const connections = Number(opts.rest.connections ?? 20);
const port = Number(opts.rest.port ?? 3205);
const DIR = path.join(ROOT, "bench/reference");

const TARGETS = [
  { id: "s5", path: "/", label: "baseline page, static, 5 KB" },
  { id: "s12", path: "/s12", label: "static, 12 KB" },
  { id: "s25", path: "/s25", label: "static, 25 KB" },
  { id: "s45", path: "/s45", label: "static, 45 KB" },
  { id: "ssg45", path: "/p/a", label: "dynamic route, prerendered (SSG), 45 KB" },
  { id: "rewrite45", path: "/r/a", label: "dynamic route (ISR) through a rewrite, 45 KB" },
];
const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;
const tools = hasWrk ? ["autocannon", "wrk"] : ["autocannon"];
guard((10 * 60 + rounds * TARGETS.length * tools.length * (duration + 4)) * 1000);

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

function build() {
  hardlinkNodeModules(path.join(DIR, "node_modules"));
  if (!opts.rebuild && fs.existsSync(path.join(DIR, ".next/BUILD_ID"))) return;
  run("bench/reference/node_modules/.bin/next", ["build", "bench/reference"], { env: { NODE_ENV: "production" } });
}

async function load(tool, url, seconds) {
  if (tool === "autocannon") {
    const r = await autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10 });
    return { requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, errors: r.errors + r.timeouts + r.non2xx };
  }
  const out = spawnSync("wrk", ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" }).stdout;
  const requests = Number(out.match(/(\d+) requests in/)?.[1] ?? 0);
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0);
  const p50s = out.match(/50%\s+([\d.]+)(us|ms|s)/);
  const p50 = p50s ? Number(p50s[1]) * { us: 0.001, ms: 1, s: 1000 }[p50s[2]] : null;
  const errors = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  return { requests, rps, p50, errors };
}

build();
await resolveLoopback();
const server = await startServer({
  name: "reference",
  cwd: ROOT,
  nextBin: path.join(DIR, "node_modules/.bin/next"),
  args: [DIR],
  port,
  env: { NODE_ENV: "production" },
  readyPath: "/",
});
try {
  const sizes = {};
  for (const t of TARGETS) {
    const res = await fetch(server.origin + t.path);
    sizes[t.id] = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${t.path} answered ${res.status}`);
  }
  const runs = {};
  for (let r = 1; r <= rounds; r++) {
    for (const tool of tools) {
      for (const t of TARGETS) {
        const url = server.origin + t.path;
        await load(tool, url, 2); // warm-up, not recorded
        const cpu0 = groupCpuMs(server.pid);
        const x = await load(tool, url, duration);
        const cpuMs = groupCpuMs(server.pid) - cpu0;
        const entry = { round: r, rps: Math.round(x.rps), cpuMsPerRequest: x.requests ? Math.round((cpuMs / x.requests) * 1000) / 1000 : null, p50: x.p50, errors: x.errors, load1m: Math.round(os.loadavg()[0] * 10) / 10 };
        (runs[`${tool}:${t.id}`] ??= []).push(entry);
        console.log(`  round ${r} ${tool.padEnd(10)} ${t.id.padEnd(10)} ${String(entry.rps).padStart(6)} req/s  CPU ${entry.cpuMsPerRequest} ms/req  load ${entry.load1m}`);
      }
    }
  }
  const summary = [];
  for (const tool of tools) {
    const base = median(runs[`${tool}:s5`].map((e) => e.rps));
    const baseCpu = median(runs[`${tool}:s5`].map((e) => e.cpuMsPerRequest));
    for (const t of TARGETS) {
      const rs = runs[`${tool}:${t.id}`];
      const rps = median(rs.map((e) => e.rps));
      const cpu = median(rs.map((e) => e.cpuMsPerRequest));
      summary.push({ tool, id: t.id, label: t.label, bytes: sizes[t.id], rps, ofBaseline: Math.round((rps / base) * 1000) / 1000, cpuMsPerRequest: cpu, cpuCapacityOfBaseline: Math.round((baseCpu / cpu) * 1000) / 1000, perRound: rs.map((e) => e.rps), errors: rs.reduce((a, e) => a + e.errors, 0) });
    }
  }
  writeResults("reference", { date: today(), settings: { duration, rounds, connections, tools }, machine: { cpus: os.cpus().length, node: process.version }, loadAverageAtEnd: os.loadavg(), summary, runs });
  console.log(`\n| tool | page | bytes | req/s (median of ${rounds}) | per round | of the 5 KB page | server CPU ms/req | capacity per core, of the 5 KB page | errors |`);
  console.log("|---|---|---:|---:|---|---:|---:|---:|---:|");
  for (const s of summary)
    console.log(`| ${s.tool} | ${s.label} | ${s.bytes} | ${s.rps} | ${s.perRound.join(" / ")} | ${(s.ofBaseline * 100).toFixed(1)} % | ${s.cpuMsPerRequest} | ${(s.cpuCapacityOfBaseline * 100).toFixed(1)} % | ${s.errors} |`);
} finally {
  await stopAll();
}
