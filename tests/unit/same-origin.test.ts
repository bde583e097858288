import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/http/same-origin";

const base = { host: "mpp.example:3000", secFetchSite: null } as const;

describe("cross-site refusal", () => {
  it("lets safe methods through from anywhere", () => {
    expect(isSameOriginRequest({ ...base, method: "GET", origin: "https://evil.example" })).toBe(true);
    expect(isSameOriginRequest({ ...base, method: "HEAD", origin: null })).toBe(true);
  });

  it("accepts a POST from the same origin", () => {
    expect(isSameOriginRequest({ ...base, method: "POST", origin: "http://mpp.example:3000" })).toBe(true);
  });

  it("refuses a POST from a foreign origin", () => {
    expect(isSameOriginRequest({ ...base, method: "POST", origin: "https://evil.example" })).toBe(false);
    expect(isSameOriginRequest({ ...base, method: "DELETE", origin: "http://mpp.example:4000" })).toBe(false);
  });

  it("refuses a state-changing request without an Origin", () => {
    expect(isSameOriginRequest({ ...base, method: "POST", origin: null })).toBe(false);
  });

  it("refuses when the browser says the request is cross-site", () => {
    expect(
      isSameOriginRequest({ ...base, method: "POST", origin: "http://mpp.example:3000", secFetchSite: "cross-site" }),
    ).toBe(false);
  });

  it("refuses a malformed Origin", () => {
    expect(isSameOriginRequest({ ...base, method: "POST", origin: "null" })).toBe(false);
  });

  describe("non-browser API clients (kiosks, integrations)", () => {
    const api = { ...base, pathname: "/api/v1/bookings" } as const;

    it("allows a state-changing API request with no Origin and no Cookie", () => {
      expect(isSameOriginRequest({ ...api, method: "POST", origin: null, hasCookie: false })).toBe(true);
      expect(
        isSameOriginRequest({ ...api, method: "DELETE", origin: null, hasCookie: false, pathname: "/api/v1/bookings/K7M4-PX9Q" }),
      ).toBe(true);
    });

    it("refuses it when a Cookie is sent (a browser), or when the cookie state is unknown", () => {
      expect(isSameOriginRequest({ ...api, method: "POST", origin: null, hasCookie: true })).toBe(false);
      expect(isSameOriginRequest({ ...api, method: "POST", origin: null })).toBe(false);
    });

    it("still refuses a foreign Origin, a cross-site fetch and an empty or \"null\" Origin on the API", () => {
      expect(isSameOriginRequest({ ...api, method: "POST", origin: "https://evil.example", hasCookie: false })).toBe(false);
      expect(isSameOriginRequest({ ...api, method: "POST", origin: null, hasCookie: false, secFetchSite: "cross-site" })).toBe(false);
      expect(isSameOriginRequest({ ...api, method: "POST", origin: "null", hasCookie: false })).toBe(false);
      expect(isSameOriginRequest({ ...api, method: "POST", origin: "", hasCookie: false })).toBe(false);
    });

    it("keeps the exception to /api/v1/ (pages and server actions need an Origin)", () => {
      for (const pathname of ["/pesan/ktp-el-baru", "/api/health", "/api/v1", "/x/api/v1/bookings"]) {
        expect(isSameOriginRequest({ ...base, pathname, method: "POST", origin: null, hasCookie: false }), pathname).toBe(false);
      }
    });

    it("accepts a same-origin browser request to the API as before", () => {
      expect(isSameOriginRequest({ ...api, method: "POST", origin: "http://mpp.example:3000", hasCookie: true })).toBe(true);
    });
  });
});
