// Pure parts of the database rate limiter (lib/rate-limit.ts): windows and keys. The counting
// itself runs against real databases in tests/integration/booking*.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateLimitKey, secondsUntil, windowOf } from "@/lib/rate-limit";

const secret = Buffer.alloc(32, 7);

describe("rate-limit windows", () => {
  it("aligns a one-day window to WIB midnight (17:00 UTC)", () => {
    const { start, end } = windowOf(new Date("2026-12-14T03:00:00Z"), 86_400); // 10.00 WIB
    expect(start.toISOString()).toBe("2026-12-13T17:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-14T17:00:00.000Z");
    // 23.59 WIB is still the same day; 00.00 WIB is the next window.
    expect(windowOf(new Date("2026-12-14T16:59:59Z"), 86_400).start).toEqual(start);
    expect(windowOf(new Date("2026-12-14T17:00:00Z"), 86_400).start).toEqual(end);
  });

  it("cuts ten-minute windows on the clock", () => {
    const { start, end } = windowOf(new Date("2026-12-14T03:07:31Z"), 600);
    expect(start.toISOString()).toBe("2026-12-14T03:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-14T03:10:00.000Z");
    expect(secondsUntil(new Date("2026-12-14T03:07:31Z"), end)).toBe(149);
  });

  it("always contains `now`, has the window's length and a Retry-After of 1 s at least", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(1, 60, 600, 3600, 86_400),
        (ms, size) => {
          const now = new Date(ms);
          const { start, end } = windowOf(now, size);
          expect(start.getTime()).toBeLessThanOrEqual(ms);
          expect(end.getTime()).toBeGreaterThan(ms);
          expect(end.getTime() - start.getTime()).toBe(size * 1000);
          const retry = secondsUntil(now, end);
          expect(retry).toBeGreaterThanOrEqual(1);
          expect(retry).toBeLessThanOrEqual(size);
        },
      ),
    );
  });

  it("refuses windows that are not a positive whole number of seconds", () => {
    expect(() => windowOf(new Date(), 0)).toThrow(RangeError);
    expect(() => windowOf(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe("rate-limit keys", () => {
  it("never contain the value in clear and differ per scope, value and secret", () => {
    const nik = "3375010101900001";
    const key = rateLimitKey("booking.create:nik", nik, secret);
    expect(key).toMatch(/^booking\.create:nik:[0-9a-f]{32}$/);
    expect(key).not.toContain(nik);
    expect(rateLimitKey("booking.create:nik", nik, secret)).toBe(key);
    expect(rateLimitKey("booking.manage:code", nik, secret)).not.toBe(key.replace("booking.create:nik", "booking.manage:code"));
    expect(rateLimitKey("booking.create:nik", "3375010101900002", secret)).not.toBe(key);
    expect(rateLimitKey("booking.create:nik", nik, Buffer.alloc(32, 8))).not.toBe(key);
  });

  it("keeps scope and value apart (no ambiguity when concatenated)", () => {
    expect(rateLimitKey("a:b", "c", secret).slice(-32)).not.toBe(rateLimitKey("a", "b:c", secret).slice(-32));
  });
});
