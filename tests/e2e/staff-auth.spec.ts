import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { DEMO_PASSWORD, signIn, signOut, testClientIp } from "./helpers/auth";

test.describe("staff sign-in", () => {
  test("a staff page sends an anonymous visitor to sign-in and back after signing in", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": testClientIp() });
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
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": testClientIp() });
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

test.describe("staff accounts", () => {
  test("an admin creates an account; disabling it ends its open session at once", async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const adminContext = await browser.newContext({ baseURL });
    const admin = await adminContext.newPage();
    await signIn(admin, "admin", DEMO_PASSWORD, "/staf/pengguna");
    await expect(admin.getByRole("heading", { level: 1, name: "Pengguna staf" })).toBeVisible();
    await expectNoAxeViolations(admin);

    // A refused form keeps what was typed.
    const username = `uji${Date.now().toString(36)}`;
    await admin.getByLabel("Nama pengguna", { exact: true }).fill(username);
    await admin.getByLabel("Nama", { exact: true }).fill("Petugas Uji");
    await admin.getByLabel("E-mail").fill(`${username}@mpp.test`);
    await admin.getByLabel("Peran").selectOption("OFFICER");
    await admin.getByLabel(/^Kata sandi awal/).fill("pendek");
    await admin.getByRole("button", { name: "Tambah akun" }).click();
    await expect(admin.getByText("Kata sandi minimal 12 karakter.")).toBeVisible();
    await expect(admin.getByText("Pilih minimal satu gerai untuk petugas gerai.")).toBeVisible();
    await expect(admin.getByLabel("Nama pengguna", { exact: true })).toHaveValue(username);

    await admin.getByRole("checkbox", { name: /^3\. / }).check();
    await admin.getByLabel(/^Kata sandi awal/).fill("kata-sandi-yang-panjang");
    await admin.getByRole("button", { name: "Tambah akun" }).click();
    await expect(admin.getByRole("status")).toContainText(`Akun ${username} sudah dibuat.`);
    await expect(admin.getByTestId(`user-${username}`)).toContainText("Petugas gerai");

    const userContext = await browser.newContext({ baseURL });
    const user = await userContext.newPage();
    await signIn(user, username, "kata-sandi-yang-panjang");
    await expect(user.getByRole("heading", { level: 1 })).toContainText("Petugas Uji");

    await admin.reload();
    await admin.getByRole("button", { name: `Nonaktifkan: ${username}` }).click();
    await expect(admin.getByTestId(`user-${username}`)).toContainText("Nonaktif");

    await user.goto("/staf");
    await expect(user).toHaveURL(/\/staf\/masuk/);
    // And the password no longer opens a session.
    await user.getByLabel("Nama pengguna atau e-mail").fill(username);
    await user.getByLabel("Kata sandi", { exact: true }).fill("kata-sandi-yang-panjang");
    await user.getByTestId("sign-in").click();
    await expect(user.getByTestId("error-summary")).toContainText("Nama pengguna atau kata sandi salah.");
    await adminContext.close();
    await userContext.close();
  });
});
