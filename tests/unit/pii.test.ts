import crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decryptPii, encryptPii, hashPii, maskPhone, normalizePhone } from "@/lib/pii";

const KEY = Buffer.from("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "hex");
const OTHER_KEY = Buffer.alloc(32, 7);
const B64URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("encryptPii / decryptPii", () => {
  it("round-trips a NIK and a phone number", () => {
    expect(decryptPii(KEY, encryptPii(KEY, "3375010101900001"))).toBe("3375010101900001");
    expect(decryptPii(KEY, encryptPii(KEY, "081234567890"))).toBe("081234567890");
    expect(decryptPii(KEY, encryptPii(KEY, ""))).toBe("");
  });

  it("writes v1.<iv>.<tag>.<ciphertext> with a 12-byte IV and a 16-byte tag", () => {
    const token = encryptPii(KEY, "3375010101900001");
    const m = /^v1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(token);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, "base64url")).toHaveLength(12);
    expect(Buffer.from(m![2]!, "base64url")).toHaveLength(16);
    expect(Buffer.from(m![3]!, "base64url")).toHaveLength(16);
    expect(token).not.toContain("3375010101900001");
  });

  it("uses a fresh IV every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => encryptPii(KEY, "same")));
    expect(tokens.size).toBe(50);
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        expect(decryptPii(KEY, encryptPii(KEY, s))).toBe(s);
      }),
    );
  });

  it("throws when any single character of the token is changed", () => {
    const token = encryptPii(KEY, "3375010101900001");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: token.length - 1 }), fc.constantFrom(...B64URL_CHARS, "."), (i, c) => {
        fc.pre(token[i] !== c);
        const tampered = token.slice(0, i) + c + token.slice(i + 1);
        expect(() => decryptPii(KEY, tampered)).toThrow("Invalid PII token");
      }),
      { numRuns: 300 },
    );
  });

  it("throws on truncated, extended, re-ordered or foreign tokens and on the wrong key", () => {
    const token = encryptPii(KEY, "081234567890");
    const [v, iv, tag, ct] = token.split(".") as [string, string, string, string];
    const bad = [
      "",
      "v1",
      token.slice(0, -1),
      `${token}A`,
      `${token}.x`,
      `v2.${iv}.${tag}.${ct}`,
      `${v}.${iv}.${tag.slice(0, 16)}.${ct}`, // truncated tag (12 bytes)
      `${v}.${tag}.${iv}.${ct}`,
      `${v}.${iv}.${tag}.${ct}=`,
      `${v}.${iv}.${tag}.${ct.slice(0, -2)}`,
      `${v}.${iv}.${tag}.`,
      `${v}.${iv}.${tag}.${ct}${ct}`,
    ];
    for (const t of bad) expect(() => decryptPii(KEY, t), t).toThrow();
    expect(() => decryptPii(OTHER_KEY, token)).toThrow("Invalid PII token");
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => encryptPii(Buffer.alloc(16), "x")).toThrow(RangeError);
    expect(() => hashPii(Buffer.alloc(31), "x", "nik")).toThrow(RangeError);
  });
});

describe("hashPii", () => {
  it("is a deterministic 64-character hex HMAC per key", () => {
    const h = hashPii(KEY, "3375010101900001", "nik");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPii(KEY, "3375010101900001", "nik")).toBe(h);
    expect(hashPii(Buffer.from(KEY), "3375010101900001", "nik")).toBe(h);
    expect(hashPii(OTHER_KEY, "3375010101900001", "nik")).not.toBe(h);
  });

  it("is not a plain hash of the value, nor an HMAC with the raw key", () => {
    const h = hashPii(KEY, "3375010101900001", "nik");
    expect(h).not.toBe(crypto.createHash("sha256").update("3375010101900001").digest("hex"));
    expect(h).not.toBe(crypto.createHash("sha256").update("nik:3375010101900001").digest("hex"));
    expect(h).not.toBe(crypto.createHmac("sha256", KEY).update("nik:3375010101900001").digest("hex"));
  });

  it("keeps kinds apart: the same digits hash differently as a NIK and as a phone number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        expect(hashPii(KEY, value, "nik")).not.toBe(hashPii(KEY, value, "phone"));
        expect(hashPii(KEY, value, "phone")).not.toBe(hashPii(KEY, value, "email"));
      }),
    );
  });

  it("gives different values different hashes, and each key its own hashes", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(hashPii(KEY, a, "nik")).not.toBe(hashPii(KEY, b, "nik"));
        expect(hashPii(KEY, a, "nik")).not.toBe(hashPii(OTHER_KEY, a, "nik"));
      }),
    );
  });
});

describe("normalizePhone", () => {
  const table: [string, string | null][] = [
    ["081234567890", "081234567890"],
    ["0812-3456-7890", "081234567890"],
    ["0812 3456 7890", "081234567890"],
    ["0812.3456.7890", "081234567890"],
    ["+6281234567890", "081234567890"],
    ["+62 812-3456-7890", "081234567890"],
    ["62 812 3456 7890", "081234567890"],
    ["+62 (0)812 3456 7890", "081234567890"],
    ["(0812) 3456 7890", "081234567890"],
    ["81234567890", "081234567890"], // typed after a "+62" label
    [" 0812345678 ", "0812345678"], // 10 digits, the shortest
    ["0812345678901", "0812345678901"], // 13 digits, the longest
    ["081234567", null], // 9 digits
    ["08123456789012", null], // 14 digits
    ["0285421234", null], // Pekalongan landline
    ["+62285421234", null],
    ["0062812345678", null],
    ["00812345678", null],
    ["+6581234567", null], // Singapore
    ["0812345678a", null],
    ["0812_3456_7890", null],
    ["", null],
    ["+62", null],
    ["08", null],
  ];
  it.each(table)("%j -> %j", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it("always returns 08 followed by 8-11 digits, and is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(\+62|62|0)?8[0-9 -]{6,16}$/)), (s) => {
        const p = normalizePhone(s);
        if (p !== null) {
          expect(p).toMatch(/^08[0-9]{8,11}$/);
          expect(normalizePhone(p)).toBe(p);
        }
      }),
    );
  });
});

describe("maskPhone", () => {
  it("shows the first four and last four digits", () => {
    expect(maskPhone("081234567890")).toBe("0812****7890");
    expect(maskPhone("+62 812-3456-7890")).toBe("0812****7890");
    expect(maskPhone("0812345678")).toBe("0812**5678");
    expect(maskPhone("0812345678901")).toBe("0812*****8901");
  });

  it("reveals nothing of an invalid number", () => {
    expect(maskPhone("12345")).toBe("********");
    expect(maskPhone("")).toBe("********");
  });
});
