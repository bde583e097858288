// One Lighthouse 12 run (default config: mobile emulation, simulated throttling) in a fresh
// Debian chromium. Shared by bench/lighthouse.mjs and bench/variants.mjs.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/**
 * `cpuSlowdownMultiplier`: Lighthouse's default is 4 (a high-end desktop host emulating a mid-tier
 * phone). Lighthouse's throttling guide suggests a lower one on a slower host (benchmarkIndex
 * 1000-1500: 2x); every run records the host's benchmarkIndex, and the results say which was used.
 */
export async function audit(url, { cpuSlowdownMultiplier } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      ...(cpuSlowdownMultiplier ? { throttling: { cpuSlowdownMultiplier } } : {}),
    });
    if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}
