import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { localeRewrites, PAGE_PATH_SOURCE } from "@/lib/http/locale-routing";
import { originCheckInput, isSameOriginRequest } from "@/lib/http/same-origin";

// The rewrite source is matched by Next's own path matcher (the one its router uses).
const matchPage = getPathMatch(PAGE_PATH_SOURCE, { removeUnnamedParams: true, strict: true });

describe("locale rewrites (next.config.ts)", () => {
  it("localises page paths", () => {
    expect(matchPage("/layanan/ktp-el-baru")).toEqual({ path: "layanan/ktp-el-baru" });
    expect(matchPage("/staf/masuk")).toEqual({ path: "staf/masuk" });
    expect(matchPage("/identitas")).toEqual({ path: "identitas" }); // starts like "id", is not "/id/"
  });

  it("leaves localised paths, the API, Next's files and files with an extension alone", () => {
    for (const p of ["/id/layanan/x", "/en", "/en/gerai", "/api/v1/services", "/api", "/_next/static/x.js", "/robots.txt", "/icon.svg", "/sitemap.xml"]) {
      expect(matchPage(p), p).toBe(false);
    }
  });

  it("sends the English cookie to /en and everyone else to /id", () => {
    const rules = localeRewrites();
    expect(rules.map((r) => [r.source === "/" ? "/" : "page", r.destination, r.has?.[0]?.value ?? null])).toEqual([
      ["/", "/en", "en"],
      ["page", "/en/:path", "en"],
      ["/", "/id", null],
      ["page", "/id/:path", null],
    ]);
  });
});

describe("cross-site check input from a request (proxy.ts, route handlers)", () => {
  it("refuses a DELETE that rides on a cookie without an Origin, allows a kiosk without either", () => {
    const h = (o: Record<string, string>) => new Headers({ host: "mpp.example", ...o });
    const url = "http://mpp.example/api/v1/bookings/MPP-AAAA-AAAA";
    expect(isSameOriginRequest(originCheckInput("DELETE", url, h({ cookie: "NEXT_LOCALE=id" })))).toBe(false);
    expect(isSameOriginRequest(originCheckInput("DELETE", url, h({})))).toBe(true);
    expect(isSameOriginRequest(originCheckInput("DELETE", url, h({ origin: "https://evil.example" })))).toBe(false);
    expect(isSameOriginRequest(originCheckInput("DELETE", url, h({ origin: "http://mpp.example" })))).toBe(true);
  });
});
