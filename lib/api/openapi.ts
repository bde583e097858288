// The public API contract: response schemas (zod, the single source for the route handlers'
// types, the OpenAPI document and the tests) and the OpenAPI 3.1 document served at
// /api/v1/openapi.json.
//
// Adding endpoints (bookings, applications, stats): write an ApiModule (its paths, and zod
// schemas to publish under components.schemas) next to the domain, and add it to API_MODULES
// below; buildOpenApiDocument() refuses duplicate paths and schema names.
import { z } from "zod";
import { applicationModule } from "@/lib/applications/api";
import { bookingModule } from "@/lib/bookings/api";
import { statsModule } from "@/lib/stats/api";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { bilingual, SLUG_MAX_LENGTH, SLUG_PATTERN, type Bilingual } from "./respond";

// ---------------------------------------------------------------------------------------------
// Request limits (validated by the route handlers, documented below)
// ---------------------------------------------------------------------------------------------

export const SERVICES_QUERY = {
  qMaxLength: 100,
  limitMin: 1,
  /** The whole catalogue fits in one page. */
  limitMax: 130,
  limitDefault: 20,
} as const;

/** Where the portal shows a service / a counter (paths; the locale comes from a cookie). */
export const serviceUrl = (slug: string) => `/layanan/${slug}`;
export const counterUrl = (number: number) => `/gerai/${number}`;

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** Opening hours as the API shows them: minutes after midnight WIB -> "HH:MM". */
export function apiHours(rows: readonly { weekday: number; openMinute: number; closeMinute: number }[]) {
  return rows.map((h) => ({ weekday: h.weekday, open: clock(h.openMinute), close: clock(h.closeMinute) }));
}

// ---------------------------------------------------------------------------------------------
// Response schemas
// ---------------------------------------------------------------------------------------------

const Slug = z.string().regex(new RegExp(SLUG_PATTERN)).max(SLUG_MAX_LENGTH);
const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: "Time of day in WIB (UTC+7), HH:MM.", examples: ["08:00"] });
const Day = z.iso.date().meta({ description: "Calendar day in WIB (Asia/Jakarta).", examples: ["2026-12-01"] });
const Path = z
  .string()
  .regex(/^\/[^/]/)
  .meta({ description: "Path of the portal page on this origin (its language follows the NEXT_LOCALE cookie)." });

export const BilingualSchema = z
  .object({ id: z.string(), en: z.string() })
  .meta({ description: "A text in Bahasa Indonesia and English." });

export const OpeningHoursSchema = z
  .object({
    weekday: z.int().min(1).max(7).meta({ description: "ISO weekday: 1 = Monday ... 7 = Sunday." }),
    open: Clock,
    close: Clock.meta({ examples: ["15:30"] }),
  })
  .meta({ description: "One opening period of a weekday (a day may have more than one)." });

export const TodayStatusSchema = z
  .object({
    day: Day,
    open: z.boolean().meta({ description: "Whether the counter opens at all on this day." }),
    closure: z
      .string()
      .nullable()
      .meta({ description: "Name of the holiday or closure when closed for one, else null." }),
  })
  .meta({ description: "Today's status (WIB day)." });

export const AgencySchema = z
  .object({
    slug: Slug.meta({ examples: ["disdukcapil"] }),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(["OPD", "VERTICAL", "BUMN", "BUMD", "BANK"]).meta({
      description: "OPD: city agency; VERTICAL: national agency; BUMN/BUMD: state/regional enterprise; BANK.",
    }),
  })
  .meta({ description: "The agency (instansi) that runs a counter and its services." });

export const CounterSchema = z
  .object({
    number: z.int().min(1).meta({ description: "Counter (gerai) number, as signposted in the MPP." }),
    floor: z.int(),
    name: z.string(),
    url: Path.meta({ examples: ["/gerai/1"] }),
    agency: AgencySchema,
    hours: z.array(OpeningHoursSchema),
    today: TodayStatusSchema,
    services: z.array(
      z.object({ slug: Slug, name: z.string(), nameEn: z.string(), url: Path.meta({ examples: ["/layanan/ktp-el-baru"] }) }),
    ),
  })
  .meta({ description: "A counter (gerai) with its weekly hours, today's status and services." });

export const CostSchema = z
  .object({
    amount: z.int().min(0).meta({ description: "Fixed fee in rupiah (0 when free or variable)." }),
    text: z
      .string()
      .nullable()
      .meta({ description: "Explanation of the cost (Indonesian), e.g. a variable tariff; null when none." }),
    free: z.boolean().meta({ description: "True when the amount is 0 and no cost text applies." }),
  })
  .meta({ description: "Cost of the service (biaya/tarif)." });

export const ServiceSummarySchema = z
  .object({
    slug: Slug.meta({ examples: ["ktp-el-baru"] }),
    name: z.string(),
    nameEn: z.string(),
    summary: z.string(),
    category: z.object({ slug: Slug, name: z.string(), nameEn: z.string() }),
    agency: z.object({ slug: Slug, name: z.string(), shortName: z.string() }),
    counterNumber: z.int().min(1),
    cost: CostSchema,
    durationText: z.string().meta({ description: "Service time as published (Indonesian)." }),
    onlineBooking: z.boolean().meta({ description: "Whether a visit can be booked online." }),
    url: Path.meta({ examples: ["/layanan/ktp-el-baru"] }),
  })
  .meta({ description: "A service in lists and search results." });

export const ServiceDetailSchema = ServiceSummarySchema.extend({
  agency: AgencySchema.extend({ address: z.string() }),
  cost: CostSchema.extend({ legalBasis: z.string().meta({ description: "Legal basis of the cost (dasar hukum tarif)." }) }),
  durationDays: z.int().min(0).meta({ description: "Working days until the product is issued (0: same day)." }),
  averageServiceMinutes: z.int().min(0).meta({ description: "Average minutes at the counter." }),
  product: z.string().meta({ description: "What the citizen receives (produk layanan)." }),
  legalBasis: z.string().meta({ description: "Legal basis of the service (dasar hukum)." }),
  complaintChannel: z.string().meta({ description: "Where to complain (pengaduan)." }),
  requirements: z.array(
    z.object({
      position: z.int().min(0).meta({ description: "Order of the requirement (ascending)." }),
      text: z.string(),
      note: z.string().nullable(),
      optional: z.boolean(),
    }),
  ),
  steps: z.array(z.string()).meta({ description: "Procedure (alur), in order." }),
  counter: z.object({
    number: z.int().min(1),
    floor: z.int(),
    name: z.string(),
    url: Path,
    hours: z.array(OpeningHoursSchema),
    today: TodayStatusSchema,
  }),
  areaRule: z
    .object({
      reason: z.string(),
      kecamatan: z.array(z.object({ code: z.string(), name: z.string() })),
      allowOutsideCity: z.boolean(),
      alternativeName: z.string(),
      alternativeAddress: z.string(),
      alternativePhone: z.string().nullable(),
    })
    .nullable()
    .meta({ description: "Who may use this service at the MPP (by kecamatan of residence), or null for everyone." }),
  updatedAt: z.iso.datetime({ offset: true }).meta({ examples: ["2026-12-01T08:30:00+07:00"] }),
}).meta({ description: "A service with its complete standar pelayanan." });

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: BilingualSchema,
      fieldErrors: z
        .record(z.string(), z.array(BilingualSchema))
        .optional()
        .meta({ description: "Per parameter or field: what is wrong with it (400 and 422)." }),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({
          description:
            "Only for some codes: OUT_OF_AREA (alternativeName, alternativeAddress, alternativePhone, reason) " +
            "and RATE_LIMITED (retryAfterSeconds).",
        }),
    }),
  })
  .meta({ description: "Every error. Never cached." });

export const CounterListSchema = z.object({ data: z.array(CounterSchema) });

export const ServiceListSchema = z.object({
  data: z.array(ServiceSummarySchema),
  meta: z.object({
    total: z.int().min(0).meta({ description: "Matching services before `limit`." }),
    query: z.object({
      q: z.string().nullable(),
      agency: Slug.nullable(),
      category: Slug.nullable(),
      limit: z.int(),
    }),
  }),
});

export const ServiceDetailResponseSchema = z.object({ data: ServiceDetailSchema });

export const HealthReportSchema = z.object({
  status: z.enum(["ok", "error"]),
  database: z.object({
    status: z.enum(["up", "down"]),
    provider: z.enum(["sqlite", "postgresql"]),
    latencyMs: z.int().min(0).optional(),
  }),
  time: z.iso.datetime(),
});

export type ApiCounter = z.output<typeof CounterSchema>;
export type ApiOpeningHours = z.output<typeof OpeningHoursSchema>;
export type ApiTodayStatus = z.output<typeof TodayStatusSchema>;
export type ApiServiceSummary = z.output<typeof ServiceSummarySchema>;
export type ApiServiceDetail = z.output<typeof ServiceDetailSchema>;
export type ApiServiceListMeta = z.output<typeof ServiceListSchema>["meta"];

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

export type JsonObject = { [key: string]: unknown };

export interface ApiModule {
  tags?: { name: string; description?: string }[];
  /** OpenAPI path items by path ("/api/v1/services/{slug}"). */
  paths: Record<string, JsonObject>;
  /** Published as components.schemas.<name>; reference them with schemaRef(name). */
  schemas?: Record<string, z.ZodType>;
  /** Published as components.responses.<name>; reference them with responseRef(name). */
  responses?: Record<string, JsonObject>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description?: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, JsonObject>;
  components: { schemas: Record<string, JsonObject>; responses: Record<string, JsonObject> };
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** A JSON response whose body is components.schemas.<schema>. */
export function jsonResponse(description: string, schema: string, headers?: JsonObject): JsonObject {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { "application/json": { schema: schemaRef(schema) } },
  };
}

function errorResponse(description: string, example: JsonObject): JsonObject {
  return { description, content: { "application/json": { schema: schemaRef("Error"), example } } };
}

const cacheHeaders = {
  "Cache-Control": {
    description: "public, max-age=60, stale-while-revalidate=300",
    schema: { type: "string" },
  },
};

const slugParameter = (name: string, description: string, inPath: boolean): JsonObject => ({
  name,
  in: inPath ? "path" : "query",
  required: inPath,
  description,
  schema: { type: "string", pattern: SLUG_PATTERN, maxLength: SLUG_MAX_LENGTH },
});

/** A message of messages/*.json for the examples (the same texts the API sends). */
const text = (key: string): Bilingual => bilingual(key) ?? { id: key, en: key };

/** Shared by every module: the error shape and its standard responses. */
const coreModule: ApiModule = {
  schemas: { Error: ErrorSchema, Bilingual: BilingualSchema },
  responses: {
    BadRequest: errorResponse("Invalid parameters (see fieldErrors).", {
      error: {
        code: "BAD_REQUEST",
        message: text("errors.BAD_REQUEST"),
        fieldErrors: { agency: [text("api.validation.unknownAgency")] },
      },
    }),
    NotFound: errorResponse("Not found.", { error: { code: "NOT_FOUND", message: text("errors.NOT_FOUND") } }),
    ServerError: errorResponse("Unexpected error (500) or database unavailable (503).", {
      error: { code: "DB_UNAVAILABLE", message: text("errors.DB_UNAVAILABLE") },
    }),
  },
  paths: {
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["meta"],
        summary: "This document (OpenAPI 3.1).",
        responses: {
          "200": { description: "The OpenAPI document.", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  },
  tags: [{ name: "meta", description: "About the API itself." }],
};

const healthModule: ApiModule = {
  tags: [{ name: "health", description: "Liveness and database status (monitoring)." }],
  schemas: { HealthReport: HealthReportSchema },
  paths: {
    "/api/health": {
      get: {
        operationId: "getHealth",
        tags: ["health"],
        summary: "Status of the portal and its database. Never cached.",
        responses: {
          "200": jsonResponse("The portal and its database are up.", "HealthReport"),
          "503": jsonResponse("The database is unreachable.", "HealthReport"),
        },
      },
    },
  },
};

const catalogueModule: ApiModule = {
  tags: [
    {
      name: "catalogue",
      description:
        "Counters (gerai) and services with their standar pelayanan. Public; cached for 60 s. " +
        "Texts are in Indonesian; names also have an English version (nameEn).",
    },
  ],
  schemas: {
    Agency: AgencySchema,
    OpeningHours: OpeningHoursSchema,
    TodayStatus: TodayStatusSchema,
    Cost: CostSchema,
    Counter: CounterSchema,
    ServiceSummary: ServiceSummarySchema,
    ServiceDetail: ServiceDetailSchema,
    CounterList: CounterListSchema,
    ServiceList: ServiceListSchema,
    ServiceDetailResponse: ServiceDetailResponseSchema,
  },
  paths: {
    "/api/v1/counters": {
      get: {
        operationId: "listCounters",
        tags: ["catalogue"],
        summary: "All active counters (gerai) with weekly hours, today's status (WIB) and services.",
        responses: {
          "200": jsonResponse("The counters, by number.", "CounterList", cacheHeaders),
          default: responseRef("ServerError"),
        },
      },
    },
    "/api/v1/services": {
      get: {
        operationId: "listServices",
        tags: ["catalogue"],
        summary: "Search or list services.",
        description:
          "With `q`: services ranked by relevance (typos, abbreviations and everyday words such as " +
          "\"bikin sim\" or \"akte lahir\" are understood). Without `q`: all services, by name. " +
          "`agency` and `category` filter both.",
        parameters: [
          {
            name: "q",
            in: "query",
            required: false,
            description: "Search text (Indonesian or English).",
            schema: { type: "string", maxLength: SERVICES_QUERY.qMaxLength },
            example: "skck",
          },
          slugParameter("agency", "Only services of this agency (slug, as in Counter.agency.slug).", false),
          slugParameter("category", "Only services of this category (slug, as in ServiceSummary.category.slug).", false),
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Maximum number of services returned.",
            schema: {
              type: "integer",
              minimum: SERVICES_QUERY.limitMin,
              maximum: SERVICES_QUERY.limitMax,
              default: SERVICES_QUERY.limitDefault,
            },
          },
        ],
        responses: {
          "200": jsonResponse("The services, best match (or name) first.", "ServiceList", cacheHeaders),
          "400": responseRef("BadRequest"),
          default: responseRef("ServerError"),
        },
      },
    },
    "/api/v1/services/{slug}": {
      get: {
        operationId: "getService",
        tags: ["catalogue"],
        summary: "One service with its complete standar pelayanan.",
        parameters: [slugParameter("slug", "The service's slug.", true)],
        responses: {
          "200": jsonResponse("The service.", "ServiceDetailResponse", cacheHeaders),
          "400": responseRef("BadRequest"),
          "404": responseRef("NotFound"),
          default: responseRef("ServerError"),
        },
      },
    },
  },
};

/** The modules of the served document, in order. Add new endpoint modules here. */
export const API_MODULES: readonly ApiModule[] = [coreModule, healthModule, catalogueModule, bookingModule, applicationModule, statsModule];

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Drops zod's noise: per-schema $schema/$id, safe-integer bounds, the regexes behind formats. */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value as JsonObject)) {
    if (k === "$schema" || k === "$id") continue;
    if ((k === "minimum" && v === -MAX_SAFE) || (k === "maximum" && v === MAX_SAFE)) continue;
    out[k] = tidy(v);
  }
  if (typeof out.format === "string" && ["date", "date-time"].includes(out.format)) delete out.pattern;
  return out;
}

function mergeInto<T>(target: Record<string, T>, source: Record<string, T> | undefined, what: string): void {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (key in target) throw new Error(`OpenAPI: duplicate ${what} "${key}"`);
    target[key] = value;
  }
}

/** The OpenAPI 3.1 document of `modules` (default: everything the portal serves). */
export function buildOpenApiDocument(modules: readonly ApiModule[] = API_MODULES): OpenApiDocument {
  const paths: Record<string, JsonObject> = {};
  const responses: Record<string, JsonObject> = {};
  const zodSchemas: Record<string, z.ZodType> = {};
  const tags: { name: string; description?: string }[] = [];
  for (const m of modules) {
    mergeInto(paths, m.paths, "path");
    mergeInto(responses, m.responses, "response");
    mergeInto(zodSchemas, m.schemas, "schema");
    for (const tag of m.tags ?? []) {
      if (tags.some((t) => t.name === tag.name)) throw new Error(`OpenAPI: duplicate tag "${tag.name}"`);
      tags.push(tag);
    }
  }

  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(zodSchemas)) registry.add(schema, { id });
  // "input" leaves additionalProperties open: clients must accept fields added later.
  const generated = z.toJSONSchema(registry, { io: "input", uri: (id) => `#/components/schemas/${id}` });
  const schemas = tidy(generated.schemas) as Record<string, JsonObject>;

  return {
    openapi: "3.1.0",
    info: {
      title: "mpp-portal API",
      version: "1",
      description: [
        "API publik Mal Pelayanan Publik (MPP): gerai, katalog layanan dan standar pelayanan, untuk anjungan " +
          "(kiosk), papan informasi dan integrasi nasional, serta pemesanan jadwal kunjungan dan pelacakan permohonan. Tanpa autentikasi. " +
          "Semua waktu dalam WIB (UTC+7). Kesalahan selalu berbentuk " +
          "`{ error: { code, message: { id, en }, fieldErrors?, details? } }`.",
        "Public API of the Mal Pelayanan Publik (MPP, public service mall): counters, service catalogue and " +
          "service standards, for kiosks, the display board and national integrations, booking a visit and tracking an application. No " +
          "authentication. All times are WIB (UTC+7). Errors always have the shape " +
          "`{ error: { code, message: { id, en }, fieldErrors?, details? } }`.",
      ].join("\n\n"),
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This portal" }],
    tags,
    paths,
    components: { schemas, responses },
  };
}
