// Search quality of the catalogue search engine on tests/fixtures/search-quality.json, using the
// seed catalogue (no database). Prints the share of queries with an expected service in the top 3,
// the failures and timings; exits 1 under 95%. Also run as a unit test (tests/unit/search.test.ts).
import { agencies, categories, services } from "../prisma/data/catalogue";
import { buildSearchIndex, searchServices } from "../lib/catalogue/search-core";
import { docsFromSeed } from "../lib/catalogue/search-docs";
import { evaluateSearchQuality, formatFailures } from "../lib/catalogue/search-quality";
import cases from "../tests/fixtures/search-quality.json";

const THRESHOLD = 0.95;

const docs = docsFromSeed({ services, categories, agencies });
let start = performance.now();
const index = buildSearchIndex(docs);
const buildMs = performance.now() - start;

const report = evaluateSearchQuality(index, cases);

// Timing after the first pass (lookup structures built, JIT warm).
const rounds = 20;
start = performance.now();
for (let r = 0; r < rounds; r++) for (const c of cases) searchServices(index, c.query);
const perQueryUs = ((performance.now() - start) / (rounds * cases.length)) * 1000;

const pct = (report.score * 100).toFixed(1);
console.log(`search quality: ${report.passed}/${report.total} = ${pct}% in top 3`);
console.log(`index: ${docs.length} services built in ${buildMs.toFixed(1)} ms; ${perQueryUs.toFixed(0)} µs per query`);
if (report.failures.length) {
  console.log(`failures:\n${formatFailures(report.failures)}`);
}
if (report.score < THRESHOLD) {
  console.error(`✗ search quality under ${THRESHOLD * 100}%`);
  process.exit(1);
}
