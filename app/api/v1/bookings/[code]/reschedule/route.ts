import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { jsonOk, parseParams, withErrors } from "@/lib/api/respond";
import { toApiBooking } from "@/lib/bookings/api";
import { proofFromHeaders, readJsonBody } from "@/lib/bookings/http";
import { rescheduleBooking } from "@/lib/bookings/service";
import { bookingFieldMessage } from "@/lib/bookings/validation";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

const Params = z.object({ code: z.string().max(40) });
const Body = z.object({ slotStart: z.iso.datetime({ offset: true }) });

/**
 * POST /api/v1/bookings/{code}/reschedule { slotStart } with X-Booking-Proof: moves the booking
 * (200). 409 SLOT_FULL leaves it where it was.
 */
export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ code: string }> }) => {
  const { code } = await parseParams(Params, ctx.params);
  const proof = proofFromHeaders(req.headers);
  const body = Body.safeParse(await readJsonBody(req));
  if (!body.success) {
    throw new AppError("VALIDATION", { fieldErrors: { slotStart: [bookingFieldMessage("slotStartInvalid")] } });
  }
  await requirePermission("booking:manage-own");
  return jsonOk(toApiBooking(await rescheduleBooking(code, proof, body.data.slotStart, { ip: clientIp(req.headers) })));
});
