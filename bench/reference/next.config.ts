import path from "node:path";
import type { NextConfig } from "next";

// bench/reference.mjs: how the size of a page, its route kind and a rewrite change what Next.js
// serves per second, measured on pages that do no work at all (docs/benchmarks.md). Built and
// served like bench/baseline (see its next.config.ts for the turbopack root).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname) },
  async rewrites() {
    return { beforeFiles: [{ source: "/r/:slug", destination: "/id/q/:slug" }], afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
