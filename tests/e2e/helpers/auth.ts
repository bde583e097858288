import { expect, type Page } from "@playwright/test";

/** The seeded demo staff password (prisma/seed-lib.ts DEMO_PASSWORD). */
export const DEMO_PASSWORD = "Demo-MPP-2026!";

let ipSeq = 0;
/**
 * A client address of its own for each signed-in browser, as each counter PC would have behind
 * the reverse proxy: sign-in is limited per client IP (lib/auth/credentials.ts), and without a
 * proxy every test request would share one "unknown" address and hit that limit.
 */
export function testClientIp(): string {
  ipSeq++;
  return `198.18.${(process.pid + ipSeq) % 250}.${ipSeq % 250}`;
}

/** Signs `username` in through the staff sign-in page (keyboard-free, like a user clicking). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, next?: string): Promise<void> {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": testClientIp() });
  await page.goto(next ? `/staf/masuk?lanjut=${encodeURIComponent(next)}` : "/staf/masuk");
  await page.getByLabel(/Nama pengguna atau e-mail|Username or e-mail/).fill(username);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
  await page.getByTestId("sign-in").click();
  // argon2 on a shared CI machine can take a few seconds.
  await expect(page).not.toHaveURL(/\/staf\/masuk/, { timeout: 20_000 });
}

/** Signs the current staff member out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(Keluar|Sign out)$/ }).click();
  await expect(page).toHaveURL(/\/staf\/masuk\?pesan=keluar/);
}
