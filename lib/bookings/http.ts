// Request helpers of the booking API route handlers: the JSON body (type and size checked), the
// proof header and the Idempotency-Key header.
import { fieldMessage } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_RE, MAX_BODY_BYTES, PROOF_HEADER } from "./api";
import type { BookingProof, RequestContext } from "./types";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function badBody(messageKey: "bookingErrors.bodyNotJson" | "bookingErrors.bodyTooLarge", values?: Record<string, number>) {
  return new AppError("BAD_REQUEST", { message: messageKey, messageKey, messageValues: values });
}

/**
 * The request body as parsed JSON. BAD_REQUEST when it is not declared as JSON, is over
 * `maxBytes` (checked while reading, whatever Content-Length says), is not UTF-8 or not JSON.
 */
export async function readJsonBody(req: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  if (!JSON_TYPE.test(req.headers.get("content-type") ?? "")) throw badBody("bookingErrors.bodyNotJson");
  const tooLarge = () => badBody("bookingErrors.bodyTooLarge", { max: maxBytes });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!req.body) throw badBody("bookingErrors.bodyNotJson");

  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw badBody("bookingErrors.bodyNotJson");
  }
}

/** The proof header: 16 digits (separators removed) is a NIK, anything else a phone number. */
export function proofFromHeaders(headers: Headers): BookingProof {
  const raw = headers.get(PROOF_HEADER)?.trim() ?? "";
  if (!raw || raw.length > 40) {
    throw new AppError("BAD_REQUEST", {
      message: `Missing or malformed ${PROOF_HEADER}`,
      fieldErrors: { [PROOF_HEADER]: [fieldMessage(raw ? "invalid" : "required")] },
    });
  }
  const digits = raw.replace(/[\s.\-]/g, "");
  return /^\d{16}$/.test(digits) ? { nik: digits } : { phone: raw };
}

/** The Idempotency-Key header, or undefined; BAD_REQUEST when malformed. */
export function idempotencyKeyFrom(headers: Headers): RequestContext["idempotencyKey"] {
  const raw = headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return undefined;
  if (!IDEMPOTENCY_KEY_RE.test(raw)) {
    throw new AppError("BAD_REQUEST", {
      message: `Malformed ${IDEMPOTENCY_HEADER}`,
      fieldErrors: { [IDEMPOTENCY_HEADER]: [fieldMessage("invalid")] },
    });
  }
  return `api:${raw}`;
}
