// JSON responses of the public API (app/api/v1): one success shape, one error shape, one way to
// parse query strings and route params. Route handlers do parse (zod) -> requirePermission ->
// data function -> jsonOk, wrapped in withErrors so that any throw becomes jsonError.
//
// Errors: { error: { code, message: { id, en }, fieldErrors?: { field: [{ id, en }] }, details? } }
// with the AppError status (lib/errors.ts). Messages come from messages/<locale>.json:
// "errors.<CODE>" for the error (or the AppError's own messageKey), "api.validation.<key>" or
// "bookingErrors.<key>" for field errors. `details` is sent only for the codes in PUBLIC_DETAILS
// (e.g. the alternative office of OUT_OF_AREA). Stack traces, causes and developer messages never
// leave the server.
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { crossSiteResponse, isSameOriginRequest, originCheckInput, SAFE_METHODS } from "@/lib/http/same-origin";
import { AppError, errorMessageKey, toAppError, type ErrorCode } from "@/lib/errors";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

export type Bilingual = { id: string; en: string };

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: Bilingual;
    fieldErrors?: Record<string, Bilingual[]>;
    details?: Record<string, unknown>;
  };
}

/** Error codes whose AppError.details are meant for the client (everything else stays inside). */
export const PUBLIC_DETAILS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["OUT_OF_AREA", "RATE_LIMITED"]);

/** Keys of api.validation.* in messages/*.json (tests check that both catalogues have each). */
export const VALIDATION_KEYS = [
  "invalid",
  "required",
  "repeated",
  "tooLong",
  "tooShort",
  "tooBig",
  "tooSmall",
  "notInteger",
  "notNumber",
  "invalidSlug",
  "unknownAgency",
  "unknownCategory",
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** Lower-case words joined by single hyphens ("ktp-el-baru"), at most 100 characters. */
export const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
export const SLUG_MAX_LENGTH = 100;
const SLUG_RE = new RegExp(SLUG_PATTERN);

/** A slug parameter: malformed -> api.validation.invalidSlug, and later checks (refinements) do not run. */
export const slugSchema = z
  .string()
  .max(SLUG_MAX_LENGTH, { error: "invalidSlug", abort: true })
  .regex(SLUG_RE, { error: "invalidSlug", abort: true });

/** Cache-Control of successful public catalogue responses (browsers, kiosks and CDNs). */
export const CATALOGUE_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
/** Cache-Control of everything else: errors and anything personal are never stored. */
export const NO_STORE = "no-store";

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

type Tree = { [key: string]: string | Tree };
const catalogues: Record<keyof Bilingual, Tree> = { id: id as unknown as Tree, en: en as unknown as Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The message under `key` ("errors.NOT_FOUND", "api.validation.tooLong") in both languages. */
export function bilingual(key: string, values: Record<string, string | number> = {}): Bilingual | undefined {
  const idText = lookup(catalogues.id, key);
  const enText = lookup(catalogues.en, key);
  if (idText === undefined || enText === undefined) return undefined;
  return { id: interpolate(idText, values), en: interpolate(enText, values) };
}

/**
 * A field error as AppError carries it (a string): "api.validation.<key>" or that plus a JSON
 * object of values, e.g. `api.validation.tooLong{"max":100}`. Other strings pass through as is.
 */
export function fieldMessage(key: ValidationKey, values?: Record<string, string | number>): string {
  return `api.validation.${key}${values ? JSON.stringify(values) : ""}`;
}

/** Message namespaces a field error may name (see fieldMessage). */
const FIELD_MESSAGE_RE = /^((?:api\.validation|bookingErrors|applications\.errors|tracking\.codeErrors|stats\.errors)\.\w+)(\{.*\})?$/;

export function resolveFieldMessage(message: string): Bilingual {
  const m = FIELD_MESSAGE_RE.exec(message);
  if (m?.[1]) {
    let values: Record<string, string | number> = {};
    try {
      if (m[2]) values = JSON.parse(m[2]) as Record<string, string | number>;
    } catch {
      values = {};
    }
    const text = bilingual(m[1], values);
    if (text) return text;
  }
  // A plain message from code that does not use the catalogue: the same text in both languages.
  return { id: message, en: message };
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export interface JsonOkInit extends ResponseInit {
  /** Added next to `data` (e.g. { total }). */
  meta?: Record<string, unknown>;
  /** "catalogue": public data, cacheable for 60 s; "no-store" (default): never cached. */
  cache?: "catalogue" | "no-store";
}

/** 200 (or init.status) with `{ data, meta? }`. */
export function jsonOk<T>(data: T, init: JsonOkInit = {}): Response {
  const { meta, cache = "no-store", headers: given, ...rest } = init;
  const headers = new Headers(given);
  if (!headers.has("Cache-Control")) {
    headers.set("Cache-Control", cache === "catalogue" ? CATALOGUE_CACHE_CONTROL : NO_STORE);
  }
  return Response.json(meta ? { data, meta } : { data }, { ...rest, headers });
}

/** Any thrown value as the API error body, with its AppError status; never cached. */
export function jsonError(e: unknown): Response {
  const err = toAppError(e);
  if (err.status >= 500) console.error(`[api] ${err.code}`, err.cause ?? err);
  const message = (err.messageKey ? bilingual(err.messageKey, err.messageValues) : undefined) ??
    bilingual(errorMessageKey(err.code)) ?? { id: err.code, en: err.code };
  const body: ApiErrorBody = { error: { code: err.code, message } };
  if (err.fieldErrors && Object.keys(err.fieldErrors).length > 0) {
    body.error.fieldErrors = Object.fromEntries(
      Object.entries(err.fieldErrors).map(([field, messages]) => [field, messages.map(resolveFieldMessage)]),
    );
  }
  if (err.details && PUBLIC_DETAILS.has(err.code)) body.error.details = err.details;
  const headers = new Headers({ "Cache-Control": NO_STORE });
  const retryAfter = err.code === "RATE_LIMITED" ? Number(err.details?.retryAfterSeconds) : NaN;
  if (Number.isFinite(retryAfter) && retryAfter > 0) headers.set("Retry-After", String(Math.ceil(retryAfter)));
  return Response.json(body, { status: err.status, headers });
}

/**
 * Wraps a route handler so that anything it throws becomes jsonError, except Next's own
 * control-flow errors (dynamic-usage bail-outs while prerendering, redirect, notFound), which
 * Next must see.
 */
export function withErrors<C = unknown>(
  handler: (req: Request, ctx: C) => Response | Promise<Response>,
): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    // proxy.ts only runs for requests with an Origin, a body or a Next-Action header: a bodiless
    // DELETE without Origin (e.g. riding on a cookie) is checked here.
    // Safe methods first: reading the headers of a GET would make a static route dynamic.
    if (!SAFE_METHODS.has(req.method) && !isSameOriginRequest(originCheckInput(req.method, req.url, req.headers))) {
      return crossSiteResponse();
    }
    try {
      return await handler(req, ctx);
    } catch (e) {
      unstable_rethrow(e);
      return jsonError(e);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** A zod issue as a field message (see fieldMessage). Schemas may set `error: "<ValidationKey>"`. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if ((VALIDATION_KEYS as readonly string[]).includes(issue.message)) {
    return fieldMessage(issue.message as ValidationKey);
  }
  // A message key of another namespace set by the schema (e.g. "bookingErrors.nikFormat").
  if (FIELD_MESSAGE_RE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string"
        ? fieldMessage("tooLong", { max: Number(issue.maximum) })
        : fieldMessage("tooBig", { max: Number(issue.maximum) });
    case "too_small":
      return issue.origin === "string"
        ? fieldMessage("tooShort", { min: Number(issue.minimum) })
        : fieldMessage("tooSmall", { min: Number(issue.minimum) });
    case "invalid_type":
      if (issue.expected === "int") return fieldMessage("notInteger");
      if (issue.expected === "number") return fieldMessage("notNumber");
      return fieldMessage(issue.input === undefined ? "required" : "invalid");
    default:
      return fieldMessage("invalid");
  }
}

/** zod issues as AppError field errors: { "field.path": ["api.validation.required", ...] }. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "_";
    const message = issueMessage(issue);
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** Validates `input` with `schema`; throws AppError BAD_REQUEST (400) with field errors. */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(input, { reportInput: true });
  if (result.success) return result.data;
  throw new AppError("BAD_REQUEST", { fieldErrors: fieldErrorsOf(result.error.issues) });
}

/**
 * Parses a query string with `schema` (an object schema of string fields; use z.coerce for
 * numbers). Empty values count as absent (as an HTML form sends them); a parameter given twice
 * is an error. Async refinements (e.g. "is this a known agency") are allowed.
 */
export async function parseQuery<S extends z.ZodType>(schema: S, searchParams: URLSearchParams): Promise<z.output<S>> {
  const input: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  for (const [key, value] of searchParams) {
    if (value.trim() === "") continue;
    if (key in input) repeated[key] = [fieldMessage("repeated")];
    else input[key] = value;
  }
  if (Object.keys(repeated).length > 0) {
    const rest = await schema.safeParseAsync(input, { reportInput: true });
    const fieldErrors = rest.success ? {} : fieldErrorsOf(rest.error.issues);
    throw new AppError("BAD_REQUEST", { fieldErrors: { ...fieldErrors, ...repeated } });
  }
  return parseInput(schema, input);
}

/** Parses Next's route params (a Promise since Next 15). */
export async function parseParams<S extends z.ZodType>(
  schema: S,
  params: Promise<Record<string, string | string[] | undefined>> | Record<string, string | string[] | undefined>,
): Promise<z.output<S>> {
  return parseInput(schema, await params);
}
