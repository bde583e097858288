// Validation of a booking request (BookingInput), shared by the data layer and the API. Field
// errors are message keys of messages/<locale>.json ("bookingErrors.nikFormat",
// "api.validation.tooLong{...}"), turned into { id, en } texts by lib/api/respond.ts.
import { z } from "zod";
import { fieldErrorsOf, slugSchema } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { normalizePhone } from "@/lib/pii";
import { dayWib } from "@/lib/time";
import { validateNik, type NikFailure } from "./nik";

/** Field error keys of the booking namespace (messages/*.json "bookingErrors.<key>"). */
export const BOOKING_FIELD_KEYS = [
  "nikFormat",
  "nikArea",
  "nikBirthDate",
  "nameInvalid",
  "phoneInvalid",
  "emailInvalid",
  "kelurahanUnknown",
  "domicileRequired",
  "domicileBoth",
  "consentRequired",
  "slotStartInvalid",
  "slotNotASlot",
  "slotHoliday",
  "slotClosed",
  "slotOutsideWindow",
  "dateRangeReversed",
  "dateRangeTooLong",
] as const;
export type BookingFieldKey = (typeof BOOKING_FIELD_KEYS)[number];

/** "bookingErrors.<key>" plus its {placeholder} values, as AppError field errors carry them. */
export function bookingFieldMessage(key: BookingFieldKey, values?: Record<string, string | number>): string {
  return `bookingErrors.${key}${values ? JSON.stringify(values) : ""}`;
}

const NIK_MESSAGE: Record<NikFailure, BookingFieldKey> = {
  FORMAT: "nikFormat",
  AREA: "nikArea",
  BIRTH_DATE: "nikBirthDate",
};

export const NAME_MIN = 2;
export const NAME_MAX = 100;
/**
 * Letters (any script, with their accents), spaces, apostrophes, dots and hyphens, starting with
 * a letter; commas too, for degrees written after a name ("Siti Aminah, S.Pd.").
 */
const NAME_RE = /^\p{L}[\p{L}\p{M}\s'’.,\-]*$/u;
/** Kemendagri kelurahan code, e.g. "33.75.01.1003". */
const KELURAHAN_RE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
export const EMAIL_MAX = 254;

const msg = (key: BookingFieldKey) => ({ error: bookingFieldMessage(key) });

/** The booking request schema; `today` decides which birth dates are possible. */
export function makeBookingInputSchema(today: () => Date = () => new Date()) {
  return z
    .object({
      serviceSlug: slugSchema,
      slotStart: z.iso.datetime({ offset: true, ...msg("slotStartInvalid") }),
      nik: z
        .string()
        .max(40)
        .transform((value, ctx) => {
          const r = validateNik(value, today());
          if (r.ok) return r.nik;
          ctx.addIssue({ code: "custom", message: bookingFieldMessage(NIK_MESSAGE[r.reason]) });
          return z.NEVER;
        }),
      name: z
        .string()
        .transform((v) => v.trim().replace(/\s+/g, " "))
        .pipe(z.string().min(NAME_MIN).max(NAME_MAX).regex(NAME_RE, msg("nameInvalid"))),
      phone: z
        .string()
        .max(40)
        .transform((value, ctx) => {
          const p = normalizePhone(value);
          if (p) return p;
          ctx.addIssue({ code: "custom", message: bookingFieldMessage("phoneInvalid") });
          return z.NEVER;
        }),
      email: z
        .string()
        .trim()
        .max(EMAIL_MAX)
        .transform((v) => (v === "" ? undefined : v.toLowerCase()))
        .pipe(z.email(msg("emailInvalid")).optional())
        .optional(),
      kelurahanCode: z.string().regex(KELURAHAN_RE, msg("kelurahanUnknown")).optional(),
      outsideCity: z.boolean().optional(),
      consent: z.literal(true, msg("consentRequired")),
    })
    .superRefine((v, ctx) => {
      if (v.kelurahanCode && v.outsideCity) {
        ctx.addIssue({ code: "custom", path: ["kelurahanCode"], message: bookingFieldMessage("domicileBoth") });
      } else if (!v.kelurahanCode && !v.outsideCity) {
        ctx.addIssue({ code: "custom", path: ["kelurahanCode"], message: bookingFieldMessage("domicileRequired") });
      }
    });
}

/** The booking request schema (today = the real date). Output: NIK as 16 digits, phone as 08..., trimmed name. */
export const bookingInputSchema = makeBookingInputSchema();

export type ParsedBookingInput = z.output<typeof bookingInputSchema>;

/** Schemas by WIB day of `now` (building one costs more than parsing with it). */
const schemaByDay = new Map<string, typeof bookingInputSchema>();

function schemaFor(now: Date): typeof bookingInputSchema {
  const day = dayWib(now);
  let schema = schemaByDay.get(day);
  if (!schema) {
    if (schemaByDay.size >= 4) schemaByDay.clear();
    schema = makeBookingInputSchema(() => now);
    schemaByDay.set(day, schema);
  }
  return schema;
}

/** Validates a booking request; throws AppError VALIDATION (422) with field errors. */
export function parseBookingInput(input: unknown, now: Date = new Date()): ParsedBookingInput {
  const result = schemaFor(now).safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new AppError("VALIDATION", { fieldErrors: fieldErrorsOf(result.error.issues) });
}
