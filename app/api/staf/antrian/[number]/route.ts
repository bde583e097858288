import { z } from "zod";
import { jsonOk, withErrors } from "@/lib/api/respond";
import { requireStaff } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { getQueue } from "@/lib/queue/service";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ number: z.coerce.number().int().min(1).max(999) });

/**
 * GET /api/staf/antrian/{number}: today's queue of gerai {number} (for a counter display or the
 * queue page). Staff only (queue:read); an officer only for their own gerai (403 otherwise).
 */
export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ number: string }> }) => {
  const parsed = paramsSchema.safeParse(await ctx.params);
  if (!parsed.success) throw new AppError("NOT_FOUND", { message: "No such gerai" });
  const actor = await requireStaff("queue:read", "api/staf/antrian");
  return jsonOk(await getQueue(actor, parsed.data.number));
});
