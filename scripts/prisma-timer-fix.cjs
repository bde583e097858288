// Preloaded into Prisma CLI runs against PostgreSQL: the WASM schema engine of Prisma 6.19.3
// starts a 10 s timer (its advisory-lock timeout) that it never clears, so every
// `migrate deploy` on PostgreSQL lingered 10 s after finishing (measured: 10.8 s vs 0.9 s).
// Unref'ing that one timer lets the process exit when its work is done; pending queries
// still keep it alive.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const t = original(fn, ms, ...args);
  if (ms === 10000 && /prisma[\\/]build[\\/]index\.js/.test(new Error().stack ?? "")) t.unref?.();
  return t;
};
