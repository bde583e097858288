import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { localeRewrites } from "./lib/http/locale-routing";

// Validate the environment once, at build and at start (t3 pattern).
env();

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(), microphone=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with status 403 on staff pages (lib/auth/guard.ts).
  experimental: { authInterrupts: true },
  // Types are checked once by `npm run typecheck` (CI runs it before the tests); the build
  // does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // No ETag on pages: next start hashes every cached HTML body for it on every request, a tenth
  // of a cached page's CPU cost (docs/benchmarks.md); HTML is revalidated by Cache-Control.
  generateEtags: false,
  // The locale of a page path comes from the NEXT_LOCALE cookie (docs/decisions/003).
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
export default withNextIntl(nextConfig);
