import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 with the database status, 503 when the database is unreachable. */
export async function GET(): Promise<Response> {
  await requirePermission("health:read");
  const report = await checkHealth(db, env().dbProvider);
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
