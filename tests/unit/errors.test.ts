import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS, prismaCode, toAppError, uniqueViolationFields } from "@/lib/errors";

describe("AppError mapping", () => {
  it("maps codes to HTTP statuses", () => {
    expect(new AppError("VALIDATION").status).toBe(422);
    expect(new AppError("SLOT_FULL").status).toBe(409);
    expect(new AppError("RATE_LIMITED").status).toBe(429);
    expect(new AppError("OUT_OF_AREA").status).toBe(403);
    expect(ERROR_STATUS.DB_UNAVAILABLE).toBe(503);
  });

  it("reads unique-violation fields from driver-adapter errors (meta.target is undefined there)", () => {
    const adapterError = {
      code: "P2002",
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint: { fields: ["\"code\""] } } } },
    };
    expect(prismaCode(adapterError)).toBe("P2002");
    expect(uniqueViolationFields(adapterError)).toEqual(["code"]);
    expect(uniqueViolationFields({ code: "P2002", meta: { target: ["slug"] } })).toEqual(["slug"]);
    expect(uniqueViolationFields({ code: "P2025" })).toBeUndefined();
  });

  it("turns Prisma errors into app errors by code, never by message", () => {
    expect(toAppError({ code: "P2002", message: "anything" }).code).toBe("CONFLICT");
    expect(toAppError({ code: "P2025" }).code).toBe("NOT_FOUND");
    expect(toAppError({ code: "P1001" }).code).toBe("DB_UNAVAILABLE");
    expect(toAppError(new Error("Unique constraint failed")).code).toBe("INTERNAL");
    const own = new AppError("FORBIDDEN");
    expect(toAppError(own)).toBe(own);
  });
});
