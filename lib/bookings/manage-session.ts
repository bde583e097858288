import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { decryptPii, encryptPii } from "@/lib/pii";
import type { BookingProof } from "./types";

// After a citizen proves a booking is theirs (code + NIK or phone), the proof is kept for
// 15 minutes in an encrypted HTTP-only cookie so that the manage pages need not ask again.

const COOKIE = "mpp_booking_manage";
const MAX_AGE = 15 * 60;
const schema = z.object({ code: z.string(), proof: z.union([z.object({ nik: z.string() }), z.object({ phone: z.string() })]) });

export async function rememberProof(code: string, proof: BookingProof): Promise<void> {
  (await cookies()).set(COOKIE, encryptPii(env().piiKey, JSON.stringify({ code, proof })), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().publicUrl.startsWith("https:"),
    path: "/",
    maxAge: MAX_AGE,
  });
}

export async function proofFor(code: string): Promise<BookingProof | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(decryptPii(env().piiKey, raw)));
    return parsed.success && parsed.data.code === code ? parsed.data.proof : null;
  } catch {
    return null;
  }
}

/** "3375..." (16 digits after removing separators) is a NIK; anything else is a phone number. */
export function proofFromInput(input: string): BookingProof {
  const digits = input.replace(/[\s.-]/g, "");
  return /^\d{16}$/.test(digits) ? { nik: digits } : { phone: input.trim() };
}
