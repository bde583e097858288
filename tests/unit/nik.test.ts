import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskNik, PROVINCE_CODES, stripNik, validateNik } from "@/lib/bookings/nik";
import { addDays } from "@/lib/time";

const TODAY = "2026-06-15";

function expectFailure(nik: string, reason: "FORMAT" | "AREA" | "BIRTH_DATE", today: Date | string = TODAY) {
  const r = validateNik(nik, today);
  expect(r).toEqual({ ok: false, reason });
}

function infoOf(nik: string, today: Date | string = TODAY) {
  const r = validateNik(nik, today);
  if (!r.ok) throw new Error(`expected ${nik} to be valid, got ${r.reason}`);
  return r.info;
}

describe("validateNik: examples", () => {
  it("reads a man's NIK from Kota Pekalongan", () => {
    const r = validateNik("3375010101900001", TODAY);
    expect(r).toEqual({
      ok: true,
      nik: "3375010101900001",
      info: {
        provinceCode: "33",
        regencyCode: "3375",
        kecamatanCode: "337501",
        birthDate: "1990-01-01",
        sex: "L",
        serial: "0001",
        isKotaPekalongan: true,
      },
    });
  });

  it("reads a woman's birth day (day + 40)", () => {
    const info = infoOf("3375024508950002");
    expect(info.birthDate).toBe("1995-08-05");
    expect(info.sex).toBe("P");
    expect(infoOf("3375037112000003").birthDate).toBe("2000-12-31"); // 71 = 31 + 40
    expect(infoOf("3375034101010003").birthDate).toBe("2001-01-01"); // 41 = 1 + 40
  });

  it("strips spaces, dots and dashes", () => {
    expect(validateNik("3375 0101 0190 0001", TODAY)).toMatchObject({ ok: true, nik: "3375010101900001" });
    expect(validateNik(" 33.75.01.010190.0001 ", TODAY)).toMatchObject({ ok: true, nik: "3375010101900001" });
    expect(validateNik("3375-0101-0190-0001", TODAY)).toMatchObject({ ok: true, nik: "3375010101900001" });
  });

  it("accepts 29 February only in leap years, for men and women", () => {
    expect(infoOf("3375012902960001").birthDate).toBe("1996-02-29");
    expect(infoOf("3375016902040001").birthDate).toBe("2004-02-29"); // woman, 69 = 29 + 40
    expect(infoOf("3375012902000001").birthDate).toBe("2000-02-29"); // 2000 is a leap year
    expectFailure("3375012902010001", "BIRTH_DATE"); // neither 2001 nor 1901
    expectFailure("3375016902970001", "BIRTH_DATE"); // 1997 is not a leap year
    expectFailure("3375013002960001", "BIRTH_DATE");
  });

  it("refuses days and months that do not exist", () => {
    expectFailure("3375010001900001", "BIRTH_DATE"); // day 00
    expectFailure("3375013201900001", "BIRTH_DATE"); // 32
    expectFailure("3375014001900001", "BIRTH_DATE"); // 40 = day 0 for a woman
    expectFailure("3375017201900001", "BIRTH_DATE"); // 72 = 32 for a woman
    expectFailure("3375019901900001", "BIRTH_DATE");
    expectFailure("3375010100900001", "BIRTH_DATE"); // month 00
    expectFailure("3375010113900001", "BIRTH_DATE"); // month 13
    expectFailure("3375013104900001", "BIRTH_DATE"); // 31 April
  });

  it("chooses the century so the birth date is not in the future", () => {
    expect(infoOf("3375011506260001").birthDate).toBe("2026-06-15"); // born today
    expect(infoOf("3375011606260001").birthDate).toBe("1926-06-16"); // 2026-06-16 is tomorrow
    expect(infoOf("3375010101300001").birthDate).toBe("1930-01-01");
    expect(infoOf("3375010101250001").birthDate).toBe("2025-01-01");
    // 29 February 2000 is in the future before 2000 and 1900 was not a leap year.
    expectFailure("3375012902000001", "BIRTH_DATE", "1999-12-31");
  });

  it("uses the WIB day of a Date as today", () => {
    // 18:00 UTC on 14 June is 01:00 WIB on 15 June: someone born on 15 June 2026 exists.
    expect(infoOf("3375011506260001", new Date("2026-06-14T18:00:00Z")).birthDate).toBe("2026-06-15");
    expect(infoOf("3375011506260001", new Date("2026-06-14T16:00:00Z")).birthDate).toBe("1926-06-15");
  });

  it("detects Kota Pekalongan residents (337501-337504) and visitors from outside", () => {
    for (const k of ["01", "02", "03", "04"]) expect(infoOf(`3375${k}0101900001`).isKotaPekalongan).toBe(true);
    expect(infoOf("3326010101900001").isKotaPekalongan).toBe(false); // Kabupaten Pekalongan
    expect(infoOf("3325050101900001").isKotaPekalongan).toBe(false); // Kabupaten Batang
    expectFailure("3375050101900001", "AREA"); // Kota Pekalongan has four kecamatan
  });

  it("refuses unknown area codes", () => {
    for (const p of ["00", "10", "20", "22", "37", "54", "90", "97", "99"]) expectFailure(`${p}75010101900001`, "AREA");
    expectFailure("3300010101900001", "AREA"); // regency 00
    expectFailure("3375000101900001", "AREA"); // kecamatan 00
    expect(PROVINCE_CODES.size).toBe(38);
    for (const p of ["11", "21", "36", "65", "76", "82", "91", "93", "94", "95", "96"]) {
      expect(validateNik(`${p}01010101900001`, TODAY).ok).toBe(true);
    }
  });

  it("refuses anything that is not 16 digits", () => {
    for (const s of ["", "337501010190000", "33750101019000011", "3375O10101900001", "３３７５010101900001", "3375/010101900001"]) {
      expectFailure(s, "FORMAT");
    }
  });

  it("checks the format before the area and the area before the birth date", () => {
    expectFailure("0000000000000000", "AREA");
    expectFailure("3375019999990001", "BIRTH_DATE");
    expectFailure("0000009999990001", "AREA");
  });
});

describe("maskNik", () => {
  it("shows the regency and the serial only", () => {
    expect(maskNik("3375010101900001")).toBe("3375********0001");
    expect(maskNik("3375 0101 0190 0001")).toBe("3375********0001");
  });

  it("masks everything when the input is not a NIK", () => {
    expect(maskNik("12345")).toBe("****************");
    expect(maskNik("")).toBe("****************");
  });
});

// ------------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------------

const two = (n: number) => String(n).padStart(2, "0");
const dayOffset = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** A valid NIK with what it encodes. Birth dates within the last 100 years read back unambiguously. */
const validNik = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    regency: fc.integer({ min: 1, max: 99 }),
    kecamatan: fc.integer({ min: 1, max: 99 }),
    daysAgo: fc.integer({ min: 0, max: dayOffset(addDays(TODAY, -36524), TODAY) - 1 }),
    female: fc.boolean(),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .filter((r) => !(r.province === "33" && r.regency === 75 && r.kecamatan > 4))
  .map((r) => {
    const birthDate = addDays(TODAY, -r.daysAgo);
    const [y, m, d] = birthDate.split("-");
    const dd = Number(d) + (r.female ? 40 : 0);
    const nik = `${r.province}${two(r.regency)}${two(r.kecamatan)}${two(dd)}${m}${y!.slice(2)}${String(r.serial).padStart(4, "0")}`;
    return { ...r, nik, birthDate, sex: r.female ? "P" : "L", serial: String(r.serial).padStart(4, "0") };
  });

const separators = fc.constantFrom(" ", ".", "-", "  ", "");

describe("validateNik: properties", () => {
  it("validates every well-formed NIK and reads back its birth date, sex and codes", () => {
    fc.assert(
      fc.property(validNik, (g) => {
        const r = validateNik(g.nik, TODAY);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.nik).toBe(g.nik);
        expect(r.info.birthDate).toBe(g.birthDate);
        expect(r.info.sex).toBe(g.sex);
        expect(r.info.serial).toBe(g.serial);
        expect(r.info.provinceCode).toBe(g.province);
        expect(r.info.regencyCode).toBe(g.nik.slice(0, 4));
        expect(r.info.kecamatanCode).toBe(g.nik.slice(0, 6));
        expect(r.info.isKotaPekalongan).toBe(g.nik.startsWith("3375"));
      }),
    );
  });

  it("gives the same answer with separators between the digits", () => {
    fc.assert(
      fc.property(validNik, fc.array(separators, { minLength: 17, maxLength: 17 }), (g, seps) => {
        const typed = [...g.nik].map((c, i) => `${seps[i]}${c}`).join("") + seps[16];
        expect(validateNik(typed, TODAY)).toEqual(validateNik(g.nik, TODAY));
      }),
    );
  });

  it("fails FORMAT for every input that is not 16 digits once separators are removed", () => {
    const notSixteenDigits = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.stringMatching(/^[0-9]{0,30}$/),
      fc.stringMatching(/^[0-9 .-]{0,24}[A-Za-z/+_][0-9 .-]{0,24}$/),
    );
    fc.assert(
      fc.property(
        notSixteenDigits.filter((s) => !/^[0-9]{16}$/.test(stripNik(s))),
        (s) => {
          expect(validateNik(s, TODAY)).toEqual({ ok: false, reason: "FORMAT" });
        },
      ),
    );
  });

  it("never accepts a birth date after today", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), fc.integer({ min: 0, max: 36_000 }), (nik, back) => {
        const today = addDays("2099-12-31", -back);
        const r = validateNik(nik, today);
        if (r.ok) {
          expect(r.info.birthDate <= today).toBe(true);
          expect(r.info.birthDate >= addDays(today, -121 * 366)).toBe(true);
        }
      }),
    );
  });
});

describe("maskNik: properties", () => {
  it("never reveals digits 5-12", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), fc.stringMatching(/^[0-9]{8}$/), (nik, middle) => {
        const masked = maskNik(nik);
        expect(masked).toHaveLength(16);
        expect(masked.slice(4, 12)).toBe("********");
        expect(masked.slice(0, 4)).toBe(nik.slice(0, 4));
        expect(masked.slice(12)).toBe(nik.slice(12));
        // The output carries no information about the middle digits.
        expect(maskNik(`${nik.slice(0, 4)}${middle}${nik.slice(12)}`)).toBe(masked);
      }),
    );
  });

  it("never reveals any digit of something that is not a NIK", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[0-9]{16}$/.test(stripNik(s))),
        (s) => {
          expect(maskNik(s)).toBe("****************");
        },
      ),
    );
  });
});
