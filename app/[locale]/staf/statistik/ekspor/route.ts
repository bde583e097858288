// GET /staf/statistik/ekspor?tabel=<id>&format=csv|xlsx&from=&to=[&gerai=N]: one dashboard or
// gerai table of the period as CSV (UTF-8 with BOM) or Excel. Checks the permission itself.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale } from "@/i18n/config";
import { parseQuery, withErrors } from "@/lib/api/respond";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toCsv, toXlsx } from "@/lib/stats/export";
import { periodOf, PeriodQuerySchema } from "@/lib/stats/period";
import { getDashboard, getGeraiReport } from "@/lib/stats/queries";
import { DASHBOARD_TABLES, dashboardTables, GERAI_TABLES, geraiTables, type Translate } from "@/lib/stats/tables";
import { dayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

const Query = z.intersection(
  PeriodQuerySchema,
  z.object({
    tabel: z.enum([...DASHBOARD_TABLES, ...GERAI_TABLES]),
    format: z.enum(["csv", "xlsx"]),
    gerai: z.coerce.number({ error: "notInteger" }).int({ error: "notInteger" }).min(1).max(999).optional(),
  }),
);

type Ctx = { params: Promise<{ locale: string }> };

export const GET = withErrors(async (req: Request, ctx: Ctx) => {
  const { locale: raw } = await ctx.params;
  const locale = isLocale(raw) ? raw : "id";
  const q = await parseQuery(Query, new URL(req.url).searchParams);
  const isGerai = (GERAI_TABLES as readonly string[]).includes(q.tabel);
  const actor = await requireStaff(isGerai ? "evaluation:read" : "stats:read", "GET /staf/statistik/ekspor");
  const now = new Date();
  const period = periodOf(q, dayWib(now));
  const t = (await getTranslations({ locale, namespace: "stats" })) as unknown as Translate;
  let table;
  let name: string;
  if (isGerai) {
    if (q.gerai === undefined) throw new AppError("BAD_REQUEST", { fieldErrors: { gerai: ["api.validation.required"] } });
    const report = await getGeraiReport(db, actor, q.gerai, period, { now });
    table = geraiTables(report, t, locale)[q.tabel as (typeof GERAI_TABLES)[number]];
    name = `mpp-gerai-${q.gerai}-${q.tabel.replace(/^gerai-/, "")}_${period.from}_${period.to}`;
  } else {
    const d = await getDashboard(db, actor, period, { now });
    table = dashboardTables(d, t, locale)[q.tabel as (typeof DASHBOARD_TABLES)[number]];
    name = `mpp-${q.tabel}_${period.from}_${period.to}`;
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
  if (q.format === "csv") {
    headers.set("Content-Type", "text/csv; charset=utf-8");
    headers.set("Content-Disposition", `attachment; filename="${name}.csv"`);
    return new Response(toCsv(table), { headers });
  }
  const buf = await toXlsx(table, { subtitle: `${table.title} ${period.from} – ${period.to}` });
  headers.set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  headers.set("Content-Disposition", `attachment; filename="${name}.xlsx"`);
  return new Response(new Uint8Array(buf), { headers });
});
