// Throughput and latency of the public catalogue under load, side by side with a minimal
// prerendered Next.js page (bench/baseline) in the same run. Loopback only.
//
//   node bench/catalogue.mjs [--duration=15] [--connections=20] [--rounds=3] [--no-gzip] [--no-extra]
//                            [--snapshot[=<git ref>]] [--rebuild] [--portal-port=3201] [--baseline-port=3202]
//
// Prepares a fresh data/bench/mpp.db, builds what is out of date, starts both servers with
// NODE_ENV=production, warms every URL up (so ISR pages are in the cache), then runs autocannon
// against each target for a fixed duration, `rounds` times in turn (targets interleaved, so a
// disturbance hits one round of several targets rather than every round of one). Per target: the
// median over rounds of autocannon's average req/s and latency percentiles, and the server's CPU
// time per request (its process group, from /proc: steadier than req/s on a shared machine).
// Writes bench/results/catalogue-<date>.json and prints a Markdown table. Never asserts
// anything: docs/benchmarks.md interprets the figures.
import autocannon from "autocannon";
import os from "node:os";
import { describeRun, groupCpuMs, guard, parseArgs, prepare, startServers, stopAll, writeResults } from "./lib/servers.mjs";

const opts = parseArgs();
const duration = Number(opts.rest.duration ?? 15);
const connections = Number(opts.rest.connections ?? 20);
const rounds = Number(opts.rest.rounds ?? 3);
const warmupSeconds = Number(opts.rest.warmup ?? 3);
const withGzip = !opts.rest["no-gzip"];

// The ratio the issue asks for: the service page against the baseline page.
const TARGETS = [
  { id: "baseline", server: "baseline", path: "/", label: "baseline `/` (prerendered)" },
  { id: "service", server: "portal", path: "/layanan/ktp-el-baru", label: "service `/layanan/ktp-el-baru` (ISR)" },
  { id: "home", server: "portal", path: "/", label: "home `/` (ISR)" },
  { id: "api", server: "portal", path: "/api/v1/services?q=perpanjang%20sim", label: "API `/api/v1/services?q=perpanjang%20sim`" },
  { id: "search", server: "portal", path: "/cari?q=ktp", label: "search `/cari?q=ktp` (dynamic)" },
];
// Diagnostics (not part of the target): where the service page's time goes.
const EXTRA_TARGETS = [
  // The same page at its locale path: no locale rewrite (what per-locale route trees would cost).
  { id: "service-id", server: "portal", path: "/id/layanan/ktp-el-baru", label: "service page at `/id/layanan/ktp-el-baru` (no rewrite)" },
  // `next start -H 127.0.0.1`: before the rewrite left proxy.ts (docs/decisions/003), it was
  // proxied over HTTP to the server itself.
  { id: "service-ip", server: "portal-ip", path: "/layanan/ktp-el-baru", label: "service page, portal on `-H 127.0.0.1`" },
];
// What a browser sends: Next.js then compresses every response itself (compress: true).
const GZIP_TARGETS = [
  { id: "baseline-gzip", server: "baseline", path: "/", label: "baseline `/`, gzip", gzip: true },
  { id: "service-gzip", server: "portal", path: "/layanan/ktp-el-baru", label: "service page, gzip", gzip: true },
];
const targets = [...TARGETS, ...(opts.rest["no-extra"] ? [] : EXTRA_TARGETS), ...(withGzip ? GZIP_TARGETS : [])];

const limitMs = 15 * 60_000 + rounds * targets.length * (duration + warmupSeconds + 5) * 1000;
guard(limitMs);

const round1 = (n) => Math.round(n * 10) / 10;
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * A few plain requests: fill the ISR cache (a stale page is regenerated in the background), then
 * one more a second later, whose headers say how the URL is served under load.
 */
async function probe(url, gzip) {
  const get = async () => {
    const t0 = performance.now();
    const res = await fetch(url, {
      headers: { "accept-encoding": gzip ? "gzip" : "identity" },
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.arrayBuffer();
    return { res, sample: { status: res.status, ms: round1(performance.now() - t0), cache: res.headers.get("x-nextjs-cache"), bytes: body.byteLength } };
  };
  const samples = [];
  for (let i = 0; i < 5; i++) samples.push((await get()).sample);
  await new Promise((r) => setTimeout(r, 1000));
  const { res, sample } = await get();
  samples.push(sample);
  const h = (name) => res.headers.get(name);
  return {
    samples,
    headers: Object.fromEntries(
      [
        "x-nextjs-cache",
        "x-nextjs-prerender",
        "x-middleware-rewrite",
        "cache-control",
        "content-encoding",
        "content-length",
        "etag",
        "vary",
        "content-type",
      ].map((k) => [k, h(k)]),
    ),
  };
}

function cannon(url, gzip, seconds) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
  });
}

const prepared = prepare(opts);
const run = describeRun(opts, prepared);
let servers;
try {
  servers = await startServers(opts, prepared, { portalIp: targets.some((t) => t.server === "portal-ip") });
  const origin = (t) => servers[t.server].origin;

  console.log("• warming up (6 requests per URL)");
  const probes = {};
  for (const t of targets) {
    probes[t.id] = await probe(origin(t) + t.path, t.gzip);
    const last = probes[t.id].samples.at(-1);
    const statuses = [...new Set(probes[t.id].samples.map((s) => s.status))].join(",");
    console.log(
      `  ${t.id.padEnd(14)} status ${statuses}  first ${probes[t.id].samples[0].ms} ms, last ${last.ms} ms, ` +
        `${last.bytes} B, x-nextjs-cache ${probes[t.id].headers["x-nextjs-cache"] ?? "-"}`,
    );
  }

  const runs = Object.fromEntries(targets.map((t) => [t.id, []]));
  for (let r = 1; r <= rounds; r++) {
    for (const t of targets) {
      const url = origin(t) + t.path;
      await cannon(url, t.gzip, warmupSeconds); // JIT and connection warm-up, not recorded
      const load0 = os.loadavg()[0];
      const pid = servers[t.server].pid;
      const cpu0 = groupCpuMs(pid);
      const res = await cannon(url, t.gzip, duration);
      const cpuMs = groupCpuMs(pid) - cpu0;
      const entry = {
        round: r,
        rps: round1(res.requests.average),
        serverCpuMsPerRequest: res.requests.total ? Math.round((cpuMs / res.requests.total) * 1000) / 1000 : null,
        serverCpuShare: Math.round((cpuMs / (duration * 1000)) * 100) / 100,
        latencyMs: { p50: res.latency.p50, p90: res.latency.p90, p99: res.latency.p99, max: res.latency.max, mean: round1(res.latency.average) },
        requests: res.requests.total,
        bytesPerSecond: Math.round(res.throughput.average),
        wireBytesPerResponse: res.requests.total ? Math.round(res.throughput.total / res.requests.total) : 0,
        errors: res.errors,
        timeouts: res.timeouts,
        non2xx: res.non2xx,
        statusCodes: Object.fromEntries(Object.entries(res.statusCodeStats).map(([k, v]) => [k, v.count])),
        loadAverage1m: [round1(load0), round1(os.loadavg()[0])],
      };
      runs[t.id].push(entry);
      console.log(
        `  round ${r} ${t.id.padEnd(14)} ${String(entry.rps).padStart(8)} req/s  p50 ${entry.latencyMs.p50} ms  ` +
          `p99 ${entry.latencyMs.p99} ms  server CPU ${entry.serverCpuMsPerRequest} ms/req (${entry.serverCpuShare} core)  ` +
          `errors ${entry.errors}  non-2xx ${entry.non2xx}  load ${entry.loadAverage1m.join("→")}`,
      );
    }
  }

  const summary = targets.map((t) => {
    const rs = runs[t.id];
    return {
      id: t.id,
      label: t.label,
      url: t.path,
      gzip: !!t.gzip,
      rps: round1(median(rs.map((x) => x.rps))),
      rpsPerRound: rs.map((x) => x.rps),
      serverCpuMsPerRequest: Math.round(median(rs.map((x) => x.serverCpuMsPerRequest)) * 1000) / 1000,
      latencyMs: {
        p50: round1(median(rs.map((x) => x.latencyMs.p50))),
        p90: round1(median(rs.map((x) => x.latencyMs.p90))),
        p99: round1(median(rs.map((x) => x.latencyMs.p99))),
      },
      errors: rs.reduce((a, x) => a + x.errors + x.timeouts, 0),
      non2xx: rs.reduce((a, x) => a + x.non2xx, 0),
      bodyBytes: probes[t.id].samples.at(-1).bytes,
      wireBytesPerResponse: Math.round(median(rs.map((x) => x.wireBytesPerResponse))),
      xNextjsCache: probes[t.id].headers["x-nextjs-cache"],
    };
  });
  const byId = Object.fromEntries(summary.map((s) => [s.id, s]));
  for (const s of summary) {
    const base = s.gzip ? byId["baseline-gzip"] : byId.baseline;
    s.ofBaseline = Math.round((s.rps / base.rps) * 1000) / 1000;
    // Requests one core serves, relative to the baseline: baseline CPU per request / this one's.
    s.cpuCapacityOfBaseline = Math.round((base.serverCpuMsPerRequest / s.serverCpuMsPerRequest) * 1000) / 1000;
  }
  const ratio = byId.service.rps / byId.baseline.rps;
  const ratioPerRound = runs.service.map((s, i) => Math.round((s.rps / runs.baseline[i].rps) * 1000) / 1000);
  const result = {
    ...run,
    settings: { tool: "autocannon 8.0.0 (in-process)", duration, warmupSeconds, connections, pipelining: 1, rounds },
    servers: Object.fromEntries(Object.entries(servers).map(([k, v]) => [k, { origin: v.origin, command: v.command }])),
    target: { serviceOverBaseline: 0.8 },
    serviceOverBaseline: Math.round(ratio * 1000) / 1000,
    serviceOverBaselinePerRound: ratioPerRound,
    serviceCpuCapacityOverBaseline: byId.service.cpuCapacityOfBaseline,
    gzipServiceOverBaseline: withGzip ? Math.round((byId["service-gzip"].rps / byId["baseline-gzip"].rps) * 1000) / 1000 : null,
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    summary,
    probes,
    runs,
  };
  writeResults("catalogue", result);

  console.log(
    `\n| target | req/s (median of ${rounds}) | per round | of baseline | server CPU ms/req | capacity per core, of baseline | p50 ms | p90 ms | p99 ms | errors | non-2xx | bytes on the wire | x-nextjs-cache |`,
  );
  console.log("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const s of summary) {
    console.log(
      `| ${s.label} | ${s.rps} | ${s.rpsPerRound.join(" / ")} | ${(s.ofBaseline * 100).toFixed(1)} % | ${s.serverCpuMsPerRequest} | ` +
        `${(s.cpuCapacityOfBaseline * 100).toFixed(1)} % | ${s.latencyMs.p50} | ${s.latencyMs.p90} | ${s.latencyMs.p99} | ` +
        `${s.errors} | ${s.non2xx} | ${s.wireBytesPerResponse} | ${s.xNextjsCache ?? "-"} |`,
    );
  }
  console.log(
    `\nservice / baseline: ${(ratio * 100).toFixed(1)} % (target >= 80 %; per round ${ratioPerRound
      .map((x) => `${(x * 100).toFixed(1)} %`)
      .join(", ")})` +
      (withGzip ? `; with gzip ${(result.gzipServiceOverBaseline * 100).toFixed(1)} %` : "") +
      `; by server CPU per request ${(byId.service.cpuCapacityOfBaseline * 100).toFixed(1)} %`,
  );
} finally {
  await stopAll();
}
