// Builds the Next.js app unless .next is newer than every source file.
import fs from "node:fs";
import path from "node:path";
import { bin, run } from "./run.mjs";

const SOURCES = ["app", "components", "lib", "messages", "i18n", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === "generated" || e === "node_modules") continue;
    max = Math.max(max, newest(path.join(p, e)));
  }
  return max;
}

export function buildIfNeeded(force = false) {
  const stamp = ".next/BUILD_ID";
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map(newest));
  if (force || built === 0 || changed > built) run(bin("next"), ["build"]);
  else console.log("• Build is up to date (.next)");
}
