// Role x route/action matrix over real HTTP against the built portal: every staff page, every
// server action in the build (read from Next's server-reference manifest, so a new action without
// an entry here fails the test) and every staff route handler, for an anonymous visitor and each
// role. Expected: anonymous -> sent to sign-in (307 / action redirect) or 401 (JSON API); a role
// without the permission -> 403; a role with it -> let through. Cross-site POSTs -> 403.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { DEMO_PASSWORD, testClientIp } from "./helpers/auth";

const ROLES: { role: Role; username: string }[] = [
  { role: "ADMIN", username: "admin" },
  { role: "FRONT_DESK", username: "resepsionis" },
  { role: "OFFICER", username: "petugas1" },
  { role: "OFFICIAL", username: "pejabat" },
];

/** Staff pages and the permission each needs. */
const PAGES: { path: string; permission: Permission }[] = [
  { path: "/staf", permission: "staff:access" },
  { path: "/staf/pengguna", permission: "users:manage" },
  { path: "/staf/permohonan", permission: "application:read" },
  { path: "/staf/permohonan/baru", permission: "application:create" },
  { path: "/staf/audit", permission: "audit:read" },
  { path: "/staf/resepsionis", permission: "checkin:operate" },
  { path: "/staf/antrian", permission: "queue:read" },
  { path: "/staf/antrian/1", permission: "queue:read" },
  { path: "/staf/statistik", permission: "stats:read" },
  { path: "/staf/statistik/gerai/1", permission: "evaluation:read" },
  { path: "/staf/statistik/gerai/1/bulanan", permission: "evaluation:read" },
];

/** Every server action in the app ("<file>#<export>") and what it needs ("public" = anyone). */
const ACTIONS: Record<string, Permission | "public"> = {
  "app/actions.ts#setLocale": "public",
  "app/[locale]/kelola/actions.ts#cancelAction": "public",
  "app/[locale]/kelola/actions.ts#rescheduleAction": "public",
  "app/[locale]/kelola/actions.ts#lookupBooking": "public",
  "app/[locale]/pesan/[slug]/actions.ts#saveIdentity": "public",
  "app/[locale]/pesan/[slug]/actions.ts#confirmBooking": "public",
  "app/[locale]/pesan/[slug]/actions.ts#chooseSlot": "public",
  "app/[locale]/staf/masuk/actions.ts#signInAction": "public",
  "app/[locale]/staf/masuk/actions.ts#signOutAction": "public",
  "app/[locale]/staf/pengguna/actions.ts#changeStaffAction": "users:manage",
  "app/[locale]/staf/pengguna/actions.ts#createStaffAction": "users:manage",
  "app/[locale]/staf/permohonan/actions.ts#createApplicationAction": "application:create",
  "app/[locale]/staf/permohonan/actions.ts#changeStatusAction": "application:process",
  "app/[locale]/staf/permohonan/actions.ts#requirementAction": "application:process",
  "app/[locale]/staf/permohonan/actions.ts#noteAction": "application:process",
  "app/[locale]/staf/permohonan/actions.ts#revealAction": "personal-data:read",
  "app/[locale]/staf/resepsionis/actions.ts#checkInAction": "checkin:operate",
  "app/[locale]/staf/resepsionis/actions.ts#walkInAction": "walkin:register",
  "app/[locale]/staf/antrian/actions.ts#queueAction": "queue:operate",
};

/** Staff JSON route handlers. */
const APIS: { method: "GET" | "POST"; path: string; permission: Permission }[] = [
  { method: "GET", path: "/api/staf/antrian/1", permission: "queue:read" },
  { method: "GET", path: "/api/v1/stats/daily?from=2026-11-01&to=2026-11-30", permission: "stats:read" },
  { method: "GET", path: "/staf/statistik/ekspor?tabel=daily&format=csv&from=2026-11-01&to=2026-11-30", permission: "stats:read" },
  { method: "GET", path: "/staf/statistik/ekspor?tabel=gerai-days&format=xlsx&gerai=1&from=2026-11-01&to=2026-11-30", permission: "evaluation:read" },
];

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
  workers?: Record<string, unknown>;
}
/** A URL of a page that loads the action ("app/[locale]/staf/x/page" -> "/staf/x"). */
function pageOf(e: ManifestEntry): string {
  const worker = Object.keys(e.workers ?? {}).find((w) => w.endsWith("/page")) ?? "app/[locale]/page";
  const p = worker
    .replace(/^app\/\[locale\]/, "")
    .replace(/\/page$/, "")
    .replace(/\[\.\.\.\w+\]/g, "x")
    .replace(/\[slug\]/g, "ktp-el-baru")
    .replace(/\[code\]/g, "ABCD-EFGH")
    .replace(/\[number\]/g, "1");
  return p || "/";
}
function serverActions(): { id: string; key: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, e]) => ({ id, key: `${e.filename}#${e.exportedName}`, page: pageOf(e) }));
}

type Who = { label: string; role: Role | null; request: APIRequestContext };
let people: Who[] = [];
const closers: (() => Promise<void>)[] = [];

/** A request context signed in as `username` through the sign-in form's own (no-JS) POST. */
async function sessionFor(playwright: { request: { newContext(o: { baseURL?: string; extraHTTPHeaders?: Record<string, string> }): Promise<APIRequestContext> } }, baseURL: string, username: string): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testClientIp() } });
  closers.push(() => request.dispose());
  const signInId = serverActions().find((a) => a.key.endsWith("#signInAction"))!.id;
  const res = await request.post("/staf/masuk", {
    headers: { Origin: new URL(baseURL).origin },
    multipart: { [`$ACTION_ID_${signInId}`]: "", login: username, password: DEMO_PASSWORD, lanjut: "/staf" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toBe("/staf");
  return request;
}

test.describe("role x route/action matrix", () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const anon = await playwright.request.newContext({ baseURL });
    closers.push(() => anon.dispose());
    people = [{ label: "anonymous", role: null, request: anon }];
    for (const r of ROLES) people.push({ label: r.role, role: r.role, request: await sessionFor(playwright, baseURL!, r.username) });
  });
  test.afterAll(async () => {
    for (const close of closers) await close();
  });

  test("every staff page: sign-in for the anonymous, 403 for a role without the permission, 200 with it", async () => {
    for (const { path: p, permission } of PAGES) {
      for (const who of people) {
        const res = await who.request.get(p, { maxRedirects: 0 });
        const where = `${who.label} GET ${p}`;
        if (who.role === null) {
          expect(res.status(), where).toBe(307);
          // Back to the page, or to its section, after signing in.
          const back = decodeURIComponent(new URL(res.headers().location ?? "", "http://x").searchParams.get("lanjut") ?? "");
          expect(res.headers().location, where).toMatch(/^\/staf\/masuk\?lanjut=/);
          expect(p.startsWith(back) && back.startsWith("/staf"), where).toBe(true);
        } else {
          expect(res.status(), where).toBe(can(who.role, permission) ? 200 : 403);
        }
      }
    }
  });

  test("spot checks of the map itself", () => {
    expect(can("OFFICIAL", "queue:operate")).toBe(false);
    expect(can("OFFICER", "stats:read")).toBe(false);
    expect(can("FRONT_DESK", "application:process")).toBe(false);
    expect(can("OFFICER", "users:manage")).toBe(false);
    expect(can("ADMIN", "audit:read")).toBe(true);
  });

  test("every server action in the build is in the matrix and refuses direct POSTs without the right role", async () => {
    const actions = serverActions();
    const unknown = actions.filter((a) => !(a.key in ACTIONS)).map((a) => a.key);
    expect(unknown, "server actions missing from the matrix").toEqual([]);
    for (const { id, key, page } of actions) {
      const permission = ACTIONS[key];
      if (!permission || permission === "public") continue;
      for (const who of people) {
        // A POST as the Next.js client sends it (fetch-style), with harmless field values.
        const res = await who.request.post(page, {
          headers: { "Next-Action": id, Origin: new URL(test.info().project.use.baseURL!).origin },
          multipart: { "0": '["$K1"]', "1_id": "matrix-test", "1_userId": "matrix-test", "1_change": "unlock" },
          maxRedirects: 0,
        });
        const where = `${who.label} -> ${key}`;
        const redirect = res.headers()["x-action-redirect"] ?? "";
        if (who.role === null) {
          expect(redirect, where).toMatch(/^\/staf\/masuk/);
        } else if (!can(who.role, permission)) {
          expect(res.status(), where).toBe(403);
        } else {
          // Let through the permission check (the harmless body may then fail validation).
          expect(res.status(), where).not.toBe(403);
          expect(redirect, where).not.toMatch(/^\/staf\/masuk/);
        }
      }
    }
  });

  test("a no-JavaScript form POST to a staff action without a session is sent to sign-in", async ({ baseURL }) => {
    const anon = people[0]!.request;
    const action = serverActions().find((a) => a.key.endsWith("#changeStaffAction"))!;
    const res = await anon.post("/staf/pengguna", {
      headers: { Origin: new URL(baseURL!).origin },
      multipart: { [`$ACTION_ID_${action.id}`]: "", userId: "x", change: "disable" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toMatch(/^\/staf\/masuk/);
  });

  test("staff JSON APIs: 401 anonymous, 403 wrong role, allowed otherwise", async () => {
    for (const api of APIS) {
      for (const who of people) {
        const res = await who.request.fetch(api.path, { method: api.method, maxRedirects: 0 });
        const where = `${who.label} ${api.method} ${api.path}`;
        if (who.role === null) expect(res.status(), where).toBe(401);
        else if (!can(who.role, api.permission)) expect(res.status(), where).toBe(403);
        else expect([200, 400, 404, 422], where).toContain(res.status());
      }
    }
  });

  test("cross-site POSTs are refused: a foreign Origin, or no Origin at all, on a state-changing request", async ({ baseURL }) => {
    const admin = people.find((p) => p.role === "ADMIN")!.request;
    const action = serverActions().find((a) => a.key.endsWith("#changeStaffAction"))!;
    const form = { "0": '["$K1"]', "1_userId": "x", "1_change": "disable" };
    const foreign = await admin.post("/staf/pengguna", { headers: { "Next-Action": action.id, Origin: "https://evil.example" }, multipart: form, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: "CROSS_SITE_REQUEST" });
    const noOrigin = await admin.post("/staf/pengguna", { headers: { "Next-Action": action.id }, multipart: form, maxRedirects: 0 });
    expect(noOrigin.status()).toBe(403);
    const crossSiteFetch = await admin.post("/staf/pengguna", {
      headers: { "Next-Action": action.id, Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "cross-site" },
      multipart: form,
      maxRedirects: 0,
    });
    expect(crossSiteFetch.status()).toBe(403);
    // A booking change through the API from a foreign page is refused too.
    const api = await admin.delete("/api/v1/bookings/ABCD-EFGH", { headers: { Origin: "https://evil.example" } });
    expect(api.status()).toBe(403);
  });
});
