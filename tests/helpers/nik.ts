// Valid NIKs for tests: Kota Pekalongan (3375 01-04) + birth date DDMMYY (+40 for women) +
// a 4-digit serial. nikFor(i) gives a different valid NIK for every i from 0 to ~280,000.
import { validateNik } from "@/lib/bookings/nik";

export function makeNik(opts: { kecamatan?: 1 | 2 | 3 | 4; day?: number; month?: number; year?: number; female?: boolean; serial: number }): string {
  const { kecamatan = 1, day = 1, month = 1, year = 1990, female = false, serial } = opts;
  if (serial < 1 || serial > 9999) throw new RangeError("serial must be 1-9999");
  const dd = String(day + (female ? 40 : 0)).padStart(2, "0");
  const nik = `33750${kecamatan}${dd}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
  if (!validateNik(nik, "2026-12-01").ok) throw new Error(`not a valid NIK: ${nik}`);
  return nik;
}

/** The i-th test NIK (distinct for distinct i). */
export function nikFor(i: number): string {
  return makeNik({ serial: (i % 9999) + 1, day: 1 + (Math.floor(i / 9999) % 28) });
}

/** A valid mobile number for the i-th test citizen ("0812" + 8 digits). */
export function phoneFor(i: number): string {
  return `0812${String(10_000_000 + (i % 90_000_000)).slice(-8)}`;
}
