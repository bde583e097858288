import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { decryptPii, encryptPii } from "@/lib/pii";

// The booking form's answers between steps (no JavaScript needed, nothing lost on an error):
// kept in an encrypted, HTTP-only cookie scoped to /pesan, never in the URL or the database
// until the citizen confirms. Expires after 30 minutes.

const COOKIE = "mpp_booking_draft";
const MAX_AGE = 30 * 60;

const draftSchema = z.object({
  id: z.string(),
  serviceSlug: z.string(),
  slotStart: z.string().optional(),
  nik: z.string().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  domicile: z.string().optional(),
  /** Field errors (message keys) and a form-level error from the last submit (flash). */
  errors: z.record(z.string(), z.string()).optional(),
  formError: z.string().optional(),
  formErrorValues: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Alternative office when the service-area rule refused the domicile. */
  outOfArea: z
    .object({ name: z.string(), address: z.string(), phone: z.string().nullable(), kecamatan: z.string() })
    .optional(),
});

export type Draft = z.infer<typeof draftSchema>;

function secure(): boolean {
  return env().publicUrl.startsWith("https:");
}

/** The draft for this service, or a new empty one. */
export async function readDraft(serviceSlug: string): Promise<Draft> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (raw) {
    try {
      const parsed = draftSchema.safeParse(JSON.parse(decryptPii(env().piiKey, raw)));
      if (parsed.success && parsed.data.serviceSlug === serviceSlug) return parsed.data;
    } catch {
      // tampered or from an old key: start again
    }
  }
  return { id: crypto.randomUUID(), serviceSlug };
}

export async function writeDraft(draft: Draft): Promise<void> {
  (await cookies()).set(COOKIE, encryptPii(env().piiKey, JSON.stringify(draft)), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: MAX_AGE,
  });
}

export async function clearDraft(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

/** Domicile field value: a kelurahan code or "luar-kota". */
export const OUTSIDE_CITY = "luar-kota";
