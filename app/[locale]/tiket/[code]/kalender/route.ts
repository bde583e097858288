import { requirePermission } from "@/lib/auth/guard";
import { jsonError } from "@/lib/api/respond";
import { normalizeBookingCode } from "@/lib/bookings/code";
import { bookingIcsFor } from "@/lib/bookings/service";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET /tiket/{code}/kalender: the booking as an .ics calendar file. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  try {
    await requirePermission("booking:manage-own");
    const code = normalizeBookingCode(decodeURIComponent((await params).code));
    if (!code) throw new AppError("NOT_FOUND");
    const ics = await bookingIcsFor(code);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="mpp-${code}.ics"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    return jsonError(e);
  }
}
