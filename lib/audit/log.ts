// Append-only audit trail (UU 27/2022: access to personal data is logged). Rows are never
// updated or deleted (database triggers refuse it). Personal data in `details` must already be
// masked: writeAudit refuses a 16-digit run (an unmasked NIK) instead of storing it.
import type { Db, Tx } from "@/lib/db-client";
import type { Actor } from "@/lib/auth/actor";
import { dayWib } from "@/lib/time";

export interface AuditEntry {
  /** Who: a staff actor, or a label ("citizen", "anonymous", "system", "username:<u>"). */
  actor: Actor | string | null;
  /** e.g. "auth.sign-in", "auth.sign-in-failed", "access.refused", "queue.call", "pii.view". */
  action: string;
  entityType?: string;
  entityId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
  at?: Date;
}

const UNMASKED_NIK = /\d{16}/;

/** The row to insert: shared by writeAudit and tests. */
export function auditRow(entry: AuditEntry) {
  const at = entry.at ?? new Date();
  const details = entry.details ? JSON.stringify(entry.details) : null;
  if (details && UNMASKED_NIK.test(details)) {
    throw new Error("audit details contain an unmasked NIK");
  }
  const actor = entry.actor;
  return {
    at,
    dayWib: dayWib(at),
    actorId: actor && typeof actor === "object" ? actor.userId : null,
    actorLabel: actor === null ? "anonymous" : typeof actor === "string" ? actor : `${actor.role}:${actor.username}`,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details,
  };
}

/**
 * Writes one audit row. Pass the transaction `tx` when the audited change happens in one, so
 * the change and its audit entry commit together or not at all.
 */
export async function writeAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: auditRow(entry), select: { id: true } });
}
