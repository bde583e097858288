import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve("tests/stubs/server-only.ts") },
  },
};

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts", "prisma/**/*.test.ts"],
          // A hang guard, not a speed check: the property tests (fast-check, 60+ generated inputs)
          // take 2-3 s alone and went past Vitest's 5 s default on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own databases; two workers fit 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
