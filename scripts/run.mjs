// Small helpers for the project scripts: run a command, fail loudly.
import { spawnSync } from "node:child_process";

export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...baseEnv, ...(opts.env ?? {}) }, cwd: opts.cwd });
  if (res.status !== 0) {
    if (opts.allowFail) return res.status ?? 1;
    console.error(`\n✗ ${cmd} ${args.join(" ")} (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
  return 0;
}

export function bin(name) {
  return `node_modules/.bin/${name}`;
}
