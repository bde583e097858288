/**
 * Search quality: the share of test queries for which at least one expected service is in the
 * top results (top 3 by default). Used by tests/unit/search.test.ts and scripts/search-quality.ts.
 */
import { searchServices, type SearchIndex } from "./search-core";

export interface SearchQualityCase {
  query: string;
  /** At least one of these slugs must be in the top `k` results. */
  expected: string[];
}

export interface SearchQualityFailure {
  query: string;
  expected: string[];
  got: string[];
}

export interface SearchQualityReport {
  total: number;
  passed: number;
  /** passed / total, 0..1 (1 when there are no cases). */
  score: number;
  failures: SearchQualityFailure[];
}

export function evaluateSearchQuality(
  index: SearchIndex,
  cases: readonly SearchQualityCase[],
  opts: { k?: number } = {},
): SearchQualityReport {
  const k = opts.k ?? 3;
  const failures: SearchQualityFailure[] = [];
  for (const c of cases) {
    const got = searchServices(index, c.query, { limit: k }).map((h) => h.slug);
    if (!c.expected.some((slug) => got.includes(slug))) {
      failures.push({ query: c.query, expected: [...c.expected], got });
    }
  }
  const total = cases.length;
  const passed = total - failures.length;
  return { total, passed, score: total === 0 ? 1 : passed / total, failures };
}

/** Human-readable lines for a report's failures. */
export function formatFailures(failures: readonly SearchQualityFailure[]): string {
  return failures
    .map((f) => `  "${f.query}": expected one of [${f.expected.join(", ")}], got [${f.got.join(", ")}]`)
    .join("\n");
}
