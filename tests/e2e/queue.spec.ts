// Front desk and counter queue in the browser: a booking made through the public API is
// checked in at the front desk (its slot moved to now, as bookings open from tomorrow), a
// walk-in is registered, petugas1 calls, serves and finishes at gerai 1, and is refused gerai 2.
import { expect as baseExpect, test, type APIRequestContext } from "@playwright/test";
import { createDb, type Db } from "@/lib/db-client";
import { dayWib, wibInstant } from "@/lib/time";
import { signIn, signOut } from "./helpers/auth";
import { expectNoAxeViolations as axe } from "./helpers/axe";

// The machine running the suite is shared: allow slow renders.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const PODOSUGIH = "33.75.01.1003";

let serial = Math.floor(Math.random() * 9000) + 1000;
/** A valid Kota Pekalongan NIK (Pekalongan Barat, born 15-08-1990), unique per call. */
function nik(): string {
  serial = (serial % 9999) + 1;
  return `337501150890${String(serial).padStart(4, "0")}`;
}

let db: Db;
test.beforeAll(() => {
  db = createDb(process.env.E2E_DATABASE_URL ?? `file:${process.cwd()}/data/e2e/mpp.db`);
});
test.afterAll(async () => {
  await db.$disconnect();
});

/** Books ktp-el-baru through the public API, then moves its slot to 5 minutes ago (today). */
async function bookForNow(request: APIRequestContext): Promise<string> {
  const availability = await (await request.get("/api/v1/services/ktp-el-baru/availability")).json();
  const slotStart: string = availability.data.days.flatMap((d: { slots: { start: string; remaining: number }[] }) => d.slots).find((s: { remaining: number }) => s.remaining > 0).start;
  const res = await request.post("/api/v1/bookings", {
    data: { serviceSlug: "ktp-el-baru", slotStart, nik: nik(), name: "Siti Aminah", phone: "081234567890", kelurahanCode: PODOSUGIH, consent: true },
  });
  expect(res.status()).toBe(201);
  const code: string = (await res.json()).data.code;
  // 5 minutes ago, but never before midnight WIB (the booking must be for today).
  const now = new Date();
  const startsAt = new Date(Math.max(now.getTime() - 5 * 60_000, wibInstant(dayWib(now), 0).getTime()));
  await db.booking.update({ where: { code }, data: { startsAt, dayWib: dayWib(startsAt) } });
  return code;
}

test.describe("front desk and queue", () => {
  test("front desk checks in a booking and a walk-in; petugas1 calls, serves and finishes", async ({ page, request }) => {
    // Gerai 1 starts with an empty queue (the spec runs once per browser project on one database).
    await db.visit.updateMany({ where: { counter: { number: 1 }, status: { in: ["WAITING", "CALLED", "SERVING"] } }, data: { status: "DONE" } });
    const code = await bookForNow(request);
    const ktp = await db.service.findUniqueOrThrow({ where: { slug: "ktp-el-baru" }, select: { id: true } });

    await signIn(page, "resepsionis");
    await page.goto("/staf/resepsionis");
    await expect(page.getByRole("heading", { level: 1, name: "Resepsionis" })).toBeVisible();
    await axe(page);

    // Check-in by typed code (lower case, no dash).
    await page.getByLabel("Kode booking", { exact: true }).fill(code.toLowerCase().replace("-", ""));
    await page.getByTestId("checkin-submit").click();
    const ticket = page.getByTestId("queue-ticket");
    await expect(ticket).toBeVisible();
    await expect(ticket).toContainText(code);
    await expect(ticket).toContainText(/3375\*{8}\d{4}/);
    const bookedNumber = (await page.getByTestId("queue-number").textContent())!.trim();
    expect(bookedNumber).toMatch(/^01-\d{3}$/);
    await axe(page);

    // The same code again: refused, with the number already given.
    await page.getByLabel("Kode booking", { exact: true }).fill(code);
    await page.getByTestId("checkin-submit").click();
    await expect(page.getByTestId("checkin-error")).toContainText(`sudah check-in dengan nomor antrean ${bookedNumber}`);
    // An unknown code.
    await page.getByLabel("Kode booking", { exact: true }).fill("ABCD-EFGH");
    await page.getByTestId("checkin-submit").click();
    await expect(page.getByTestId("checkin-error")).toContainText("tidak ditemukan");
    await axe(page);

    // Walk-in: errors first (kept on the page), then a valid registration.
    await page.getByTestId("walkin-submit").click();
    await expect(page.getByTestId("walkin-errors")).toBeVisible();
    await expect(page.getByTestId("walkin-errors")).toContainText("Pilih layanan");
    await axe(page);
    await page.getByLabel("Layanan", { exact: true }).selectOption(ktp.id);
    await page.getByLabel("NIK (Nomor Induk Kependudukan)", { exact: true }).fill(nik());
    await page.getByLabel("Nama lengkap", { exact: true }).fill("Budi Santoso");
    await page.getByLabel("Kelurahan tempat tinggal", { exact: true }).selectOption({ label: "Podosugih" });
    await page.getByLabel("Pengunjung menyetujui pemrosesan data pribadinya", { exact: true }).check();
    await page.getByTestId("walkin-submit").click();
    await expect(page.getByTestId("queue-ticket")).toContainText("Budi Santoso");
    const walkInNumber = (await page.getByTestId("queue-number").textContent())!.trim();
    expect(walkInNumber).toMatch(/^01-\d{3}$/);
    expect(walkInNumber).not.toBe(bookedNumber);
    await expect(page.getByTestId("arrivals")).toContainText(bookedNumber);
    await expect(page.getByTestId("arrivals")).toContainText(walkInNumber);

    // The officer of gerai 1.
    await signOut(page);
    await signIn(page, "petugas1");
    await page.goto("/staf/antrian");
    // An officer sees only their own gerai.
    await expect(page.getByRole("main").getByRole("link", { name: /^Gerai \d+ · / })).toHaveCount(1);
    await axe(page);
    await page.getByRole("main").getByRole("link", { name: /^Gerai 1 · / }).click();
    await expect(page).toHaveURL(/\/staf\/antrian\/1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Antrean Gerai 1" })).toBeVisible();
    const waiting = page.getByTestId("waiting-list");
    await expect(waiting).toContainText(bookedNumber);
    await expect(waiting).toContainText(walkInNumber);
    // The booked visitor whose time has come is first.
    await expect(waiting.getByRole("listitem").first()).toContainText(bookedNumber);
    await axe(page);

    await page.getByTestId("call-next").click();
    await expect(page.getByTestId("queue-notice")).toContainText(`Nomor ${bookedNumber} dipanggil.`);
    const card = page.getByTestId(`visit-${bookedNumber}`);
    await expect(card).toBeVisible();
    await axe(page);
    await card.getByRole("button", { name: "Panggil ulang" }).click();
    await expect(page.getByTestId("queue-notice")).toContainText(`Nomor ${bookedNumber} dipanggil ulang.`);
    await page.getByTestId(`visit-${bookedNumber}`).getByRole("button", { name: "Mulai layani" }).click();
    await expect(page.getByTestId("queue-notice")).toContainText("dimulai");
    await page.getByTestId(`visit-${bookedNumber}`).getByRole("button", { name: "Selesai" }).click();
    await expect(page.getByTestId("queue-notice")).toContainText(`Layanan untuk nomor ${bookedNumber} selesai.`);
    await expect(page.getByTestId("queue-notice").getByRole("link", { name: "Buat permohonan" })).toHaveAttribute(
      "href",
      /\/staf\/permohonan\/baru\?kunjungan=/,
    );
    await expect(page.getByTestId("finished-list")).toContainText(bookedNumber);
    await axe(page);

    const visit = await db.visit.findFirstOrThrow({ where: { booking: { code } }, select: { status: true, waitSeconds: true, serviceSeconds: true } });
    expect(visit.status).toBe("DONE");
    expect(visit.waitSeconds).not.toBeNull();
    expect(visit.serviceSeconds).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: { in: ["queue.call", "queue.recall", "queue.start", "queue.finish"] } } })).toBeGreaterThanOrEqual(4);
  });

  test("petugas1 cannot see or act on gerai 2's queue", async ({ page }) => {
    await signIn(page, "petugas1");
    const res = await page.goto("/staf/antrian/2");
    expect(res?.status()).toBe(403);
    await expect(page.getByText("Antrean Gerai 2")).toHaveCount(0);
    const api = await page.request.get("/api/staf/antrian/2");
    expect(api.status()).toBe(403);
    expect((await page.request.get("/api/staf/antrian/1")).status()).toBe(200);
  });

  test("the front desk reads a queue but cannot operate it", async ({ page }) => {
    await signIn(page, "resepsionis");
    await page.goto("/staf/antrian/1");
    await expect(page.getByText("Anda hanya dapat melihat antrean ini.")).toBeVisible();
    await expect(page.getByTestId("call-next")).toHaveCount(0);
    await axe(page);
  });
});
