// The booking API contract (app/api/v1/bookings, app/api/v1/services/{slug}/availability):
// response schemas (zod, used by the route handlers' types, the OpenAPI document and the tests)
// and the OpenAPI module that lib/api/openapi.ts adds to API_MODULES.
//
// This file imports only types from lib/api/openapi.ts (which imports it): no import cycle at
// run time.
import { z } from "zod";
import type { ApiModule, JsonObject } from "@/lib/api/openapi";
import { bilingual, SLUG_MAX_LENGTH, SLUG_PATTERN, type Bilingual } from "@/lib/api/respond";
import { BOOKING_RATE_LIMITS, MAX_AVAILABILITY_DAYS } from "./limits";
import { BOOKING_POLICY, type BookingView, type ServiceAvailability } from "./types";
import { EMAIL_MAX, NAME_MAX, NAME_MIN } from "./validation";

/** Largest accepted request body (bytes). */
export const MAX_BODY_BYTES = 4096;
/** Idempotency-Key: 1-255 visible ASCII characters (e.g. a UUID). */
export const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,255}$/;
export const PROOF_HEADER = "X-Booking-Proof";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

// ---------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------

const WibDateTime = z.iso
  .datetime({ offset: true })
  .meta({ description: "Instant in ISO 8601 with the WIB offset (+07:00).", examples: ["2026-12-15T08:30:00+07:00"] });
const Day = z.iso.date().meta({ description: "Calendar day in WIB (Asia/Jakarta).", examples: ["2026-12-15"] });
const BookingCode = z
  .string()
  .regex(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
  .meta({ description: "Booking code (8 characters, no 0/O/1/I/L, last one a check character).", examples: ["K7M4-PX9Q"] });

export const AvailabilitySlotSchema = z
  .object({
    start: WibDateTime,
    end: WibDateTime.meta({ examples: ["2026-12-15T09:00:00+07:00"] }),
    capacity: z.int().min(0).meta({ description: "Places offered online in this slot (walk-in share removed)." }),
    remaining: z.int().min(0).meta({ description: "Places left (at most capacity)." }),
  })
  .meta({ description: "A bookable time slot." });

export const AvailabilityDaySchema = z
  .object({
    day: Day,
    weekday: z.int().min(1).max(7).meta({ description: "ISO weekday: 1 = Monday ... 7 = Sunday." }),
    status: z.enum(["OPEN", "FULL", "CLOSED", "HOLIDAY", "OUTSIDE_WINDOW"]).meta({
      description:
        "OPEN: places left; FULL: every slot taken; CLOSED: the counter does not open that weekday; " +
        "HOLIDAY: a holiday or closure (closureName); OUTSIDE_WINDOW: not bookable yet / any more.",
    }),
    closureName: z.string().optional().meta({ description: "Name of the holiday or closure (HOLIDAY only)." }),
    slots: z.array(AvailabilitySlotSchema).meta({ description: "Slots of OPEN and FULL days; empty otherwise." }),
  })
  .meta({ description: "Availability of one day." });

export const ServiceAvailabilitySchema = z
  .object({
    service: z.object({
      slug: z.string(),
      name: z.string(),
      nameEn: z.string(),
      onlineBooking: z.boolean(),
      counterNumber: z.int().min(1),
    }),
    from: Day,
    to: Day,
    days: z.array(AvailabilityDaySchema),
    nextAvailableDay: Day.nullable().meta({ description: "First OPEN day in the range, or null." }),
  })
  .meta({ description: "Day-by-day availability of a service." });

export const ServiceAvailabilityResponseSchema = z.object({ data: ServiceAvailabilitySchema });

export const BookingRequestSchema = z
  .object({
    serviceSlug: z.string().regex(new RegExp(SLUG_PATTERN)).max(SLUG_MAX_LENGTH).meta({ examples: ["ktp-el-baru"] }),
    slotStart: WibDateTime.meta({ description: "Start of a slot listed by the availability endpoint." }),
    nik: z.string().meta({ description: "NIK, 16 digits (spaces and dots allowed).", examples: ["3375010101900001"] }),
    name: z.string().min(NAME_MIN).max(NAME_MAX).meta({ description: "Name as on the KTP (letters, spaces, ' . , -)." }),
    phone: z.string().meta({ description: "Indonesian mobile number (08..., +62...).", examples: ["081234567890"] }),
    email: z.string().max(EMAIL_MAX).optional().meta({ description: "Optional e-mail address." }),
    kelurahanCode: z
      .string()
      .optional()
      .meta({ description: "Kelurahan of domicile (Kemendagri code). Give this or outsideCity.", examples: ["33.75.01.1003"] }),
    outsideCity: z.literal(true).optional().meta({ description: "Domicile outside Kota Pekalongan (instead of kelurahanCode)." }),
    consent: z.literal(true).meta({ description: "Consent to the processing of personal data (UU 27/2022)." }),
  })
  .meta({ description: "A booking request (JSON, at most 4 KB)." });

export const RescheduleRequestSchema = z
  .object({ slotStart: WibDateTime.meta({ description: "Start of the new slot (same service)." }) })
  .meta({ description: "Move a booking to another slot." });

export const BookingViewSchema = z
  .object({
    code: BookingCode,
    status: z.enum(["BOOKED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW"]),
    service: z.object({
      slug: z.string(),
      name: z.string(),
      nameEn: z.string(),
      requirements: z.array(z.string()).meta({ description: "What to bring (persyaratan), in order." }),
    }),
    counter: z.object({ number: z.int().min(1), floor: z.int(), name: z.string(), agencyName: z.string() }),
    start: WibDateTime,
    end: WibDateTime,
    dayWib: Day,
    name: z.string(),
    nikMasked: z.string().meta({ examples: ["3375********0001"] }),
    phoneMasked: z.string().meta({ examples: ["0812****7890"] }),
    email: z.string().nullable(),
    kelurahan: z.object({ code: z.string(), name: z.string(), kecamatanName: z.string() }).nullable(),
    outsideCity: z.boolean(),
    createdAt: WibDateTime,
    changeable: z.boolean().meta({ description: "Whether it can still be cancelled or moved (BOOKED and before its start)." }),
  })
  .meta({ description: "A booking as its booker sees it (NIK and phone number masked)." });

export const BookingResponseSchema = z.object({ data: BookingViewSchema });

export type ApiServiceAvailability = z.output<typeof ServiceAvailabilitySchema>;

/** The availability as the API sends it (no Date objects, times with +07:00). */
export function toApiAvailability(a: ServiceAvailability): ApiServiceAvailability {
  return {
    service: a.service,
    from: a.from,
    to: a.to,
    days: a.availability.days.map((d) => ({
      day: d.day,
      weekday: d.weekday,
      status: d.status,
      ...(d.closureName !== undefined ? { closureName: d.closureName } : {}),
      slots: d.slots.map((s) => ({ start: s.start, end: s.end, capacity: s.capacity, remaining: s.remaining })),
    })),
    nextAvailableDay: a.availability.nextAvailableDay,
  };
}

/** BookingView is already plain JSON; this pins it to the published schema's type. */
export function toApiBooking(b: BookingView): z.output<typeof BookingViewSchema> {
  return b;
}

// ---------------------------------------------------------------------------------------------
// OpenAPI
// ---------------------------------------------------------------------------------------------

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const text = (key: string, values?: Record<string, string | number>): Bilingual =>
  bilingual(key, values) ?? { id: key, en: key };
const json = (description: string, schema: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ref(schema) } },
});
const errorResponse = (description: string, ...examples: [string, JsonObject][]): JsonObject => ({
  description,
  content: {
    "application/json": {
      schema: ref("Error"),
      ...(examples.length === 1
        ? { example: examples[0]![1] }
        : { examples: Object.fromEntries(examples.map(([name, value]) => [name, { value }])) }),
    },
  },
});
const noStore = { "Cache-Control": { description: "no-store", schema: { type: "string" } } };

const codeParameter: JsonObject = {
  name: "code",
  in: "path",
  required: true,
  description: "The booking code (case, spaces and dashes are ignored).",
  schema: { type: "string", maxLength: 40 },
  example: "K7M4-PX9Q",
};
const proofParameter: JsonObject = {
  name: PROOF_HEADER,
  in: "header",
  required: true,
  description:
    "Proof that the caller is the booker: the NIK (16 digits) or the mobile number given when booking. " +
    "A header, never a URL parameter (URLs end up in logs).",
  schema: { type: "string", maxLength: 40 },
};

const manageLimits =
  `Rate limits (shared by look-up, cancel and reschedule): ${BOOKING_RATE_LIMITS.managePerIp.limit} requests per IP address ` +
  `and ${BOOKING_RATE_LIMITS.managePerCode.limit} per booking code per 10 minutes. An unknown code and a wrong proof ` +
  "both answer 404.";

const retryAfter = {
  "Retry-After": { description: "Seconds until the limit resets.", schema: { type: "integer", minimum: 1 } },
};

const rateLimited = {
  error: { code: "RATE_LIMITED", message: text("errors.RATE_LIMITED"), details: { retryAfterSeconds: 540 } },
};
const notFound = { error: { code: "NOT_FOUND", message: text("errors.NOT_FOUND") } };
const tooLate = { error: { code: "CONFLICT", message: text("bookingErrors.tooLate") } };
const notActive = { error: { code: "CONFLICT", message: text("bookingErrors.notActive") } };
const slotFull = { error: { code: "SLOT_FULL", message: text("errors.SLOT_FULL") } };
const slotValidation = {
  error: {
    code: "VALIDATION",
    message: text("errors.VALIDATION"),
    fieldErrors: { slotStart: [text("bookingErrors.slotHoliday", { name: "Kelahiran Yesus Kristus (Natal)" })] },
  },
};
const proofMissing = {
  error: { code: "BAD_REQUEST", message: text("errors.BAD_REQUEST"), fieldErrors: { [PROOF_HEADER]: [text("api.validation.required")] } },
};

export const bookingModule: ApiModule = {
  tags: [
    {
      name: "booking",
      description:
        "Book a visit to a counter (gerai), look it up, cancel or move it. Times are WIB (UTC+7). " +
        "Clients without a browser (kiosks, integrations) send no Origin and no Cookie; browsers must " +
        "call from the portal's own origin. Personal data (NIK, phone number) is never in a URL and is " +
        "always returned masked.",
    },
  ],
  schemas: {
    AvailabilitySlot: AvailabilitySlotSchema,
    AvailabilityDay: AvailabilityDaySchema,
    ServiceAvailability: ServiceAvailabilitySchema,
    ServiceAvailabilityResponse: ServiceAvailabilityResponseSchema,
    BookingRequest: BookingRequestSchema,
    RescheduleRequest: RescheduleRequestSchema,
    BookingView: BookingViewSchema,
    BookingResponse: BookingResponseSchema,
  },
  responses: {
    RateLimited: {
      ...errorResponse("Too many requests; try again after Retry-After seconds.", ["rateLimited", rateLimited]),
      headers: retryAfter,
    },
  },
  paths: {
    "/api/v1/services/{slug}/availability": {
      get: {
        operationId: "getServiceAvailability",
        tags: ["booking"],
        summary: "Bookable days and slots of a service, with the places left.",
        description:
          `Default range: the booking window (from tomorrow to ${BOOKING_POLICY.maxDaysAhead} days ahead). ` +
          `At most ${MAX_AVAILABILITY_DAYS} days per request. Not cached.`,
        parameters: [
          {
            name: "slug",
            in: "path",
            required: true,
            description: "The service's slug.",
            schema: { type: "string", pattern: SLUG_PATTERN, maxLength: SLUG_MAX_LENGTH },
          },
          { name: "from", in: "query", required: false, description: "First day (WIB), YYYY-MM-DD.", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", required: false, description: "Last day (WIB), YYYY-MM-DD, inclusive.", schema: { type: "string", format: "date" } },
        ],
        responses: {
          "200": json("The availability.", "ServiceAvailabilityResponse", noStore),
          "400": errorResponse("Bad dates, a reversed range or more than 31 days.", [
            "tooLong",
            {
              error: {
                code: "BAD_REQUEST",
                message: text("errors.BAD_REQUEST"),
                fieldErrors: { to: [text("bookingErrors.dateRangeTooLong", { max: MAX_AVAILABILITY_DAYS })] },
              },
            },
          ]),
          "404": responseRef("NotFound"),
          "409": errorResponse("The service cannot be booked online.", [
            "notBookable",
            { error: { code: "NOT_BOOKABLE", message: text("errors.NOT_BOOKABLE") } },
          ]),
          default: responseRef("ServerError"),
        },
      },
    },
    "/api/v1/bookings": {
      post: {
        operationId: "createBooking",
        tags: ["booking"],
        summary: "Book a visit.",
        description:
          "Send `Idempotency-Key` (e.g. a UUID) so that a retried request returns the same booking (200) instead " +
          `of failing as a duplicate. Limits: ${BOOKING_RATE_LIMITS.createPerNik.limit} attempts per NIK per day, ` +
          `${BOOKING_RATE_LIMITS.createPerIp.limit} per IP address per 10 minutes; one active booking per NIK, service ` +
          `and day; at most ${BOOKING_POLICY.maxActivePerNikPerDay} active bookings per NIK per day.`,
        parameters: [
          {
            name: IDEMPOTENCY_HEADER,
            in: "header",
            required: false,
            description: "Makes retries safe: the same key (with the same NIK and service) returns the first booking.",
            schema: { type: "string", minLength: 1, maxLength: 255 },
          },
        ],
        requestBody: { required: true, content: { "application/json": { schema: ref("BookingRequest") } } },
        responses: {
          "201": json("Booked.", "BookingResponse", {
            ...noStore,
            Location: { description: "/api/v1/bookings/{code}", schema: { type: "string" } },
          }),
          "200": json("The same Idempotency-Key was used before: the booking it created.", "BookingResponse", noStore),
          "400": errorResponse("The body is not JSON, is over 4 KB, or Idempotency-Key is malformed.", [
            "notJson",
            { error: { code: "BAD_REQUEST", message: text("bookingErrors.bodyNotJson") } },
          ]),
          "403": errorResponse("The service is not offered at the MPP to residents of this area: go to the alternative office.", [
            "outOfArea",
            {
              error: {
                code: "OUT_OF_AREA",
                message: text("errors.OUT_OF_AREA"),
                details: {
                  alternativeName: "Dinas Kesehatan Kota Pekalongan",
                  alternativeAddress: "Jl. Mataram No. 1, Kota Pekalongan, Jawa Tengah",
                  alternativePhone: null,
                  reason:
                    "Gerai JKN Dinas Kesehatan di MPP melayani warga Kecamatan Pekalongan Selatan dan Pekalongan Barat. Warga Kecamatan Pekalongan Utara dan Pekalongan Timur dilayani di kantor Dinas Kesehatan Kota Pekalongan.",
                },
              },
            },
          ]),
          "404": responseRef("NotFound"),
          "409": errorResponse(
            "Slot full, an active booking for this NIK, service and day exists, the daily limit is reached, or the service cannot be booked online.",
            ["slotFull", slotFull],
            ["duplicate", { error: { code: "DUPLICATE_BOOKING", message: text("errors.DUPLICATE_BOOKING") } }],
            [
              "dailyCap",
              { error: { code: "CONFLICT", message: text("bookingErrors.dailyCap", { max: BOOKING_POLICY.maxActivePerNikPerDay }) } },
            ],
          ),
          "422": errorResponse(
            "Invalid fields (messages in Indonesian and English), or the slot is not bookable.",
            [
              "fields",
              {
                error: {
                  code: "VALIDATION",
                  message: text("errors.VALIDATION"),
                  fieldErrors: { nik: [text("bookingErrors.nikFormat")], consent: [text("bookingErrors.consentRequired")] },
                },
              },
            ],
            ["slot", slotValidation],
          ),
          "429": responseRef("RateLimited"),
          default: responseRef("ServerError"),
        },
      },
    },
    "/api/v1/bookings/{code}": {
      get: {
        operationId: "getBooking",
        tags: ["booking"],
        summary: "A booking, for its booker.",
        description: manageLimits,
        parameters: [codeParameter, proofParameter],
        responses: {
          "200": json("The booking.", "BookingResponse", noStore),
          "400": errorResponse("The proof header is missing.", ["proofMissing", proofMissing]),
          "404": errorResponse("Unknown code or wrong proof.", ["notFound", notFound]),
          "429": responseRef("RateLimited"),
          default: responseRef("ServerError"),
        },
      },
      delete: {
        operationId: "cancelBooking",
        tags: ["booking"],
        summary: "Cancel a booking (before its start); its place is freed at once.",
        description: manageLimits,
        parameters: [codeParameter, proofParameter],
        responses: {
          "200": json("The cancelled booking.", "BookingResponse", noStore),
          "400": errorResponse("The proof header is missing.", ["proofMissing", proofMissing]),
          "404": errorResponse("Unknown code or wrong proof.", ["notFound", notFound]),
          "409": errorResponse("Too late (the slot has started) or not active any more.", ["tooLate", tooLate], ["notActive", notActive]),
          "429": responseRef("RateLimited"),
          default: responseRef("ServerError"),
        },
      },
    },
    "/api/v1/bookings/{code}/reschedule": {
      post: {
        operationId: "rescheduleBooking",
        tags: ["booking"],
        summary: "Move a booking to another slot of the same service.",
        description:
          "The new place is taken before the old one is freed, in one transaction: when the new slot is full nothing " +
          `changes. Moving to the current slot changes nothing. ${manageLimits}`,
        parameters: [codeParameter, proofParameter],
        requestBody: { required: true, content: { "application/json": { schema: ref("RescheduleRequest") } } },
        responses: {
          "200": json("The moved booking.", "BookingResponse", noStore),
          "400": errorResponse("The body is not JSON or the proof header is missing.", ["proofMissing", proofMissing]),
          "404": errorResponse("Unknown code or wrong proof.", ["notFound", notFound]),
          "409": errorResponse(
            "The new slot is full, the booking can no longer be changed, or the NIK already has a booking for this service that day.",
            ["slotFull", slotFull],
            ["tooLate", tooLate],
          ),
          "422": errorResponse("The new slot is not bookable.", ["slot", slotValidation]),
          "429": responseRef("RateLimited"),
          default: responseRef("ServerError"),
        },
      },
    },
  },
};
