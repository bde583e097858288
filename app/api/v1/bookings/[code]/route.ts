import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { jsonOk, parseParams, withErrors } from "@/lib/api/respond";
import { toApiBooking } from "@/lib/bookings/api";
import { proofFromHeaders } from "@/lib/bookings/http";
import { cancelBooking, findBooking } from "@/lib/bookings/service";
import { clientIp } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

// Any string: a malformed code answers 404 like an unknown one (after the rate limit).
const Params = z.object({ code: z.string().max(40) });
type Ctx = { params: Promise<{ code: string }> };

/** GET /api/v1/bookings/{code} with X-Booking-Proof (NIK or phone): the booking. 404 for an unknown code or a wrong proof. */
export const GET = withErrors(async (req: Request, ctx: Ctx) => {
  const { code } = await parseParams(Params, ctx.params);
  const proof = proofFromHeaders(req.headers);
  await requirePermission("booking:manage-own");
  return jsonOk(toApiBooking(await findBooking(code, proof, { ip: clientIp(req.headers) })));
});

/** DELETE /api/v1/bookings/{code} with X-Booking-Proof: cancels (200 with the cancelled booking), 409 when too late. */
export const DELETE = withErrors(async (req: Request, ctx: Ctx) => {
  const { code } = await parseParams(Params, ctx.params);
  const proof = proofFromHeaders(req.headers);
  await requirePermission("booking:manage-own");
  return jsonOk(toApiBooking(await cancelBooking(code, proof, { ip: clientIp(req.headers) })));
});
