import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers/auth";

test.describe("staff sign-in", () => {
  test("a staff page sends an anonymous visitor to sign-in and back after signing in", async ({ page }) => {
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/staf\/masuk\?lanjut=%2Fstaf/);
    await expect(page.getByRole("heading", { level: 1, name: "Masuk staf" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Nama pengguna atau e-mail").fill("admin");
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel("Kata sandi", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/\/staf$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Selamat bekerja");
    await expect(page.getByRole("navigation", { name: "Menu staf" }).getByRole("link")).toHaveCount(6);
    await expectNoAxeViolations(page);
    await signOut(page);
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/staf\/masuk/);
  });

  test("a wrong password is refused with a clear message and the login kept", async ({ page }) => {
    await page.goto("/staf/masuk");
    await page.getByLabel("Nama pengguna atau e-mail").fill("pejabat");
    await page.getByLabel("Kata sandi", { exact: true }).fill("salah-sekali");
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("error-summary")).toContainText("Nama pengguna atau kata sandi salah.");
    await expect(page.getByLabel("Nama pengguna atau e-mail")).toHaveValue("pejabat");
    await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page);
  });

  test("each role sees only its sections; an official gets 403 on the users page", async ({ page }) => {
    await signIn(page, "pejabat");
    const nav = page.getByRole("navigation", { name: "Menu staf" });
    await expect(nav.getByRole("link", { name: "Statistik" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
    const res = await page.goto("/staf/pengguna");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the staff console works in English too", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/staf/masuk");
    await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  });
});
