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
});
