// The OpenAPI document: valid OpenAPI 3.1, and it documents every route handler under app/api/v1
// (and /api/health) with each method it exports.
import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_MODULES, buildOpenApiDocument, ErrorSchema, type JsonObject } from "@/lib/api/openapi";
import { VALIDATION_KEYS, bilingual } from "@/lib/api/respond";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Route files under `dir` as [OpenAPI path, exported HTTP methods]. */
function routeFiles(dir: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/^route\.(ts|tsx|js)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative("app", path.dirname(file)).split(path.sep);
    const apiPath =
      "/" +
      rel
        .filter((s) => !/^\(.*\)$/.test(s)) // route groups are not in the URL
        .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
        .join("/");
    const source = fs.readFileSync(file, "utf8");
    const methods = METHODS.filter((m) =>
      new RegExp(`export\\s+(const\\s+${m}\\b|(async\\s+)?function\\s+${m}\\b)`).test(source),
    );
    out.push([apiPath, [...methods]]);
  }
  return out;
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    const v = new Validator();
    const r = await v.validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(r.errors).toBeUndefined();
    expect(r.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "mpp-portal API", version: "1" });
    expect(doc.servers).toEqual([{ url: "/", description: "This portal" }]);
  });

  it("documents every route the app serves under app/api/v1, with its methods", () => {
    const routes = routeFiles(path.join("app", "api", "v1"));
    expect(routes.map(([p]) => p)).toEqual(
      expect.arrayContaining(["/api/v1/counters", "/api/v1/services", "/api/v1/services/{slug}", "/api/v1/openapi.json"]),
    );
    for (const [apiPath, methods] of routes) {
      expect(doc.paths, `${apiPath} is not documented`).toHaveProperty([apiPath]);
      expect(methods.length, `${apiPath} exports no handler`).toBeGreaterThan(0);
      for (const m of methods) expect(doc.paths[apiPath], `${m} ${apiPath}`).toHaveProperty([m.toLowerCase()]);
    }
    // ...and documents nothing that is not served.
    const served = new Set([...routes, ...routeFiles(path.join("app", "api", "health"))].map(([p]) => p));
    for (const p of Object.keys(doc.paths)) expect(served, `${p} is documented but not served`).toContain(p);
    expect(doc.paths).toHaveProperty(["/api/health"]);
  });

  it("declares the parameters and 200/400/404 responses of the catalogue", () => {
    const get = (p: string) => (doc.paths[p] as { get: { parameters?: JsonObject[]; responses: JsonObject } }).get;
    expect(get("/api/v1/services").parameters?.map((p) => p.name)).toEqual(["q", "agency", "category", "limit"]);
    expect(Object.keys(get("/api/v1/services").responses)).toEqual(expect.arrayContaining(["200", "400"]));
    const detail = get("/api/v1/services/{slug}");
    expect(detail.parameters).toEqual([expect.objectContaining({ name: "slug", in: "path", required: true })]);
    expect(Object.keys(detail.responses)).toEqual(expect.arrayContaining(["200", "400", "404"]));
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Counter", "ServiceSummary", "ServiceDetail", "Error"]),
    );
  });

  it("resolves every $ref", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const target = ref.slice(8, -1).replace(/^#\//, "").split("/");
      let node: unknown = doc;
      for (const part of target) node = (node as JsonObject | undefined)?.[part];
      expect(node, ref).toBeDefined();
    }
  });

  it("has error examples in the documented error shape, with the messages the API sends", () => {
    for (const [name, response] of Object.entries(doc.components.responses)) {
      const example = (response as { content: { "application/json": { example: unknown } } }).content["application/json"]
        .example;
      expect(() => ErrorSchema.parse(example), name).not.toThrow();
    }
    const badRequest = doc.components.responses.BadRequest as { content: { "application/json": { example: unknown } } };
    expect(badRequest.content["application/json"].example).toMatchObject({
      error: { message: bilingual("errors.BAD_REQUEST"), fieldErrors: { agency: [bilingual("api.validation.unknownAgency")] } },
    });
  });

  it("has every validation message in both languages", () => {
    for (const key of VALIDATION_KEYS) expect(bilingual(`api.validation.${key}`), key).toBeDefined();
  });

  it("lets later endpoints add paths and refuses duplicates", () => {
    const extra = { paths: { "/api/v1/applications": { post: { responses: { "201": { description: "Created" } } } } } };
    expect(buildOpenApiDocument([...API_MODULES, extra]).paths).toHaveProperty(["/api/v1/applications"]);
    expect(() => buildOpenApiDocument([...API_MODULES, { paths: { "/api/v1/counters": {} } }])).toThrow(/duplicate path/);
  });

  it("is served by GET /api/v1/openapi.json", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const res = await GET(new Request("http://localhost/api/v1/openapi.json"), undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=60/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
