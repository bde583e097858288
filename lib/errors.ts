// Typed application errors, mapped to HTTP status and message in one place (Documenso style).
// Prisma errors are matched by code, never by message text.

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OUT_OF_AREA: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** The service cannot be booked online (onlineBooking off, no capacity rule, gerai inactive). */
  NOT_BOOKABLE: 409,
  SLOT_FULL: 409,
  DUPLICATE_BOOKING: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DB_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: Record<string, unknown>;
  /**
   * A more specific user-facing message than "errors.<code>": a key of messages/<locale>.json
   * (e.g. "bookingErrors.dailyCap"), with values for its {placeholders}.
   */
  readonly messageKey?: string;
  readonly messageValues?: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    opts: {
      message?: string;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
      messageKey?: string;
      messageValues?: Record<string, string | number>;
      cause?: unknown;
    } = {},
  ) {
    super(opts.message ?? code, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fieldErrors = opts.fieldErrors;
    this.details = opts.details;
    this.messageKey = opts.messageKey;
    this.messageValues = opts.messageValues;
  }
}

/** Key of the user-facing message in messages/<locale>.json. */
export function errorMessageKey(code: ErrorCode): `errors.${ErrorCode}` {
  return `errors.${code}`;
}

type PrismaLikeError = {
  code?: unknown;
  meta?: {
    target?: unknown;
    driverAdapterError?: { cause?: { kind?: string; constraint?: { fields?: string[]; index?: string } } };
  };
};

/** Prisma known-request-error code (P2002, ...) or undefined. */
export function prismaCode(e: unknown): string | undefined {
  const code = (e as PrismaLikeError | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * Fields of a unique-constraint violation (P2002). With driver adapters `meta.target` is
 * undefined and the fields are in meta.driverAdapterError.cause.constraint (stack.md, 5).
 */
export function uniqueViolationFields(e: unknown): string[] | undefined {
  if (prismaCode(e) !== "P2002") return undefined;
  const meta = (e as PrismaLikeError).meta;
  if (Array.isArray(meta?.target)) return meta.target as string[];
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields;
  // PostgreSQL reports quoted identifiers ("activeKey"); SQLite bare ones.
  return Array.isArray(fields) ? fields.map((f) => f.replace(/^"(.*)"$/, "$1")) : [];
}

/** Turns a thrown value into an AppError (unknown errors become INTERNAL). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = prismaCode(e);
  if (code === "P2002") return new AppError("CONFLICT", { cause: e, details: { fields: uniqueViolationFields(e) } });
  if (code === "P2025") return new AppError("NOT_FOUND", { cause: e });
  if (code === "P1001" || code === "P1002" || code === "P1017") return new AppError("DB_UNAVAILABLE", { cause: e });
  return new AppError("INTERNAL", { cause: e });
}
