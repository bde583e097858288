// A fresh clone has no node_modules: install exactly what package-lock.json says.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export function ensureDeps() {
  const marker = "node_modules/.package-lock.json";
  const stale =
    !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync("package-lock.json").mtimeMs;
  if (!stale) return;
  console.log("• Installing dependencies (npm ci)…");
  const res = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
