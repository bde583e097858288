// The public application-tracking API contract (GET /api/v1/applications/{code}): the response
// schema (zod: route handler type, OpenAPI document, tests) and the OpenAPI module that
// lib/api/openapi.ts adds to API_MODULES. Imports only types from lib/api/openapi.ts.
import { z } from "zod";
import type { ApiModule, JsonObject } from "@/lib/api/openapi";
import { bilingual, type Bilingual } from "@/lib/api/respond";
import { APPLICATION_STATUSES } from "./transitions";

/** The per-IP limit of public look-ups (./service enforces it as TRACKING_RATE_LIMIT). */
export const TRACKING_LIMIT_TEXT = { limit: 60, minutes: 10 } as const;

const WibDateTime = z.iso
  .datetime({ offset: true })
  .meta({ description: "Instant in ISO 8601 with the WIB offset (+07:00).", examples: ["2026-12-23T10:15:00+07:00"] });
const Day = z.iso.date().meta({ description: "Calendar day in WIB (Asia/Jakarta).", examples: ["2026-12-28"] });
const Status = z.enum(APPLICATION_STATUSES).meta({
  description:
    "DITERIMA: received; VERIFIKASI_BERKAS: documents being checked; PERLU_PERBAIKAN: the applicant must complete or " +
    "correct documents; DIPROSES: in process; SELESAI: completed (final); DITOLAK: rejected, with a reason (final).",
});
export const ApplicationCode = z
  .string()
  .regex(/^P-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
  .meta({ description: "Application code: P and 8 characters (no 0/O/1/I/L, last one a check character).", examples: ["P-K7M4-PX9Q"] });

export const ApplicationStatusViewSchema = z
  .object({
    code: ApplicationCode,
    status: Status,
    applicantInitials: z.string().meta({ description: "Initials of the applicant only, e.g. \"B. S.\".", examples: ["B. S."] }),
    service: z.object({
      slug: z.string(),
      name: z.string(),
      nameEn: z.string(),
      durationText: z.string().meta({ description: "Jangka waktu as published, e.g. \"3 hari kerja\"." }),
      durationDays: z.int().min(0).meta({ description: "Working days from the day after receipt to the due day." }),
    }),
    counter: z.object({ number: z.int().min(1), floor: z.int(), name: z.string(), agencyName: z.string() }),
    receivedDay: Day.meta({ examples: ["2026-12-23"] }),
    dueDay: Day.meta({ description: "Expected completion: working days skip weekends, national holidays, cuti bersama and closures." }),
    overdue: z.boolean().meta({ description: "Still open after its due day." }),
    completedAt: WibDateTime.nullable().meta({ description: "When it became SELESAI or DITOLAK." }),
    rejectionReason: z.string().nullable().meta({ description: "Only when DITOLAK." }),
    timeline: z
      .array(z.object({ status: Status, at: WibDateTime, note: z.string().nullable().meta({ description: "The officer's note for the applicant." }) }))
      .meta({ description: "Every status the application has had, oldest first." }),
  })
  .meta({ description: "The public status of an application. No personal data (NIK, phone number, name, address) beyond initials." });

export const ApplicationStatusResponseSchema = z.object({ data: ApplicationStatusViewSchema });
export type ApiApplicationStatus = z.output<typeof ApplicationStatusViewSchema>;

const text = (key: string): Bilingual => bilingual(key) ?? { id: key, en: key };
const errorResponse = (description: string, example: JsonObject): JsonObject => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
});
const noStore = { "Cache-Control": { description: "no-store", schema: { type: "string" } } };

export const applicationModule: ApiModule = {
  tags: [
    {
      name: "applications",
      description:
        "Follow an application (permohonan) handed in at a counter, by its code. The answer has no personal data: " +
        "only the applicant's initials, the status timeline, the service, the gerai and the expected completion day.",
    },
  ],
  schemas: {
    ApplicationStatusView: ApplicationStatusViewSchema,
    ApplicationStatusResponse: ApplicationStatusResponseSchema,
  },
  paths: {
    "/api/v1/applications/{code}": {
      get: {
        operationId: "getApplicationStatus",
        tags: ["applications"],
        summary: "The status and timeline of an application.",
        description:
          `Never cached: the status changes while the application is processed. Rate limit: ${TRACKING_LIMIT_TEXT.limit} ` +
          `look-ups per IP address per ${TRACKING_LIMIT_TEXT.minutes} minutes.`,
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            description: "The application code; case, spaces and dashes are ignored, the leading P may be left out.",
            schema: { type: "string", maxLength: 40 },
            example: "P-K7M4-PX9Q",
          },
        ],
        responses: {
          "200": {
            description: "The application's public status.",
            headers: noStore,
            content: { "application/json": { schema: { $ref: "#/components/schemas/ApplicationStatusResponse" } } },
          },
          "400": errorResponse("Malformed code (wrong length, a character codes never contain, or a wrong check character).", {
            error: { code: "BAD_REQUEST", message: text("errors.BAD_REQUEST"), fieldErrors: { code: [text("tracking.codeErrors.CHECK")] } },
          }),
          "404": errorResponse("No application with this code.", { error: { code: "NOT_FOUND", message: text("errors.NOT_FOUND") } }),
          "429": { $ref: "#/components/responses/RateLimited" },
          default: { $ref: "#/components/responses/ServerError" },
        },
      },
    },
  },
};
