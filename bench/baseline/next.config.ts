import path from "node:path";
import type { NextConfig } from "next";

// The reference for bench/catalogue.mjs and bench/lighthouse.mjs: the smallest App Router app,
// prerendered at build time, built by the repo's own next with Turbopack like the portal.
//
// turbopack.root is this folder: with the repo root as workspace root, Turbopack also compiles
// the portal's proxy.ts into this app and fails (it discovers proxy.ts from the workspace root).
// A root here needs node_modules inside it: bench/lib/servers.mjs hardlinks the repo's
// node_modules into bench/baseline/node_modules (git-ignored) and builds and serves with that
// copy's next, so the app and Next.js share one React.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname) },
};

export default nextConfig;
