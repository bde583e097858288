import { requireStaff } from "@/lib/auth/guard";
import { jsonOk, parseQuery, withErrors } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { toApiDailyStats } from "@/lib/stats/api";
import { periodOf, PeriodQuerySchema } from "@/lib/stats/period";
import { getDailyStats } from "@/lib/stats/queries";
import { dayWib } from "@/lib/time";

export const dynamic = "force-dynamic";

/** GET /api/v1/stats/daily?from=&to=&counter=: arrivals per WIB day (OFFICIAL, ADMIN). */
export const GET = withErrors(async (req: Request) => {
  const query = await parseQuery(PeriodQuerySchema, new URL(req.url).searchParams);
  const actor = await requireStaff("stats:read", "GET /api/v1/stats/daily");
  const now = new Date();
  const stats = await getDailyStats(db, actor, periodOf(query, dayWib(now)), { counterNumber: query.counter, now });
  return jsonOk(toApiDailyStats(stats));
});
