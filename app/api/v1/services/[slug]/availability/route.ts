import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { jsonOk, parseParams, parseQuery, slugSchema, withErrors } from "@/lib/api/respond";
import { toApiAvailability } from "@/lib/bookings/api";
import { getServiceAvailability } from "@/lib/bookings/service";

// Places left change with every booking: rendered per request, never cached.
export const dynamic = "force-dynamic";

const Params = z.object({ slug: slugSchema });
const Query = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

/**
 * GET /api/v1/services/{slug}/availability?from=&to=: bookable days and slots (WIB) with the
 * places left. Default range: the booking window; at most 31 days.
 */
export const GET = withErrors(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(Params, ctx.params);
  const { from, to } = await parseQuery(Query, new URL(req.url).searchParams);
  await requirePermission("catalogue:read");
  return jsonOk(toApiAvailability(await getServiceAvailability(slug, from, to)));
});
