// Applications (permohonan) end to end: an officer registers an application at gerai 1 and
// moves it through verification to SELESAI; the citizen follows it on /lacak; an officer of
// another gerai gets 403; the admin finds the status changes in the audit log. axe on every page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { signIn, signOut } from "./helpers/auth";

/** A valid Kota Pekalongan NIK (women: day + 40), distinct per call. */
let serial = Math.floor(Math.random() * 9000) + 100;
const nextNik = () => `33750141019${String(0)}${String(serial++).padStart(4, "0")}`;

async function registerApplication(page: Page, opts: { service?: string; name: string }): Promise<string> {
  await page.goto("/staf/permohonan/baru");
  await expect(page.getByRole("heading", { level: 1, name: "Catat permohonan baru" })).toBeVisible();
  const select = page.getByLabel("Layanan", { exact: true });
  if (opts.service) await select.selectOption(opts.service);
  else await select.selectOption({ index: 1 });
  await page.getByLabel("NIK pemohon").fill(nextNik());
  await page.getByLabel("Nama lengkap pemohon").fill(opts.name);
  await page.getByLabel("Nomor HP (tidak wajib)").fill("0812 3456 7890");
  await page.getByLabel("Kelurahan tempat tinggal").selectOption("33.75.01.1003");
  await page.getByLabel(/Pemohon telah menyetujui/).check();
  await page.getByTestId("create-application").click();
  await expect(page).toHaveURL(/\/staf\/permohonan\/P-[2-9A-Z]{4}-[2-9A-Z]{4}\?pesan=baru/);
  await expect(page.getByTestId("flash")).toContainText("dicatat");
  return (await page.getByTestId("application-code").textContent())!.trim();
}

test.describe("applications", () => {
  test("an officer moves an application to selesai and the citizen sees it on /lacak", async ({ page, browser }) => {
    test.setTimeout(240_000);
    await signIn(page, "petugas1");
    await page.goto("/staf/permohonan");
    await expect(page.getByRole("heading", { level: 1, name: "Permohonan" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The form reports server-side errors and keeps the input.
    await page.goto("/staf/permohonan/baru");
    await page.getByLabel("NIK pemohon").fill("1234");
    await page.getByLabel("Nama lengkap pemohon").fill("Rina Wati");
    await page.getByTestId("create-application").click();
    await expect(page.getByTestId("error-summary")).toContainText("NIK");
    await expect(page.getByLabel("Nama lengkap pemohon")).toHaveValue("Rina Wati");
    await expectNoAxeViolations(page);

    const code = await registerApplication(page, { service: "ktp-el-baru", name: "Rina Wati" });
    await expect(page.getByTestId("application-status")).toHaveText("Diterima");
    await expect(page.getByTestId("nik-masked")).toHaveText(/^3375\*{8}\d{4}$/);
    await expectNoAxeViolations(page);

    await page.getByTestId("to-VERIFIKASI_BERKAS").click();
    await expect(page.getByTestId("application-status")).toHaveText("Verifikasi berkas");
    // Processing needs every mandatory requirement ticked.
    await page.getByTestId("to-DIPROSES").click();
    await expect(page.getByTestId("error-summary")).toContainText("persyaratan wajib");
    const tick = page.getByRole("button", { name: /^Centang persyaratan/ });
    while ((await tick.count()) > 0) {
      const before = await tick.count();
      await tick.first().click();
      await expect(tick).toHaveCount(before - 1);
    }
    await page.getByLabel("Catatan untuk pemohon (tidak wajib)").fill("Berkas lengkap, sedang diproses.");
    await page.getByTestId("to-DIPROSES").click();
    await expect(page.getByTestId("application-status")).toHaveText("Diproses");
    await page.getByTestId("to-SELESAI").click();
    await expect(page.getByTestId("application-status")).toHaveText("Selesai");
    await expect(page.getByText("Permohonan ini sudah ditutup")).toBeVisible();
    const history = page.getByTestId("timeline").getByRole("listitem");
    await expect(history).toHaveCount(4);
    await expect(history.last()).toContainText("oleh");
    await expectNoAxeViolations(page);

    // Revealing the NIK is an explicit, audited action.
    await page.getByTestId("reveal-pii").click();
    await expect(page.getByTestId("pii-revealed")).toContainText(/3375014101/);

    // The list shows it (keyboard-free filter by code).
    await page.goto(`/staf/permohonan?q=${encodeURIComponent(code.slice(2, 6))}`);
    await expect(page.getByTestId("applications-table")).toContainText(code);
    await signOut(page);

    // The citizen, in a fresh browser without any session.
    const citizen = await browser.newContext();
    const cp = await citizen.newPage();
    await cp.goto("/lacak");
    await expect(cp.getByRole("heading", { level: 1, name: "Lacak permohonan" })).toBeVisible();
    await expectNoAxeViolations(cp);
    await cp.getByLabel("Kode permohonan").fill("P-K7M0-PX9Q");
    await cp.getByTestId("track").click();
    await expect(cp.getByTestId("error-summary")).toContainText("0 dan 1");
    await expectNoAxeViolations(cp);
    await cp.getByLabel("Kode permohonan").fill(code.toLowerCase().replace(/-/g, " "));
    await cp.getByTestId("track").click();
    await expect(cp).toHaveURL(new RegExp(`/lacak/${code}$`));
    await expect(cp.getByTestId("tracking-status")).toHaveText("Selesai");
    await expect(cp.getByText("Berkas lengkap, sedang diproses.")).toBeVisible();
    await expect(cp.getByText("R. W.")).toBeVisible();
    await expect(cp.locator("main")).not.toContainText("Rina");
    await expect(cp.locator("main")).not.toContainText("3375");
    await expectNoAxeViolations(cp);
    // Unknown code: a not-found page with help.
    const res = await cp.goto("/lacak/P-2222-2222");
    if (res?.status() === 404) await expect(cp.getByTestId("tracking-not-found")).toBeVisible();
    else await expect(cp.getByTestId("error-summary")).toBeVisible();
    await expectNoAxeViolations(cp);
    // The API says the same.
    const api = await cp.request.get(`/api/v1/applications/${code}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).data.status).toBe("SELESAI");
    await citizen.close();

    // Tracking works without JavaScript (a plain GET form and a server-rendered status page).
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const np = await noJs.newPage();
    await np.goto("/lacak");
    await np.getByLabel("Kode permohonan").fill(code);
    await np.getByTestId("track").click();
    await expect(np.getByTestId("tracking-status")).toHaveText("Selesai");
    await noJs.close();
  });

  test("an officer of gerai 1 can neither see nor act on a gerai 2 application", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "petugas2");
    const code = await registerApplication(page, { name: "Agus Salim" });
    await signOut(page);

    await signIn(page, "petugas1");
    const res = await page.goto(`/staf/permohonan/${code}`);
    expect(res?.status()).toBe(403);
    await expect(page.getByTestId("application-status")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto(`/staf/permohonan?q=${code}`);
    await expect(page.getByText("Tidak ada permohonan yang sesuai.")).toBeVisible();
    const missing = await page.goto("/staf/permohonan/P-2222-2222");
    expect([403, 404]).toContain(missing?.status());
  });

  test("the admin finds the status changes in the audit log", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "petugas1");
    const code = await registerApplication(page, { service: "ktp-el-baru", name: "Dewi Lestari" });
    await page.getByTestId("to-VERIFIKASI_BERKAS").click();
    await expect(page.getByTestId("application-status")).toHaveText("Verifikasi berkas");
    await signOut(page);

    await signIn(page, "admin");
    await page.goto("/staf/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Tindakan").selectOption("application.status");
    await page.getByLabel("Objek").fill(code);
    await page.getByTestId("audit-apply").click();
    const table = page.getByTestId("audit-table");
    await expect(table.getByRole("row")).toHaveCount(2); // header + one status change
    await expect(table).toContainText("VERIFIKASI_BERKAS");
    await expect(table).toContainText("petugas1");
    await expect(table).not.toContainText(/\d{16}/);
    await expectNoAxeViolations(page);
  });
});
