import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  generateApplicationCode,
  generateBookingCode,
  isValidApplicationCode,
  isValidBookingCode,
  normalizeBookingCode,
  parseApplicationCode,
  parseBookingCode,
} from "@/lib/bookings/code";

const BOOKING = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);
const APPLICATION = new RegExp(`^P-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** A random source that replays the given bytes (then repeats them). */
function replay(bytes: number[]) {
  let i = 0;
  return (size: number) => Uint8Array.from({ length: size }, () => bytes[i++ % bytes.length] ?? 0);
}

const randomBytes = fc.uint8Array({ minLength: 7, maxLength: 7 }).map((b) => [...b].map((x) => x % 248));
const bookingCode = randomBytes.map((b) => generateBookingCode(replay(b)));
const applicationCode = randomBytes.map((b) => generateApplicationCode(replay(b)));

const body = (code: string) => code.replace(/^P-/, "").replace("-", "");

describe("code alphabet", () => {
  it("has 31 distinct characters without 0, O, 1, I or L", () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
    for (const c of "0O1IL") expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });
});

describe("generateBookingCode", () => {
  it("makes XXXX-XXXX codes from the alphabet with a valid check character", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateBookingCode();
      expect(code).toMatch(BOOKING);
      expect(isValidBookingCode(code)).toBe(true);
      expect(parseBookingCode(code)).toEqual({ ok: true, code });
    }
  });

  it("is determined by the random bytes (7 random characters + 1 check character)", () => {
    const code = generateBookingCode(replay([0, 1, 2, 3, 4, 5, 6]));
    expect(code.slice(0, 8)).toBe("2345-678");
    expect(isValidBookingCode(code)).toBe(true);
    expect(generateBookingCode(replay([0, 1, 2, 3, 4, 5, 6]))).toBe(code);
  });

  it("skips bytes that would bias the distribution (248-255)", () => {
    expect(generateBookingCode(replay([255, 248, 0, 1, 2, 3, 4, 5, 6]))).toBe(generateBookingCode(replay([0, 1, 2, 3, 4, 5, 6])));
    expect(generateBookingCode(replay([247, 30, 31, 32, 33, 34, 35])).slice(0, 8)).toBe("ZZ23-456");
  });

  it("gives up on a random source that never yields a usable byte", () => {
    expect(() => generateBookingCode(() => new Uint8Array(64).fill(255))).toThrow();
  });
});

describe("generateApplicationCode", () => {
  it("makes P-XXXX-XXXX codes", () => {
    for (let i = 0; i < 100; i++) {
      const code = generateApplicationCode();
      expect(code).toMatch(APPLICATION);
      expect(isValidApplicationCode(code)).toBe(true);
    }
  });

  it("accepts the code typed with or without the prefix", () => {
    const code = generateApplicationCode(replay([9, 8, 7, 6, 5, 4, 3]));
    expect(parseApplicationCode(code.toLowerCase())).toEqual({ ok: true, code });
    expect(parseApplicationCode(body(code))).toEqual({ ok: true, code });
    expect(parseApplicationCode(`P ${body(code)}`)).toEqual({ ok: true, code });
  });
});

describe("normalizeBookingCode / parseBookingCode", () => {
  const code = generateBookingCode(replay([10, 20, 30, 0, 5, 15, 25]));

  it("ignores case, spaces and dashes", () => {
    const b = body(code);
    for (const typed of [code, code.toLowerCase(), b, ` ${b.slice(0, 4)} ${b.slice(4)} `, `${b.slice(0, 2)}-${b.slice(2)}`, `${code}\n`]) {
      expect(normalizeBookingCode(typed)).toBe(code);
      expect(parseBookingCode(typed)).toEqual({ ok: true, code });
    }
  });

  it("does not guess confusable characters: 0, O, 1, I and L are refused", () => {
    for (const c of ["0", "O", "1", "I", "L", "o", "i", "l"]) {
      const typed = `${c}${code.slice(1)}`;
      expect(normalizeBookingCode(typed)).toBeNull();
      expect(parseBookingCode(typed)).toEqual({ ok: false, reason: "CHARACTER" });
    }
  });

  it("explains what is wrong", () => {
    expect(parseBookingCode("")).toEqual({ ok: false, reason: "LENGTH" });
    expect(parseBookingCode(code.slice(0, -1))).toEqual({ ok: false, reason: "LENGTH" });
    expect(parseBookingCode(`${code}2`)).toEqual({ ok: false, reason: "LENGTH" });
    expect(parseBookingCode("ABCD-EFG!")).toEqual({ ok: false, reason: "CHARACTER" });
    const last = code.at(-1)!;
    const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % 31]!;
    expect(parseBookingCode(code.slice(0, -1) + other)).toEqual({ ok: false, reason: "CHECK" });
    expect(normalizeBookingCode(code.slice(0, -1) + other)).toBe(code.slice(0, -1) + other);
  });
});

describe("check character: properties", () => {
  it("catches every single-character substitution", () => {
    fc.assert(
      fc.property(bookingCode, (code) => {
        const b = body(code);
        for (let i = 0; i < 8; i++) {
          for (const c of CODE_ALPHABET) {
            if (c === b[i]) continue;
            const typo = b.slice(0, i) + c + b.slice(i + 1);
            expect(isValidBookingCode(typo), `${b} -> ${typo}`).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("catches every transposition of two different characters (adjacent, across the dash, or further apart)", () => {
    fc.assert(
      fc.property(fc.oneof(bookingCode, applicationCode), (code) => {
        const b = body(code);
        const valid = code.startsWith("P-") ? isValidApplicationCode : isValidBookingCode;
        for (let i = 0; i < 8; i++) {
          for (let j = i + 1; j < 8; j++) {
            if (b[i] === b[j]) continue;
            const swapped = [...b];
            [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
            expect(valid(swapped.join("")), `${b} swap ${i},${j}`).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("catches every single substitution in application codes too", () => {
    fc.assert(
      fc.property(applicationCode, (code) => {
        const b = body(code);
        for (let i = 0; i < 8; i++) {
          for (const c of CODE_ALPHABET) {
            if (c !== b[i]) expect(isValidApplicationCode(`P-${b.slice(0, i)}${c}${b.slice(i + 1)}`)).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("never lets a booking code pass as an application code, or the reverse", () => {
    fc.assert(
      fc.property(bookingCode, applicationCode, (booking, application) => {
        expect(isValidApplicationCode(booking)).toBe(false);
        expect(isValidApplicationCode(`P-${booking}`)).toBe(false);
        expect(isValidBookingCode(body(application))).toBe(false);
      }),
    );
  });

  it("accepts exactly one check character for any 7 characters", () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(`^[${CODE_ALPHABET}]{7}$`)), (first7) => {
        const valid = [...CODE_ALPHABET].filter((c) => isValidBookingCode(first7 + c));
        expect(valid).toHaveLength(1);
      }),
    );
  });
});
