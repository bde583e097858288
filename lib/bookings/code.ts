// Human-friendly codes for bookings ("K7M4-PX9Q") and applications ("P-K7M4-PX9Q").
//
// - Alphabet: 31 characters, digits 2-9 and A-Z without I, L, O (0, 1, I, L and O are the ones
//   people confuse when reading a code aloud, from a screen or a printed slip).
// - 7 random characters + 1 check character = 31^7 (about 2.75e10) codes per kind.
// - Check: sum over the 8 characters of (position 1..8) x (value) + a per-kind offset must be
//   0 mod 31. As 31 is prime and the weights 1..8 are distinct and non-zero mod 31, every
//   single-character substitution and every transposition of two characters (adjacent or not)
//   changes the sum, so it is caught. The offset makes a booking code never valid as an
//   application code and vice versa.
// - Canonical (stored and shown) form: upper case with the dashes, "XXXX-XXXX" / "P-XXXX-XXXX".
// - Confusable characters are NOT mapped to a guess: 0/O could be D or Q, 1/I/L could be 7, J or
//   T, and a guess could turn a typo into someone else's code. Input containing them is refused
//   with reason "CHARACTER" so the page can say that codes never contain 0, O, 1, I or L.
import crypto from "node:crypto";

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const BASE = CODE_ALPHABET.length; // 31, prime
const BODY_LENGTH = 8;
const APPLICATION_PREFIX = "P";
/** Largest multiple of 31 that fits in a byte: bytes at or above it are rejected (no modulo bias). */
const BYTE_LIMIT = Math.floor(256 / BASE) * BASE; // 248
const INVERSE_OF_LAST_WEIGHT = 4; // 8 * 4 = 32 = 1 (mod 31)

export type RandomBytes = (size: number) => Uint8Array;
export type CodeProblem = "LENGTH" | "CHARACTER" | "CHECK";
export type CodeResult = { ok: true; code: string } | { ok: false; reason: CodeProblem };

type Kind = "booking" | "application";

function offsetOf(kind: Kind): number {
  // As if the prefix "P" were a ninth character with weight 9: 9 x 20 = 180 = 25 (mod 31).
  return kind === "application" ? (9 * CODE_ALPHABET.indexOf(APPLICATION_PREFIX)) % BASE : 0;
}

function valueOf(char: string): number {
  return CODE_ALPHABET.indexOf(char);
}

function weightedSum(chars: string, kind: Kind): number {
  let sum = offsetOf(kind);
  for (let i = 0; i < chars.length; i++) sum += (i + 1) * valueOf(chars[i] ?? "");
  return sum % BASE;
}

/** The check character for 7 body characters. */
function checkCharacter(first7: string, kind: Kind): string {
  const value = (((BASE - weightedSum(first7, kind)) % BASE) * INVERSE_OF_LAST_WEIGHT) % BASE;
  return CODE_ALPHABET[value] ?? "";
}

function randomCharacters(count: number, random: RandomBytes): string {
  let out = "";
  for (let round = 0; out.length < count; round++) {
    if (round > 100) throw new Error("The random source does not produce usable bytes");
    for (const byte of random(count * 2)) {
      if (byte >= BYTE_LIMIT) continue;
      out += CODE_ALPHABET[byte % BASE];
      if (out.length === count) break;
    }
  }
  return out;
}

function format(body: string, kind: Kind): string {
  const shown = `${body.slice(0, 4)}-${body.slice(4)}`;
  return kind === "application" ? `${APPLICATION_PREFIX}-${shown}` : shown;
}

function generate(kind: Kind, random: RandomBytes): string {
  const first7 = randomCharacters(BODY_LENGTH - 1, random);
  return format(first7 + checkCharacter(first7, kind), kind);
}

/** Upper case without spaces, dashes, dots or underscores. */
function clean(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_\u2010-\u2015]/g, "");
}

function parse(body: string, kind: Kind): CodeResult {
  if (body.length !== BODY_LENGTH) return { ok: false, reason: "LENGTH" };
  for (const c of body) if (valueOf(c) < 0) return { ok: false, reason: "CHARACTER" };
  if (weightedSum(body, kind) !== 0) return { ok: false, reason: "CHECK" };
  return { ok: true, code: format(body, kind) };
}

/** A new booking code, e.g. "K7M4-PX9Q". */
export function generateBookingCode(random: RandomBytes = crypto.randomBytes): string {
  return generate("booking", random);
}

/** A new application code, e.g. "P-K7M4-PX9Q". */
export function generateApplicationCode(random: RandomBytes = crypto.randomBytes): string {
  return generate("application", random);
}

/** Validates a typed booking code ("k7m4 px9q") and returns the canonical form, or why not. */
export function parseBookingCode(input: string): CodeResult {
  return parse(clean(input), "booking");
}

/** Validates a typed application code, with or without the "P" prefix ("p-k7m4-px9q", "K7M4PX9Q"). */
export function parseApplicationCode(input: string): CodeResult {
  const c = clean(input);
  const body = c.length === BODY_LENGTH + 1 && c.startsWith(APPLICATION_PREFIX) ? c.slice(1) : c;
  return parse(body, "application");
}

/**
 * The canonical form "XXXX-XXXX" of a typed booking code (case, spaces and dashes ignored), or
 * null when it is not 8 characters of the alphabet. Does not verify the check character: use
 * isValidBookingCode / parseBookingCode for that.
 */
export function normalizeBookingCode(input: string): string | null {
  const body = clean(input);
  if (body.length !== BODY_LENGTH) return null;
  for (const c of body) if (valueOf(c) < 0) return null;
  return format(body, "booking");
}

/** True when the code (in any typed form) is a well-formed booking code with a correct check character. */
export function isValidBookingCode(code: string): boolean {
  return parseBookingCode(code).ok;
}

/** True when the code (in any typed form) is a well-formed application code with a correct check character. */
export function isValidApplicationCode(code: string): boolean {
  return parseApplicationCode(code).ok;
}
