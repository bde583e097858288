// Lighthouse 12 (mobile: the default emulation and simulated throttling) in Debian's chromium
// against the portal's home, search and service pages and the baseline page (bench/baseline).
//
//   node bench/lighthouse.mjs [--runs=3] [--cpu-slowdown=4] [--tag=name] [--snapshot[=<git ref>]] [--rebuild] [--portal-port=3201] [--baseline-port=3202]
//
// --cpu-slowdown: Lighthouse's CPU multiplier (default 4, Lighthouse's own default); its throttling
// guide (docs/throttling.md, "Calibrating the CPU slowdown") suggests ~2 on a host whose
// benchmarkIndex is 1000-1500. Every run's benchmarkIndex is in the results. --tag names the file.
//
// Same preparation as bench/catalogue.mjs (fresh data/bench/mpp.db, builds when needed, both
// servers on loopback). Each URL is visited once before measuring (ISR pages cached), then every
// URL is audited `runs` times in turn, each run in a fresh chromium. Reports the median of each
// category score and metric; keeps the diagnostics of the median run (by performance score).
// Writes bench/results/lighthouse-<date>.json (full reports of the median runs in
// bench/results/lhr/, git-ignored) and prints Markdown tables. Never asserts anything.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  RESULTS_DIR,
  describeRun,
  guard,
  parseArgs,
  prepare,
  startServers,
  stopAll,
  today,
  writeResults,
} from "./lib/servers.mjs";
import { CATEGORIES, CHROME_FLAGS, audit } from "./lib/audit.mjs";

const opts = parseArgs();
const runs = Number(opts.rest.runs ?? 3);
const cpuSlowdownMultiplier = opts.rest["cpu-slowdown"] ? Number(opts.rest["cpu-slowdown"]) : undefined;
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
  SI: "speed-index",
  TTFB: "server-response-time",
};
const PAGES = [
  { id: "home", server: "portal", path: "/", label: "portal home `/`" },
  { id: "search", server: "portal", path: "/cari?q=ktp", label: "portal search `/cari?q=ktp`" },
  { id: "service", server: "portal", path: "/layanan/ktp-el-baru", label: "portal service `/layanan/ktp-el-baru`" },
  { id: "baseline", server: "baseline", path: "/", label: "baseline `/`" },
];
const TARGETS = { service: { performance: 0.95, accessibility: 1, seo: 1 } };

guard(10 * 60_000 + runs * PAGES.length * 90_000);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const kib = (b) => Math.round((b / 1024) * 10) / 10;

/** What the median run says costs time or points: the audits a reader should look at. */
function diagnostics(lhr) {
  const a = lhr.audits;
  const items = (id) => a[id]?.details?.items ?? [];
  const byType = Object.fromEntries(
    items("resource-summary").map((r) => [r.resourceType, { requests: r.requestCount, kib: kib(r.transferSize) }]),
  );
  const failing = {};
  for (const cat of CATEGORIES) {
    failing[cat] = lhr.categories[cat].auditRefs
      .filter((ref) => ref.weight > 0 && a[ref.id] && a[ref.id].score !== null && a[ref.id].score < 1)
      .map((ref) => ({ id: ref.id, title: a[ref.id].title, score: a[ref.id].score, displayValue: a[ref.id].displayValue }));
  }
  return {
    resources: byType,
    renderBlocking: items("render-blocking-insight").length
      ? items("render-blocking-insight").map((i) => ({ url: i.url, kib: kib(i.totalBytes ?? 0), wastedMs: i.wastedMs }))
      : items("render-blocking-resources").map((i) => ({ url: i.url, kib: kib(i.totalBytes ?? 0), wastedMs: i.wastedMs })),
    renderBlockingSavingsMs: a["render-blocking-insight"]?.metricSavings ?? a["render-blocking-resources"]?.metricSavings,
    unusedJavascript: {
      displayValue: a["unused-javascript"]?.displayValue,
      items: items("unused-javascript").map((i) => ({ url: i.url, kib: kib(i.totalBytes), wastedKiB: kib(i.wastedBytes) })),
    },
    unusedCss: {
      displayValue: a["unused-css-rules"]?.displayValue,
      items: items("unused-css-rules").map((i) => ({ url: i.url, kib: kib(i.totalBytes), wastedKiB: kib(i.wastedBytes) })),
    },
    bootupTime: {
      displayValue: a["bootup-time"]?.displayValue,
      items: items("bootup-time")
        .slice(0, 6)
        .map((i) => ({ url: i.url, totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting) })),
    },
    mainThread: items("mainthread-work-breakdown").map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
    longTasks: items("long-tasks").map((i) => ({ url: i.url, ms: Math.round(i.duration), startTime: Math.round(i.startTime) })),
    lcpElement: items("largest-contentful-paint-element")[0]?.items?.[0]?.node?.snippet ?? items("largest-contentful-paint-element")[0]?.node?.snippet,
    lcpBreakdown: items("lcp-breakdown-insight")
      .filter((i) => i.type === "table" || i.subpart || i.label)
      .flatMap((i) => i.items ?? [i])
      .map((i) => ({ part: i.label ?? i.subpart, ms: Math.round(i.duration ?? 0) })),
    totalByteWeightKiB: kib(a["total-byte-weight"]?.numericValue ?? 0),
    domSize: a["dom-size"]?.numericValue,
    serverResponseMs: Math.round(a["server-response-time"]?.numericValue ?? 0),
    failing,
  };
}

function summarise(page, lhrs) {
  const perf = lhrs.map((l) => l.categories.performance.score);
  const order = lhrs.map((l, i) => [l.categories.performance.score, i]).sort((x, y) => x[0] - y[0]);
  const medianRun = lhrs[order[Math.floor(order.length / 2)][1]];
  return {
    id: page.id,
    label: page.label,
    url: page.path,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(lhrs.map((l) => l.categories[c].score))])),
    scoresPerRun: Object.fromEntries(CATEGORIES.map((c) => [c, lhrs.map((l) => l.categories[c].score)])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, median(lhrs.map((l) => l.audits[id].numericValue))]),
    ),
    metricsPerRun: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, lhrs.map((l) => Math.round(l.audits[id].numericValue * 1000) / 1000)]),
    ),
    performancePerRun: perf,
    benchmarkIndex: lhrs.map((l) => l.environment.benchmarkIndex),
    medianRun: diagnostics(medianRun),
    _medianLhr: medianRun,
  };
}

const prepared = prepare(opts);
const run = describeRun(opts, prepared);
try {
  const servers = await startServers(opts, prepared);
  const url = (p) => servers[p.server].origin + p.path;
  for (const p of PAGES) {
    const res = await fetch(url(p), { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    console.log(`• ${p.id}: ${res.status}, x-nextjs-cache ${res.headers.get("x-nextjs-cache") ?? "-"}`);
  }

  const lhrs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
  for (let r = 1; r <= runs; r++) {
    for (const p of PAGES) {
      const t0 = Date.now();
      const lhr = await audit(url(p), { cpuSlowdownMultiplier });
      lhrs[p.id].push(lhr);
      const s = (c) => lhr.categories[c].score?.toFixed(2);
      console.log(
        `  run ${r} ${p.id.padEnd(8)} perf ${s("performance")} a11y ${s("accessibility")} bp ${s("best-practices")} ` +
          `seo ${s("seo")}  LCP ${Math.round(lhr.audits["largest-contentful-paint"].numericValue)} ms  ` +
          `TBT ${Math.round(lhr.audits["total-blocking-time"].numericValue)} ms  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }
  }

  const pages = PAGES.map((p) => summarise(p, lhrs[p.id]));
  const lhrDir = path.join(RESULTS_DIR, "lhr");
  fs.mkdirSync(lhrDir, { recursive: true });
  for (const p of pages) {
    fs.writeFileSync(path.join(lhrDir, `${today()}${opts.rest.tag ? `-${opts.rest.tag}` : ""}-${p.id}.json`), JSON.stringify(p._medianLhr));
    delete p._medianLhr;
  }
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([id, t]) => {
      const page = pages.find((p) => p.id === id);
      return [id, Object.fromEntries(Object.entries(t).map(([c, min]) => [c, { min, median: page.scores[c], met: page.scores[c] >= min }]))];
    }),
  );
  const first = lhrs[PAGES[0].id][0];
  writeResults(opts.rest.tag ? `lighthouse-${opts.rest.tag}` : "lighthouse", {
    ...run,
    settings: {
      lighthouse: first.lighthouseVersion,
      runs,
      formFactor: first.configSettings.formFactor,
      throttlingMethod: first.configSettings.throttlingMethod,
      throttling: first.configSettings.throttling,
      screenEmulation: first.configSettings.screenEmulation,
      chromeFlags: CHROME_FLAGS,
      hostUserAgent: first.environment.hostUserAgent,
    },
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    targets,
    pages,
  });

  const f2 = (x) => (x === null || x === undefined ? "-" : x.toFixed(2));
  console.log(`\n| page (median of ${runs}) | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | SI ms |`);
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const p of pages) {
    const m = p.metrics;
    console.log(
      `| ${p.label} | ${f2(p.scores.performance)} | ${f2(p.scores.accessibility)} | ${f2(p.scores["best-practices"])} | ` +
        `${f2(p.scores.seo)} | ${Math.round(m.FCP)} | ${Math.round(m.LCP)} | ${Math.round(m.TBT)} | ${m.CLS.toFixed(3)} | ${Math.round(m.SI)} |`,
    );
  }
  console.log("\nTargets (service page):");
  for (const [c, t] of Object.entries(targets.service)) {
    console.log(`  ${c}: ${f2(t.median)} (target >= ${f2(t.min)}) ${t.met ? "met" : "NOT met"}`);
  }
} finally {
  await stopAll();
}
