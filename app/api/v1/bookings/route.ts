import { requirePermission } from "@/lib/auth/guard";
import { jsonOk, withErrors } from "@/lib/api/respond";
import { toApiBooking } from "@/lib/bookings/api";
import { idempotencyKeyFrom, readJsonBody } from "@/lib/bookings/http";
import { createBooking } from "@/lib/bookings/service";
import type { BookingInput } from "@/lib/bookings/types";
import { clientIp } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/bookings: books a visit. 201 with the booking; 200 with the earlier booking when
 * the Idempotency-Key was used before. The body (JSON, at most 4 KB) is validated by
 * createBooking (422 with bilingual field errors).
 */
export const POST = withErrors(async (req: Request) => {
  const idempotencyKey = idempotencyKeyFrom(req.headers);
  const body = await readJsonBody(req);
  await requirePermission("booking:create");
  const { booking, replayed } = await createBooking(body as BookingInput, { ip: clientIp(req.headers), idempotencyKey });
  return jsonOk(toApiBooking(booking), {
    status: replayed ? 200 : 201,
    headers: replayed ? undefined : { Location: `/api/v1/bookings/${booking.code}` },
  });
});
