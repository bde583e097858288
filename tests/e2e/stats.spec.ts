// The officials' dashboard in the browser: who may open it, changing the period (form without
// JavaScript semantics, presets), charts with captions and tables, CSV and Excel downloads parsed
// and compared with the page, the gerai evaluation and its printable monthly page, axe.
//
// Known data: the spec writes visits for the week Monday 2026-10-05 .. Sunday 2026-10-11 into
// the e2e database (once; both projects share it): gerai 1 gets 4 arrivals on Monday (2 booked,
// 2 walk-in), 1 at 23:30 WIB on Tuesday and 1 at 00:30 WIB on Wednesday (both walk-in).
// 6 arrivals over 6 service days (Monday-Saturday): 1.0 visitor a day.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { createDb } from "@/lib/db-client";
import { wibInstant } from "@/lib/time";
import { makeVisit } from "../helpers/visits";
import { expectNoAxeViolations } from "./helpers/axe";
import { signIn } from "./helpers/auth";

const FROM = "2026-10-05";
const TO = "2026-10-11";
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("data/e2e/mpp.db")}`;

test.beforeAll(async () => {
  const db = createDb(databaseUrl);
  try {
    if ((await db.visit.count({ where: { dayWib: { gte: FROM, lte: TO } } })) > 0) return;
    const g1 = await db.counter.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });
    const ktp = await db.service.findUniqueOrThrow({ where: { slug: "ktp-el-baru" }, select: { id: true } });
    const base = { counterId: g1.id, serviceId: ktp.id, serviceSeconds: 600, kelurahanCode: "33.75.01.1003" };
    for (let i = 0; i < 4; i++) {
      await makeVisit(db, { ...base, source: i < 2 ? "BOOKING" : "WALK_IN", checkedInAt: wibInstant("2026-10-05", 8 * 60 + 15 * i), waitSeconds: 120 * (i + 1) });
    }
    await makeVisit(db, { ...base, checkedInAt: new Date("2026-10-06T16:30:00Z"), waitSeconds: 60 });
    await makeVisit(db, { ...base, checkedInAt: new Date("2026-10-06T17:30:00Z"), waitSeconds: 60 });
  } finally {
    await db.$disconnect();
  }
});

async function choosePeriod(page: Page, from: string, to: string) {
  await page.getByLabel("Dari tanggal").fill(from);
  await page.getByLabel("Sampai tanggal").fill(to);
  await page.getByTestId("period-submit").click();
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
}

/** The text of every cell of a rendered table, row by row (header row first). */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page.locator(`table[data-table="${id}"] tr`).evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").trim())),
  );
}

test.describe("officials' dashboard", () => {
  // Big pages (every table of the period) and axe on a shared 2-core machine.
  test.describe.configure({ timeout: 180_000 });
  test.use({ actionTimeout: 30_000 });

  test("anonymous visitors are sent to sign-in", async ({ page }) => {
    await page.goto("/staf/statistik");
    await expect(page).toHaveURL(/\/staf\/masuk\?lanjut=%2Fstaf%2Fstatistik/);
    const res = await page.request.get(`/staf/statistik/ekspor?tabel=daily&format=csv&from=${FROM}&to=${TO}`);
    expect(res.status()).toBe(401);
    expect((await page.request.get(`/api/v1/stats/daily?from=${FROM}&to=${TO}`)).status()).toBe(401);
  });

  for (const username of ["petugas1", "resepsionis"]) {
    test(`${username} gets 403 on the dashboard, its exports and the API`, async ({ page }) => {
      await signIn(page, username);
      const res = await page.goto("/staf/statistik");
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
      expect((await page.goto("/staf/statistik/gerai/1"))?.status()).toBe(403);
      expect((await page.request.get(`/staf/statistik/ekspor?tabel=gerai&format=xlsx&from=${FROM}&to=${TO}`)).status()).toBe(403);
      expect((await page.request.get(`/api/v1/stats/daily?from=${FROM}&to=${TO}`)).status()).toBe(403);
    });
  }

  test("an official changes the period, reads charts and tables, downloads CSV and Excel", async ({ page }) => {
    await signIn(page, "pejabat", undefined, "/staf/statistik");
    await expect(page).toHaveURL(/\/staf\/statistik$/);
    await expect(page.getByRole("heading", { level: 1, name: "Statistik pengunjung MPP" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("link", { name: "30 hari terakhir" })).toHaveAttribute("aria-current", "true");
    await expectNoAxeViolations(page);

    await choosePeriod(page, FROM, TO);
    await expect(page.getByTestId("headline-average")).toContainText("1,0", { timeout: 30_000 });
    await expect(page.getByTestId("headline-detail")).toHaveText("6 pengunjung dalam 6 hari layanan.");
    // Charts render, each with a text summary; the daily table buckets 23:30 and 00:30 WIB right.
    await expect(page.locator("figure .recharts-surface").first()).toBeVisible();
    await expect(page.getByTestId("trend-caption")).toContainText("total 6, dengan pesanan 2, datang langsung 4");
    const daily = await tableCells(page, "daily");
    expect(daily[0]).toEqual(["Tanggal", "Dengan pesanan", "Datang langsung", "Total"]);
    expect(daily.slice(1, 4)).toEqual([
      ["2026-10-05", "2", "2", "4"],
      ["2026-10-06", "0", "1", "1"],
      ["2026-10-07", "0", "1", "1"],
    ]);
    const gerai = await tableCells(page, "gerai");
    const gerai1 = gerai.find((r) => r[0] === "1")!;
    expect(gerai1.slice(0, 3)).toEqual(["1", "Gerai Disdukcapil 1 - Pendaftaran Penduduk", "6"]);
    // Waits 2, 4, 6, 8, 1, 1 minutes: mean 3.7, nearest-rank p90 = 6th of 6 = 8.
    expect(gerai1[5]).toBe("3,7");
    expect(gerai1[6]).toBe("8,0");
    await expect(page.locator('table[data-table="heatmap"]')).toBeVisible();
    await expectNoAxeViolations(page);

    // CSV: UTF-8 with BOM, the page's figures.
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-stat-table="gerai"] a[data-export="csv"]').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe(`mpp-gerai_${FROM}_${TO}.csv`);
    const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^No\. gerai,Gerai,Pengunjung,Pesanan,/);
    expect(lines[1]).toMatch(/^1,Gerai Disdukcapil 1 - Pendaftaran Penduduk,6,/);
    expect(lines[1]!.split(",")[5]).toBe("3.7");
    expect(lines).toHaveLength(24);

    // Excel: numbers as numbers, the same rows.
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-stat-table="daily"] a[data-export="xlsx"]').click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe(`mpp-daily_${FROM}_${TO}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsxDownload.path())!);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, "Tanggal", "Dengan pesanan", "Datang langsung", "Total"]);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(7);
    expect(rows.slice(0, 3)).toEqual([
      ["2026-10-05", 2, 2, 4],
      ["2026-10-06", 0, 1, 1],
      ["2026-10-07", 0, 1, 1],
    ]);

    // A preset link changes the period too.
    await page.getByRole("link", { name: "7 hari terakhir" }).click();
    await expect(page).toHaveURL(/preset=7d/);
    await expect(page.getByRole("link", { name: "7 hari terakhir" })).toHaveAttribute("aria-current", "true");

    // A bad period keeps what was typed and says what is wrong.
    await choosePeriod(page, "2026-10-11", "2026-10-05");
    await expect(page.getByText("Tanggal akhir harus sama dengan atau setelah tanggal awal.")).toBeVisible();
    await expect(page.getByLabel("Sampai tanggal")).toHaveValue("2026-10-05");
  });

  test("an official opens a gerai evaluation and its printable monthly page", async ({ page }) => {
    await signIn(page, "pejabat", undefined, `/staf/statistik/gerai/1?from=${FROM}&to=${TO}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluasi Gerai Disdukcapil 1");
    await expect(page.getByTestId("gerai-summary")).toContainText("Pengunjung6", { timeout: 30_000 });
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /evaluasi bulanan/ }).click();
    await expect(page).toHaveURL(/\/bulanan\?bulan=2026-10/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluasi bulanan Gerai Disdukcapil 1");
    await expect(page.getByTestId("gerai-summary")).toContainText("Pengunjung6", { timeout: 30_000 });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("form").filter({ has: page.getByLabel("Bulan") })).toBeHidden();
    expect((await page.goto("/staf/statistik/gerai/99"))?.status()).toBe(404);
  });

  test("the API answers an official with the same figures", async ({ page }) => {
    await signIn(page, "pejabat");
    const res = await page.request.get(`/api/v1/stats/daily?from=${FROM}&to=${TO}&counter=1`);
    expect(res.status()).toBe(200);
    const { data } = (await res.json()) as { data: { totals: unknown; serviceDays: number } };
    expect(data.totals).toEqual({ booking: 2, walkIn: 4, total: 6 });
    expect(data.serviceDays).toBe(6);
  });
});
