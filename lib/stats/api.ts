// The stats API contract (app/api/v1/stats/daily): response schema (zod, used by the route
// handler, the OpenAPI document and the tests) and the OpenAPI module that lib/api/openapi.ts
// adds to API_MODULES. Imports only types from lib/api/openapi.ts: no import cycle at run time.
import { z } from "zod";
import type { ApiModule, JsonObject } from "@/lib/api/openapi";
import { bilingual, type Bilingual } from "@/lib/api/respond";
import { MAX_PERIOD_DAYS } from "./period";
import type { DailyStats } from "./queries";

const Day = z.iso.date().meta({ description: "Calendar day in WIB (Asia/Jakarta).", examples: ["2026-11-02"] });

export const DailyStatsSchema = z
  .object({
    from: Day,
    to: Day.meta({ examples: ["2026-11-30"] }),
    counter: z
      .object({ number: z.int().min(1), name: z.string() })
      .nullable()
      .meta({ description: "The gerai asked for with `counter`, or null for the whole MPP." }),
    days: z
      .array(
        z.object({
          day: Day,
          booking: z.int().min(0).meta({ description: "Arrivals with a booking (check-ins)." }),
          walkIn: z.int().min(0).meta({ description: "Walk-in arrivals." }),
          total: z.int().min(0),
        }),
      )
      .meta({ description: "Every day of the period, zeros included, in order." }),
    totals: z.object({ booking: z.int().min(0), walkIn: z.int().min(0), total: z.int().min(0) }),
    serviceDays: z.int().min(0).meta({
      description: "Days of the period up to today on which the MPP (or the gerai) was open, plus any other day with arrivals.",
    }),
    averagePerDay: z.number().nullable().meta({ description: "totals.total / serviceDays (null without service days)." }),
  })
  .meta({
    description:
      "Visitors (arrivals: checked-in bookings and walk-ins) per WIB day. A visitor transferred to another gerai " +
      "is one arrival, at the gerai where they arrived.",
  });

export const DailyStatsResponseSchema = z.object({ data: DailyStatsSchema });
export type ApiDailyStats = z.output<typeof DailyStatsSchema>;

export function toApiDailyStats(s: DailyStats): ApiDailyStats {
  return {
    from: s.from,
    to: s.to,
    counter: s.counter,
    days: s.days,
    totals: s.totals,
    serviceDays: s.serviceDays,
    averagePerDay: s.averagePerDay === null ? null : Math.round(s.averagePerDay * 100) / 100,
  };
}

// ---------------------------------------------------------------------------------------------
// OpenAPI
// ---------------------------------------------------------------------------------------------

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const text = (key: string, values?: Record<string, string | number>): Bilingual => bilingual(key, values) ?? { id: key, en: key };
const errorExample = (description: string, example: JsonObject): JsonObject => ({
  description,
  content: { "application/json": { schema: ref("Error"), example } },
});

export const statsModule: ApiModule = {
  tags: [
    {
      name: "stats",
      description:
        "Visitor statistics for officials (OFFICIAL and ADMIN staff). Requires a staff session (the portal's " +
        "sign-in cookie); never cached. Days are WIB calendar days.",
    },
  ],
  schemas: { DailyStats: DailyStatsSchema, DailyStatsResponse: DailyStatsResponseSchema },
  responses: {
    Unauthenticated: errorExample("No staff session: sign in first.", {
      error: { code: "UNAUTHENTICATED", message: text("errors.UNAUTHENTICATED") },
    }),
    Forbidden: errorExample("Signed in, but the role may not read statistics.", {
      error: { code: "FORBIDDEN", message: text("errors.FORBIDDEN") },
    }),
  },
  paths: {
    "/api/v1/stats/daily": {
      get: {
        operationId: "getDailyStats",
        tags: ["stats"],
        summary: "Visitors per day (booked and walk-in) for a period, MPP-wide or for one gerai.",
        description:
          `Default period: the last 30 days up to today (WIB). Give both from and to, at most ${MAX_PERIOD_DAYS} days. ` +
          "Roles: OFFICIAL, ADMIN.",
        parameters: [
          { name: "from", in: "query", required: false, description: "First day (WIB), YYYY-MM-DD.", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", required: false, description: "Last day (WIB), YYYY-MM-DD, inclusive.", schema: { type: "string", format: "date" } },
          { name: "counter", in: "query", required: false, description: "Gerai number (only that gerai's arrivals).", schema: { type: "integer", minimum: 1 } },
        ],
        responses: {
          "200": {
            description: "The daily figures.",
            headers: { "Cache-Control": { description: "no-store", schema: { type: "string" } } },
            content: { "application/json": { schema: ref("DailyStatsResponse") } },
          },
          "400": errorExample("Bad days, a reversed or too long period, or a bad gerai number.", {
            error: {
              code: "BAD_REQUEST",
              message: text("errors.BAD_REQUEST"),
              fieldErrors: { to: [text("stats.errors.reversed")] },
            },
          }),
          "401": responseRef("Unauthenticated"),
          "403": responseRef("Forbidden"),
          "404": responseRef("NotFound"),
          default: responseRef("ServerError"),
        },
      },
    },
  },
};
