// NIK (Nomor Induk Kependudukan): 16 digits =
//   province (2) + regency/city (2) + kecamatan (2) + birth date DDMMYY (women: DD + 40) + serial (4).
// The area codes are Kemendagri codes (the ones Dukcapil uses), not BPS codes.
//
// A NIK is personal data: never log it in clear; show it with maskNik.
import { dayWib, isDay } from "@/lib/time";

/**
 * Kemendagri province codes (Kepmendagri 100.1.1-6117/2022 and later updates), 38 provinces.
 * The 2022 Papua splits got 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan and
 * 96 Papua Barat Daya; NIKs issued there before the split keep 91 (Papua) or 92 (Papua Barat).
 * BPS numbers the Papua provinces differently (e.g. 94 Papua, 97 Papua Pegunungan): not used here.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", // Sumatera
  "21", // Kepulauan Riau
  "31", "32", "33", "34", "35", "36", // Jawa
  "51", "52", "53", // Bali, NTB, NTT
  "61", "62", "63", "64", "65", // Kalimantan
  "71", "72", "73", "74", "75", "76", // Sulawesi
  "81", "82", // Maluku
  "91", "92", "93", "94", "95", "96", // Papua
]);

/** Kota Pekalongan (Kemendagri 33.75) and its four kecamatan (unchanged since 1988). */
export const KOTA_PEKALONGAN_REGENCY = "3375";
export const KOTA_PEKALONGAN_KECAMATAN: ReadonlySet<string> = new Set(["337501", "337502", "337503", "337504"]);

/** Oldest age accepted when choosing the century of the birth year. */
export const MAX_AGE_YEARS = 120;

export type NikInfo = {
  provinceCode: string;
  /** Province + regency/city, e.g. "3375". */
  regencyCode: string;
  /** Province + regency + kecamatan, e.g. "337501". */
  kecamatanCode: string;
  /** "YYYY-MM-DD". */
  birthDate: string;
  sex: "L" | "P";
  serial: string;
  isKotaPekalongan: boolean;
};

export type NikFailure = "FORMAT" | "AREA" | "BIRTH_DATE";

export type NikResult = { ok: true; nik: string; info: NikInfo } | { ok: false; reason: NikFailure };

// Spaces (any whitespace), dots, ASCII hyphen and the Unicode dashes people paste from documents.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;
const SIXTEEN_DIGITS = /^[0-9]{16}$/;

/** Removes the separators people type or paste inside a NIK ("3375 0112 ...", "33.75.01..."). */
export function stripNik(input: string): string {
  return input.replace(SEPARATORS, "");
}

function toDayString(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole years between two "YYYY-MM-DD" days (string comparison of MM-DD is calendar-correct). */
function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * The birth date encoded in DDMMYY (DD already without the +40), or null when no century gives
 * a real date that is not after `today` and at most MAX_AGE_YEARS before it. 20YY is preferred.
 */
function birthDateOf(dd: number, mm: number, yy: number, today: string): string | null {
  for (const century of [2000, 1900]) {
    const candidate = toDayString(century + yy, mm, dd);
    if (!isDay(candidate)) continue; // e.g. 29 February 1900
    if (candidate > today) continue;
    if (ageOn(candidate, today) > MAX_AGE_YEARS) continue;
    return candidate;
  }
  return null;
}

function todayOf(today: Date | string): string {
  if (typeof today === "string") {
    if (!isDay(today)) throw new RangeError(`Not a calendar day: ${today}`);
    return today;
  }
  return dayWib(today);
}

/**
 * Validates a NIK typed by a citizen. Separators (spaces, dots, dashes) are removed first.
 * - FORMAT: not exactly 16 digits.
 * - AREA: unknown province code, regency or kecamatan "00", or a Kota Pekalongan (3375)
 *   kecamatan other than 01-04.
 * - BIRTH_DATE: DDMMYY is not a real date (DD 01-31 for men, 41-71 for women), or it is in the
 *   future / more than 120 years ago for both 19YY and 20YY.
 * `today` is a Date (its WIB day is used) or a "YYYY-MM-DD" WIB day.
 */
export function validateNik(input: string, today: Date | string = new Date()): NikResult {
  const nik = stripNik(input);
  if (!SIXTEEN_DIGITS.test(nik)) return { ok: false, reason: "FORMAT" };

  const provinceCode = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  const kecamatan = nik.slice(4, 6);
  if (!PROVINCE_CODES.has(provinceCode) || regency === "00" || kecamatan === "00") {
    return { ok: false, reason: "AREA" };
  }
  const regencyCode = nik.slice(0, 4);
  const kecamatanCode = nik.slice(0, 6);
  const isKotaPekalongan = KOTA_PEKALONGAN_KECAMATAN.has(kecamatanCode);
  if (regencyCode === KOTA_PEKALONGAN_REGENCY && !isKotaPekalongan) return { ok: false, reason: "AREA" };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = rawDay > 40;
  const dd = female ? rawDay - 40 : rawDay;
  if (dd < 1 || dd > 31 || month < 1 || month > 12) return { ok: false, reason: "BIRTH_DATE" };
  const birthDate = birthDateOf(dd, month, yy, todayOf(today));
  if (birthDate === null) return { ok: false, reason: "BIRTH_DATE" };

  return {
    ok: true,
    nik,
    info: {
      provinceCode,
      regencyCode,
      kecamatanCode,
      birthDate,
      sex: female ? "P" : "L",
      serial: nik.slice(12, 16),
      isKotaPekalongan,
    },
  };
}

/**
 * "3375014101900001" -> "3375********0001": the regency and the serial only. Separators are
 * removed first; anything that is not 16 digits is masked completely (never partly revealed).
 */
export function maskNik(nik: string): string {
  const digits = stripNik(nik);
  if (!SIXTEEN_DIGITS.test(digits)) return "*".repeat(16);
  return `${digits.slice(0, 4)}${"*".repeat(8)}${digits.slice(12)}`;
}
