// The no-show sweep: bookings never checked in by slot start + grace become NO_SHOW. No
// "server-only" here: scripts/sweep-no-shows.ts runs it from cron with its own client; the
// pages and actions run it lazily through lib/queue/service.ts whenever they read the day.
import { writeAudit } from "@/lib/audit/log";
import type { Db } from "@/lib/db-client";
import { prismaCode } from "@/lib/errors";
import { toWibIso } from "@/lib/time";
import { TX_OPTIONS, withRetries } from "@/lib/tx";
import { GRACE_MINUTES, graceDeadline } from "./order";

const SECOND = 1000;

/**
 * Marks NO_SHOW every booking still BOOKED whose slot start + grace has passed at `now` (today's
 * and any earlier day's), each with its audit row. Idempotent: a booking is changed only from
 * BOOKED, so concurrent sweeps never double-mark. Returns how many bookings it marked.
 */
export async function sweepNoShowsOn(client: Db, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - GRACE_MINUTES * 60 * SECOND);
  const due = await client.booking.findMany({
    where: { status: "BOOKED", startsAt: { lt: cutoff } },
    select: { id: true, code: true, startsAt: true, nikMasked: true, counterId: true },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  if (due.length === 0) return 0;
  return withRetries(
    () =>
      client.$transaction(async (tx) => {
        let marked = 0;
        for (const b of due) {
          const changed = await tx.booking.updateMany({
            where: { id: b.id, status: "BOOKED" },
            data: { status: "NO_SHOW", activeKey: null },
          });
          if (changed.count !== 1) continue;
          marked++;
          await writeAudit(tx, {
            actor: "system",
            action: "booking.no-show",
            entityType: "Booking",
            entityId: b.id,
            at: now,
            details: { code: b.code, start: toWibIso(b.startsAt), deadline: toWibIso(graceDeadline(b.startsAt)), nik: b.nikMasked },
          });
        }
        return marked;
      }, TX_OPTIONS),
    (e) => prismaCode(e) === "P2034",
  );
}

