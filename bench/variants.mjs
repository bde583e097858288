// Diagnostics for docs/benchmarks.md: what the service page's throughput and SEO score cost,
// measured on throwaway variants of the portal (copies in $TMPDIR/mpp-portal-bench/variant-*,
// each changed in one way and built), side by side with the unchanged portal and the baseline.
// The repository is never changed. Loopback only; same preparation as bench/catalogue.mjs.
//
//   node bench/variants.mjs [--duration=10] [--rounds=3] [--connections=20] [--snapshot[=<git ref>]]
//
// Reports per target the median over rounds of req/s and of the server's CPU time per request
// (steadier than req/s when other work shares the machine).
//
// Variants (a variant whose change does not apply, e.g. because the source already has it, is
// skipped and reported):
//   no-proxy   proxy.ts removed; measured at /id/layanan/ktp-el-baru (no locale rewrite)
//   config-rewrite  proxy.ts removed, /layanan/:slug -> /id/layanan/:slug as a next.config.ts
//              rewrite instead (what a cookie-conditioned config rewrite would cost)
//   no-etag    next.config.ts: generateEtags: false
//   no-proxy-no-etag  both
//   metadata   app/[locale]/layout.tsx: metadataBase from PUBLIC_URL, and an app/icon.svg
//              (Lighthouse only: absolute canonical URL, no /favicon.ico 404)
import autocannon from "autocannon";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { audit } from "./lib/audit.mjs";
import {
  WORK_DIR,
  describeRun,
  groupCpuMs,
  guard,
  hardlinkNodeModules,
  parseArgs,
  portalEnv,
  prepare,
  resolveLoopback,
  run,
  startServer,
  startServers,
  stopAll,
  writeResults,
} from "./lib/servers.mjs";

const opts = parseArgs();
const duration = Number(opts.rest.duration ?? 10);
const rounds = Number(opts.rest.rounds ?? 3);
const connections = Number(opts.rest.connections ?? 20);
guard(40 * 60_000);

const SERVICE = "/layanan/ktp-el-baru";

/** Replaces `find` by `replace` in a file of the copy; false when `find` is not there. */
function patch(dir, file, find, replace) {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, "utf8");
  if (!text.includes(find)) return false;
  fs.writeFileSync(p, text.replace(find, replace));
  return true;
}

const VARIANTS = [
  {
    id: "no-proxy",
    path: `/id${SERVICE}`,
    apply: (dir) => {
      fs.rmSync(path.join(dir, "proxy.ts"));
      return true;
    },
  },
  {
    id: "config-rewrite",
    path: SERVICE,
    apply: (dir) => {
      fs.rmSync(path.join(dir, "proxy.ts"));
      return patch(
        dir,
        "next.config.ts",
        "poweredByHeader: false,",
        'poweredByHeader: false,\n  async rewrites() {\n    return { beforeFiles: [{ source: "/layanan/:slug", destination: "/id/layanan/:slug" }] };\n  },',
      );
    },
  },
  {
    id: "no-etag",
    path: SERVICE,
    apply: (dir) => patch(dir, "next.config.ts", "poweredByHeader: false,", "poweredByHeader: false,\n  generateEtags: false,"),
  },
  {
    id: "no-proxy-no-etag",
    path: `/id${SERVICE}`,
    apply: (dir) => {
      fs.rmSync(path.join(dir, "proxy.ts"));
      return patch(dir, "next.config.ts", "poweredByHeader: false,", "poweredByHeader: false,\n  generateEtags: false,");
    },
  },
  {
    id: "metadata",
    path: SERVICE,
    lighthouseOnly: true,
    apply: (dir) => {
      if (fs.readFileSync(path.join(dir, "app/[locale]/layout.tsx"), "utf8").includes("metadataBase")) return false;
      const ok =
        patch(dir, "app/[locale]/layout.tsx", 'import { locales } from "@/i18n/config";', 'import { locales } from "@/i18n/config";\nimport { env } from "@/lib/env";') &&
        patch(dir, "app/[locale]/layout.tsx", "  return {\n    title:", "  return {\n    metadataBase: new URL(env().publicUrl),\n    title:");
      fs.writeFileSync(
        path.join(dir, "app/icon.svg"),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#073f46"/></svg>\n',
      );
      return ok;
    },
  },
];

const round1 = (n) => Math.round(n * 10) / 10;

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

async function load(url, pid) {
  for (let i = 0; i < 5; i++) await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
  await autocannon({ url, connections, duration: 3 });
  const cpu0 = groupCpuMs(pid);
  const r = await autocannon({ url, connections, duration });
  const cpuMsPerRequest = Math.round(((groupCpuMs(pid) - cpu0) / r.requests.total) * 1000) / 1000;
  return { rps: round1(r.requests.average), cpuMsPerRequest, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

const prepared = prepare(opts);
const info = describeRun(opts, prepared);
const built = [];
for (const [i, v] of VARIANTS.entries()) {
  const dir = path.join(WORK_DIR, `variant-${v.id}`);
  console.log(`• variant ${v.id}: ${dir}`);
  const excludes = ["/node_modules", "/.next", "/data", "/bench", "/.git", "/test-results", "/playwright-report"];
  run("rsync", ["-a", "--delete", ...excludes.flatMap((e) => ["--exclude", e]), `${prepared.portalDir}/`, `${dir}/`]);
  hardlinkNodeModules(path.join(dir, "node_modules"), path.join(dir, "package-lock.json"));
  if (!v.apply(dir)) {
    console.log(`  ✗ the change does not apply to this source (already made, or the code moved): skipped`);
    continue;
  }
  const port = opts.portalPort + 3 + i;
  run("node_modules/.bin/next", ["build"], { cwd: dir, env: portalEnv(port) });
  built.push({ ...v, dir, port });
}

try {
  const servers = await startServers(opts, prepared);
  await resolveLoopback();
  for (const v of built) {
    v.server = await startServer({
      name: `variant-${v.id}`,
      cwd: v.dir,
      nextBin: path.join(v.dir, "node_modules/.bin/next"),
      args: [],
      port: v.port,
      env: portalEnv(v.port),
      readyPath: "/api/health",
    });
  }
  const targets = [
    { id: "baseline", url: `${servers.baseline.origin}/`, pid: servers.baseline.pid },
    { id: "portal", url: `${servers.portal.origin}${SERVICE}`, pid: servers.portal.pid },
    { id: "portal /id/…", url: `${servers.portal.origin}/id${SERVICE}`, pid: servers.portal.pid },
    ...built.filter((v) => !v.lighthouseOnly).map((v) => ({ id: v.id, url: v.server.origin + v.path, pid: v.server.pid })),
  ];
  const results = Object.fromEntries(targets.map((t) => [t.id, []]));
  for (let r = 1; r <= rounds; r++) {
    for (const t of targets) {
      const res = await load(t.url, t.pid);
      results[t.id].push({ ...res, loadAverage1m: round1(os.loadavg()[0]) });
      console.log(
        `  round ${r} ${t.id.padEnd(14)} ${String(res.rps).padStart(8)} req/s  server CPU ${res.cpuMsPerRequest} ms/req  ` +
          `p50 ${res.p50} ms  p99 ${res.p99} ms  non-2xx ${res.non2xx}  load ${round1(os.loadavg()[0])}`,
      );
    }
  }
  const med = (id, k) => median(results[id].map((x) => x[k]));
  const throughput = targets.map((t) => ({
    id: t.id,
    url: new URL(t.url).pathname,
    rps: round1(med(t.id, "rps")),
    rpsPerRound: results[t.id].map((x) => x.rps),
    ofBaseline: Math.round((med(t.id, "rps") / med("baseline", "rps")) * 1000) / 1000,
    cpuMsPerRequest: med(t.id, "cpuMsPerRequest"),
    cpuPerRound: results[t.id].map((x) => x.cpuMsPerRequest),
    cpuCapacityOfBaseline: Math.round((med("baseline", "cpuMsPerRequest") / med(t.id, "cpuMsPerRequest")) * 1000) / 1000,
    p50: round1(med(t.id, "p50")),
    p99: round1(med(t.id, "p99")),
    non2xx: results[t.id].reduce((a, x) => a + x.non2xx, 0),
  }));

  const seo = [];
  for (const [id, url] of [
    ["portal", `${servers.portal.origin}${SERVICE}`],
    ...built.filter((v) => v.lighthouseOnly).map((v) => [v.id, v.server.origin + v.path]),
  ]) {
    const lhr = await audit(url);
    const a = lhr.audits;
    seo.push({
      id,
      performance: lhr.categories.performance.score,
      seo: lhr.categories.seo.score,
      bestPractices: lhr.categories["best-practices"].score,
      canonical: { score: a.canonical.score, explanation: a.canonical.explanation ?? null },
      errorsInConsole: a["errors-in-console"].score,
    });
    console.log(`  lighthouse ${id}: seo ${lhr.categories.seo.score}, best practices ${lhr.categories["best-practices"].score}, canonical ${a.canonical.score}`);
  }

  writeResults("variants", {
    ...info,
    settings: { duration, rounds, connections, warmupSeconds: 3 },
    variants: VARIANTS.map((v) => ({ id: v.id, built: built.some((b) => b.id === v.id) })),
    throughput,
    lighthouse: seo,
  });
  console.log(
    `\n| variant | URL | req/s (median of ${rounds}) | per round | of baseline | server CPU ms/req | per round | capacity per core, of baseline | p50 ms | p99 ms |`,
  );
  console.log("|---|---|---:|---|---:|---:|---|---:|---:|---:|");
  for (const t of throughput) {
    console.log(
      `| ${t.id} | \`${t.url}\` | ${t.rps} | ${t.rpsPerRound.join(" / ")} | ${(t.ofBaseline * 100).toFixed(1)} % | ` +
        `${t.cpuMsPerRequest} | ${t.cpuPerRound.join(" / ")} | ${(t.cpuCapacityOfBaseline * 100).toFixed(1)} % | ${t.p50} | ${t.p99} |`,
    );
  }
  console.log("\n| variant | SEO | best practices | canonical | errors in console |");
  console.log("|---|---:|---:|---|---:|");
  for (const s of seo) {
    console.log(`| ${s.id} | ${s.seo} | ${s.bestPractices} | ${s.canonical.score}${s.canonical.explanation ? ` (${s.canonical.explanation})` : ""} | ${s.errorsInConsole} |`);
  }
} finally {
  await stopAll();
}
