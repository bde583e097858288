import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";


let serial = Math.floor(Math.random() * 9000) + 1000;
/** A valid Kota Pekalongan NIK (Pekalongan Barat, born 15-08-1990), unique per call. */
function nik(): string {
  serial = (serial % 9999) + 1;
  return `337501150890${String(serial).padStart(4, "0")}`;
}

async function chooseFirstDayAndTime(page: Page) {
  await page.locator('input[name="tanggal"]:not([disabled])').first().check();
  await page.getByTestId("continue").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jam berapa Anda datang?");
  await page.locator('input[name="slot"]:not([disabled])').first().check();
  await page.getByTestId("continue").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data diri pemohon");
}

async function fillIdentity(page: Page, opts: { nik: string; kelurahan?: string }) {
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill(opts.nik);
  await page.getByLabel("Nama lengkap").fill("Siti Aminah");
  await page.getByLabel("Nomor HP").fill("0812 3456 7890");
  await page.getByLabel("Kelurahan tempat tinggal").selectOption({ label: opts.kelurahan ?? "Podosugih" });
}

async function book(page: Page, slug: string, checkAxe = false): Promise<{ code: string; nik: string }> {
  const id = nik();
  await page.goto(`/layanan/${slug}`);
  await page.getByTestId("book-cta").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kapan Anda ingin datang?");
  if (checkAxe) await expectNoAxeViolations(page);
  await page.locator('input[name="tanggal"]:not([disabled])').first().check();
  await page.getByTestId("continue").click();
  if (checkAxe) await expectNoAxeViolations(page);
  await page.locator('input[name="slot"]:not([disabled])').first().check();
  await page.getByTestId("continue").click();
  if (checkAxe) await expectNoAxeViolations(page);
  await fillIdentity(page, { nik: id });
  await page.getByTestId("continue").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Periksa jawaban Anda");
  if (checkAxe) await expectNoAxeViolations(page);
  await expect(page.getByTestId("answers")).toContainText("Siti Aminah");
  await page.getByTestId("continue").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persetujuan pemrosesan data pribadi");
  if (checkAxe) await expectNoAxeViolations(page);
  await page.getByLabel("Saya menyetujui pemrosesan data pribadi saya untuk tujuan di atas.").check();
  await page.getByTestId("submit-booking").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemesanan berhasil");
  if (checkAxe) await expectNoAxeViolations(page);
  const code = (await page.getByTestId("booking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  return { code, nik: id };
}

test.describe("booking", () => {
  test("books end to end on a phone, with a ticket, QR code, WIB time and .ics", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const { code } = await book(page, "ktp-el-baru", true);
    await expect(page.getByTestId("ticket-when")).toContainText("WIB");
    await expect(page.getByTestId("ticket-where")).toContainText("Gerai");
    await expect(page.getByTestId("qr").locator("svg")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const download = page.waitForEvent("download");
    await page.getByTestId("ics-link").click();
    const file = await download;
    const ics = await (await file.createReadStream()).toArray();
    const text = Buffer.concat(ics).toString("utf8");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(`${code}`);
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });

  test("books with the keyboard only", async ({ page }) => {
    await page.goto("/pesan/sim-a-perpanjangan");
    const radio = page.locator('input[name="tanggal"]:not([disabled])').first();
    await radio.focus();
    await page.keyboard.press("Space");
    await expect(radio).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("continue")).toBeFocused();
    await page.keyboard.press("Enter");
    const slot = page.locator('input[name="slot"]:not([disabled])').first();
    await slot.focus();
    await page.keyboard.press("Space");
    await page.getByTestId("continue").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data diri pemohon");
    await page.getByLabel("NIK (Nomor Induk Kependudukan)").focus();
    await page.keyboard.type(nik());
    await page.keyboard.press("Tab");
    await page.keyboard.type("Budi Santoso");
    await page.keyboard.press("Tab");
    await page.keyboard.type("081298765432");
    await page.keyboard.press("Tab"); // e-mail (optional)
    await page.keyboard.press("Tab"); // kelurahan
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("continue")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Periksa jawaban Anda");
    await page.getByTestId("continue").focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Saya menyetujui pemrosesan data pribadi saya untuk tujuan di atas.").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemesanan berhasil");
  });

  test("books without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { code } = await book(page, "kk-baru");
    expect(code).not.toBe("");
    await context.close();
  });

  test("keeps every answer and explains a bad NIK", async ({ page }) => {
    await page.goto("/pesan/akta-kelahiran");
    await chooseFirstDayAndTime(page);
    await fillIdentity(page, { nik: "3375013213900001" });
    await page.getByTestId("continue").click();
    await expect(page.getByTestId("error-summary")).toContainText("Tanggal lahir pada NIK");
    await expect(page.getByLabel("Nama lengkap")).toHaveValue("Siti Aminah");
    await expect(page.getByLabel("Nomor HP")).toHaveValue("0812 3456 7890");
    await expectNoAxeViolations(page);
  });

  test("sends residents of Pekalongan Utara to the main Dinas Kesehatan office for JKN", async ({ page }) => {
    await page.goto("/pesan/pendaftaran-jkn-pbi-dinkes");
    await chooseFirstDayAndTime(page);
    await fillIdentity(page, { nik: nik(), kelurahan: "Krapyak" });
    await page.getByTestId("continue").click();
    const panel = page.getByTestId("out-of-area");
    await expect(panel).toContainText("Dinas Kesehatan");
    await expect(panel).toContainText("Pekalongan Barat");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data diri pemohon");
  });

  test("looks up, reschedules and cancels a booking", async ({ page }) => {
    test.slow(); // a booking, then six pages analysed by axe
    const { code, nik: id } = await book(page, "skck-baru");
    await page.goto("/kelola");
    await expectNoAxeViolations(page);
    await page.getByLabel("Kode pemesanan").fill(code);
    await page.getByLabel("NIK atau nomor HP").fill(id);
    await page.getByTestId("lookup").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
    await expect(page.getByTestId("booking-details")).toContainText("3375********");
    await expectNoAxeViolations(page);
    const before = await page.getByTestId("booking-details").textContent();
    await page.getByTestId("reschedule-link").click();
    await expectNoAxeViolations(page);
    await page.locator('input[name="tanggal"]:not([disabled])').nth(1).check();
    await page.getByTestId("continue").click();
    await expectNoAxeViolations(page);
    await page.locator('input[name="slot"]:not([disabled])').last().check();
    await page.getByTestId("reschedule-submit").click();
    await expect(page.getByTestId("notice")).toHaveText("Jadwal berhasil diubah.");
    expect(await page.getByTestId("booking-details").textContent()).not.toBe(before);
    await page.getByTestId("cancel-link").click();
    await expectNoAxeViolations(page);
    await page.getByTestId("confirm-cancel").click();
    await expect(page.getByTestId("notice")).toHaveText("Pemesanan sudah dibatalkan.");
    await expect(page.getByTestId("booking-details")).toContainText("Dibatalkan");
  });

  test("refuses a wrong NIK on lookup without saying whether the code exists", async ({ page }) => {
    const { code } = await book(page, "kia-kartu-identitas-anak");
    await page.goto("/kelola");
    await page.getByLabel("Kode pemesanan").fill(code);
    await page.getByLabel("NIK atau nomor HP").fill("3375011508909999");
    await page.getByTestId("lookup").click();
    await expect(page.getByTestId("error-summary")).toContainText("Pemesanan tidak ditemukan");
  });
});
