/** "2026-12-14T08:05:00+07:00" -> "08.05" (the ISO strings of lib/queue are in WIB). */
export function clock(iso: string | null): string {
  return iso ? iso.slice(11, 16).replace(":", ".") : "";
}

/** Whole minutes (rounded) of a number of seconds. */
export function minutes(seconds: number | null): number {
  return Math.round((seconds ?? 0) / 60);
}
