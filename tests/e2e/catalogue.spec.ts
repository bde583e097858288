import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

test.describe("catalogue", () => {
  test("browse gerai -> service -> printable checklist", async ({ page }) => {
    await page.goto("/gerai");
    await expect(page.getByRole("heading", { level: 1, name: "Daftar gerai" })).toBeVisible();
    await expect(page.locator("[data-testid^=floor-] > li")).toHaveCount(23);
    await page.getByRole("link", { name: /^Gerai 4: / }).click();
    await expect(page).toHaveURL(/\/gerai\/4$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Gerai 4");
    await page.getByTestId("counter-services").getByRole("link", { name: /SKCK/i }).first().click();
    await expect(page).toHaveURL(/\/layanan\/skck-/);
    await expect(page.getByTestId("fact-biaya")).toContainText("30.000");
    await expect(page.getByTestId("requirements").getByRole("checkbox").first()).toBeVisible();
    await page.getByTestId("print-link").click();
    await expect(page).toHaveURL(/\/cetak$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Daftar persyaratan");
    await expect(page.getByTestId("checklist").getByRole("listitem").first()).toBeVisible();
    // The print stylesheet hides the site chrome.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByTestId("checklist")).toBeVisible();
  });

  test("a service page shows the complete standar pelayanan and its structured data", async ({ page }) => {
    await page.goto("/layanan/ktp-el-baru");
    await expect(page.getByTestId("fact-biaya")).toHaveText(/Gratis/);
    for (const heading of ["Persyaratan", "Alur dan prosedur", "Dasar hukum", "Pengaduan, saran dan masukan"]) {
      await expect(page.getByRole("main").getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByTestId("book-cta")).toHaveAttribute("href", "/pesan/ktp-el-baru");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("GovernmentService");
    expect(jsonLd.offers.price).toBe(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/layanan\/ktp-el-baru$/);
  });

  test("the JKN service explains its service-area rule", async ({ page }) => {
    await page.goto("/layanan/pendaftaran-jkn-pbi-dinkes");
    const rule = page.getByRole("region", { name: "Wilayah layanan" });
    await expect(rule).toContainText("Pekalongan Barat");
    await expect(rule).toContainText("Pekalongan Selatan");
    await expect(rule).toContainText("Dinas Kesehatan");
  });

  for (const [query, expected] of [
    ["ktp", "/layanan/ktp-el-baru"],
    ["perpanjang sim", "/layanan/sim-"],
    ["skck", "/layanan/skck-"],
    ["akta lahir", "/layanan/akta-kelahiran"],
    ["pdam", "/layanan/pasang-baru-sambungan-air"],
    ["imb", "/layanan/pbg-persetujuan-bangunan-gedung"],
  ] as const) {
    test(`search without JavaScript finds "${query}" in the top 3`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto("/layanan");
      await page.getByLabel("Layanan apa yang Anda perlukan?").fill(query);
      await page.getByRole("button", { name: "Cari", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/cari\\?q=${encodeURIComponent(query).replace(/%20/g, "\\+")}`));
      const links = page.getByTestId("search-results").getByRole("heading").getByRole("link");
      const top3 = await links.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute("href") ?? ""));
      expect(top3.some((h) => h.startsWith(expected))).toBe(true);
      await context.close();
    });
  }

  test("search shows results while typing when JavaScript is on", async ({ page }) => {
    await page.goto("/cari");
    await page.getByLabel("Layanan apa yang Anda perlukan?").pressSequentially("bikin sim", { delay: 30 });
    await expect(page.getByTestId("instant-results").getByRole("link").first()).toContainText(/SIM/);
  });

  test("filters search by agency", async ({ page }) => {
    await page.goto("/cari?q=&agency=kemenag");
    const items = page.getByTestId("search-results").getByRole("listitem");
    await expect(items.first()).toBeVisible();
    for (const text of await items.allTextContents()) expect(text).toMatch(/Kemenag|Kementerian Agama/);
  });

  test("works by keyboard: search, open a result, reach the booking entry point", async ({ page }) => {
    await page.goto("/layanan");
    await page.getByLabel("Layanan apa yang Anda perlukan?").focus();
    await page.keyboard.type("skck");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/cari\?q=skck/);
    const first = page.getByTestId("search-results").getByRole("link").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/layanan\/skck-/);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.getByTestId("book-cta").evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
  });

  test("axe finds no violations on the catalogue pages", async ({ page }) => {
    test.slow(); // nine pages, each analysed by axe: several seconds each on a busy 2-core machine
    for (const path of ["/", "/gerai", "/gerai/1", "/layanan", "/cari?q=ktp", "/layanan/skck-baru", "/layanan/skck-baru/cetak", "/kategori/kependudukan", "/instansi/disdukcapil"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });

  test("fits a 360 px phone on every catalogue page", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/gerai", "/gerai/13", "/layanan", "/cari?q=sim", "/layanan/pbg-persetujuan-bangunan-gedung"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("unknown service and gerai answer 404", async ({ page }) => {
    expect((await page.goto("/layanan/tidak-ada"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Layanan tidak ditemukan");
    expect((await page.goto("/gerai/99"))?.status()).toBe(404);
  });

  test("serves sitemap.xml and robots.txt", async ({ request }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml.match(/<loc>[^<]*\/layanan\/[a-z0-9-]+<\/loc>/g)?.length).toBe(130);
    const robots = await request.get("/robots.txt");
    expect(await robots.text()).toContain("Sitemap:");
  });
});
