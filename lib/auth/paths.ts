/** Where to go after signing in: only a staff path of this site (no open redirect). */
export function safeStaffPath(value: string | undefined | null): string {
  if (!value) return "/staf";
  if (!/^\/staf(\/[A-Za-z0-9\-_/]*)?(\?[A-Za-z0-9\-_=&%.]*)?$/.test(value)) return "/staf";
  if (value.startsWith("/staf/masuk")) return "/staf";
  return value;
}
