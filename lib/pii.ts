// Personal data (NIK, phone numbers) at rest: a keyed hash for lookups and uniqueness, and
// authenticated encryption for the staff who must read it. The key is Env.piiKey (32 bytes).
//
// Two sub-keys are derived from it with HKDF-SHA256 (one for hashing, one for encryption), so
// the same key is never used for two algorithms. Changing the derivation or the key changes
// every stored hash and makes stored tokens unreadable: rotate with a migration, never silently.
import crypto from "node:crypto";

export type PiiKind = "nik" | "phone" | "email";

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const TOKEN_VERSION = "v1";
/** Authenticated but not encrypted: binds every token to this format and version. */
const AAD = Buffer.from("mpp-portal:pii:v1", "utf8");
const B64URL = /^[A-Za-z0-9_-]*$/;

function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new RangeError(`The PII key must be ${KEY_BYTES} bytes`);
  }
}

function subKey(key: Buffer, purpose: "hash" | "encrypt"): Buffer {
  checkKey(key);
  return Buffer.from(crypto.hkdfSync("sha256", key, Buffer.alloc(0), `mpp-portal:pii:${purpose}:v1`, KEY_BYTES));
}

/**
 * HMAC-SHA256 (hex) of `kind:value`, e.g. hashPii(key, "3375014101900001", "nik").
 * The kind keeps a NIK and a phone number with the same digits apart. Pass the canonical form
 * (validateNik(...).nik, normalizePhone(...)): the hash is of the exact string.
 */
export function hashPii(key: Buffer, value: string, kind: PiiKind): string {
  return crypto.createHmac("sha256", subKey(key, "hash")).update(`${kind}:${value}`, "utf8").digest("hex");
}

/** AES-256-GCM with a random 12-byte IV: "v1.<iv>.<tag>.<ciphertext>" (base64url parts). */
export function encryptPii(key: Buffer, plaintext: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", subKey(key, "encrypt"), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [TOKEN_VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

function decodePart(part: string, bytes?: number): Buffer {
  if (!B64URL.test(part)) throw new Error("Invalid PII token");
  const buf = Buffer.from(part, "base64url");
  // Node ignores stray bits and characters: accept only the canonical encoding.
  if (buf.toString("base64url") !== part) throw new Error("Invalid PII token");
  if (bytes !== undefined && buf.length !== bytes) throw new Error("Invalid PII token");
  return buf;
}

/** Reverses encryptPii. Throws on a malformed, truncated or tampered token, or the wrong key. */
export function decryptPii(key: Buffer, token: string): string {
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== TOKEN_VERSION) throw new Error("Invalid PII token");
  const iv = decodePart(parts[1] ?? "", IV_BYTES);
  const tag = decodePart(parts[2] ?? "", TAG_BYTES);
  const ciphertext = decodePart(parts[3] ?? "");
  const decipher = crypto.createDecipheriv("aes-256-gcm", subKey(key, "encrypt"), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(AAD);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("Invalid PII token");
  }
}

const PHONE_SEPARATORS = /[\s.\-()\u2010-\u2015]/g;
const MOBILE = /^08[0-9]{8,11}$/;

/**
 * An Indonesian mobile number in the "08xxxxxxxxxx" form (10-13 digits), or null.
 * Accepts +62 / 62 / 0 prefixes (also "+62 (0)812..."), a bare "812..." as typed after a "+62"
 * label, and spaces, dots, dashes and parentheses between digits.
 */
export function normalizePhone(input: string): string | null {
  let s = input.replace(PHONE_SEPARATORS, "");
  if (s.startsWith("+62") || s.startsWith("62")) {
    s = s.slice(s.startsWith("+") ? 3 : 2);
    if (s.startsWith("0")) s = s.slice(1); // "+62 (0)812..."
  } else if (s.startsWith("0")) {
    s = s.slice(1);
  }
  const phone = `0${s}`;
  return MOBILE.test(phone) ? phone : null;
}

/** "081234567890" -> "0812****7890". Anything that is not a valid mobile number is masked completely. */
export function maskPhone(phone: string): string {
  const p = normalizePhone(phone);
  if (p === null) return "********";
  return `${p.slice(0, 4)}${"*".repeat(p.length - 8)}${p.slice(-4)}`;
}
