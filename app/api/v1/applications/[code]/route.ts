import { z } from "zod";
import type { ApiApplicationStatus } from "@/lib/applications/api";
import { getPublic } from "@/lib/applications/service";
import { jsonOk, parseParams, withErrors } from "@/lib/api/respond";
import { requirePermission } from "@/lib/auth/guard";
import { clientIp } from "@/lib/http/client-ip";

// A live status: never prerendered or cached.
export const dynamic = "force-dynamic";

// The code's format (length, alphabet, check character) is checked by getPublic: 400 with the reason.
const Params = z.object({ code: z.string().max(40) });
type Ctx = { params: Promise<{ code: string }> };

/** GET /api/v1/applications/{code}: the public status of an application (400 malformed, 404 unknown). */
export const GET = withErrors(async (req: Request, ctx: Ctx) => {
  const { code } = await parseParams(Params, ctx.params);
  await requirePermission("application:track");
  const view: ApiApplicationStatus = await getPublic(code, { ip: clientIp(req.headers) });
  return jsonOk(view);
});
