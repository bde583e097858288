import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows the MPP's key facts from the database: 23 gerai and 130 layanan", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Mal Pelayanan Publik Kota Pekalongan/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mal Pelayanan Publik Kota Pekalongan");
    await expect(page.getByTestId("fact-counters")).toHaveText("23");
    await expect(page.getByTestId("fact-services")).toHaveText("130");
    await expect(page.getByTestId("counter-list").getByRole("listitem")).toHaveCount(23);
    // Header address, footer hours in WIB and the complaint channel.
    await expect(page.getByRole("banner")).toContainText("Podosugih");
    await expect(page.getByRole("contentinfo")).toContainText("WIB");
    await expect(page.getByRole("contentinfo")).toContainText("SP4N-LAPOR!");
  });

  test("switches to English and back, also without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome to");
    await page.getByRole("button", { name: "Ganti ke Bahasa Indonesia" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Selamat datang");
    await context.close();
  });

  test("switches to English with JavaScript, and the choice sticks across visits", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome to");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("fact-services")).toHaveText("130");
  });

  test("answers an unknown address with a 404 page in the visitor's language", async ({ page }) => {
    const res = await page.goto("/halaman-yang-tidak-ada");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
    await expect(page.getByRole("link", { name: "Kembali ke beranda" })).toBeVisible();
  });

  test("has no axe violations (WCAG 2.2 AA) in Indonesian and English", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/");
    const id = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(id.violations).toEqual([]);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
    await page.reload();
    const en = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(en.violations).toEqual([]);
    await context.close();
  });

  test("works by keyboard: the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Langsung ke isi utama" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#isi")).toBeFocused();
  });

  test("fits a 360 px phone without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("health and safety", () => {
  test("GET /api/health answers 200 with the embedded database up", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up", provider: "sqlite" } });
  });

  test("refuses a cross-site POST", async ({ request }) => {
    const res = await request.post("/", { headers: { Origin: "https://evil.example" }, form: { locale: "en" } });
    expect(res.status()).toBe(403);
    const noOrigin = await request.post("/", { form: { locale: "en" } });
    expect(noOrigin.status()).toBe(403);
  });

  // proxy.ts only runs for requests with an Origin, a Content-Type or a Next-Action header (page
  // GETs skip it); route handlers check bodiless requests themselves (docs/decisions/003).
  test("refuses cross-site server actions and API changes, whichever headers they carry", async ({ request }) => {
    const evil = { Origin: "https://evil.example" };
    // A server action called the way the client router calls one (Next-Action header).
    const action = await request.post("/layanan/ktp-el-baru", {
      headers: { ...evil, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(action.status()).toBe(403);
    const actionNoOrigin = await request.post("/layanan/ktp-el-baru", { headers: { "Next-Action": "0".repeat(42) } });
    expect(actionNoOrigin.status()).toBe(403);
    const formNoOrigin = await request.post("/kelola", { form: { kode: "MPP-AAAA-AAAA" } });
    expect(formNoOrigin.status()).toBe(403);
    // DELETE /api/v1/bookings/{code}: from a foreign page, and with no Origin but a cookie.
    const del = await request.delete("/api/v1/bookings/MPP-AAAA-AAAA", { headers: { ...evil, "X-Booking-Proof": "1" } });
    expect(del.status()).toBe(403);
    const delCookie = await request.delete("/api/v1/bookings/MPP-AAAA-AAAA", { headers: { Cookie: "NEXT_LOCALE=id", "X-Booking-Proof": "1" } });
    expect(delCookie.status()).toBe(403);
    // A non-browser client (no Origin, no cookie) may use the API: an unknown code is a 404.
    const kiosk = await request.delete("/api/v1/bookings/MPP-AAAA-AAAA", { headers: { "X-Booking-Proof": "1" } });
    expect(kiosk.status()).toBe(404);
  });

  test("serves pages without running proxy.ts and localises by cookie", async ({ request }) => {
    const id = await request.get("/layanan/ktp-el-baru");
    expect(id.status()).toBe(200);
    expect(id.headers()["x-middleware-rewrite"]).toBeUndefined();
    expect(await id.text()).toContain('<html lang="id"');
    const en = await request.get("/layanan/ktp-el-baru", { headers: { Cookie: "NEXT_LOCALE=en" } });
    expect(await en.text()).toContain('<html lang="en"');
    // Files keep their paths whatever the cookie says.
    const robots = await request.get("/robots.txt", { headers: { Cookie: "NEXT_LOCALE=en" } });
    expect(robots.status()).toBe(200);
  });
});
