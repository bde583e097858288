import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/baseline/**",
      "bench/reference/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Components and pages never import Prisma or the database directly: they go through lib/<domain>.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/generated/*", "**/lib/generated/*", "@prisma/*"], message: "Use a lib/<domain> module." },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**", "prisma/**", "bench/**", "tests/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
];

export default config;
