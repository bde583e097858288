import "server-only";
// Reading the audit log (ADMIN, audit:read): filters by action, actor, object and WIB date range,
// newest first, paginated. Rows are shown as stored: personal data in them is already masked
// (writeAudit refuses an unmasked NIK); the NIK masking is applied once more on display in case.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { maskNik } from "@/lib/bookings/nik";
import { db as defaultDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { addDays, isDay, toWibIso, wibInstant } from "@/lib/time";

export const AUDIT_PAGE_SIZE = 50;

/** Actions the portal writes (the filter offers these plus any other found in the log). */
export const KNOWN_AUDIT_ACTIONS = [
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-out",
  "access.refused",
  "booking.create",
  "booking.cancel",
  "booking.reschedule",
  "checkin",
  "queue.call",
  "queue.serve",
  "queue.done",
  "queue.no-show",
  "queue.transfer",
  "application.create",
  "application.status",
  "application.requirement",
  "application.note",
  "pii.view",
] as const;

export interface AuditFilters {
  action?: string;
  /** Part of the actor label ("OFFICER:petugas1", "citizen"). */
  actor?: string;
  /** Entity type ("Application") or id/code (part of it). */
  entity?: string;
  /** WIB days, inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

export interface AuditRowView {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: string | null;
}

const SIXTEEN_DIGITS = /\d{16}/g;

/** Audit entries, newest first. FORBIDDEN without audit:read; BAD_REQUEST for a malformed date. */
export async function listAuditEntries(
  actor: Actor,
  filters: AuditFilters = {},
  client: Db = defaultDb,
): Promise<{ rows: AuditRowView[]; total: number; page: number; pageCount: number }> {
  if (!can(actor.role, "audit:read")) throw new AppError("FORBIDDEN", { message: "Missing audit:read" });
  for (const f of ["from", "to"] as const) {
    const v = filters[f];
    if (v !== undefined && !isDay(v)) throw new AppError("BAD_REQUEST", { message: `Bad ${f}`, fieldErrors: { [f]: ["api.validation.invalid"] } });
  }
  const entity = filters.entity?.trim().slice(0, 100);
  const actorText = filters.actor?.trim().slice(0, 100);
  const where = {
    ...(filters.action ? { action: filters.action.slice(0, 100) } : {}),
    ...(actorText ? { actorLabel: { contains: actorText } } : {}),
    ...(entity ? { OR: [{ entityType: entity }, { entityId: { contains: entity.toUpperCase() } }, { entityId: { contains: entity } }] } : {}),
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: wibInstant(filters.from, 0) } : {}),
            ...(filters.to ? { lt: wibInstant(addDays(filters.to, 1), 0) } : {}),
          },
        }
      : {}),
  };
  const total = await client.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const rows = await client.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, ip: true, details: true },
  });
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: toWibIso(r.at),
      actor: r.actorLabel,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      ip: r.ip,
      details: r.details?.replace(SIXTEEN_DIGITS, (m) => maskNik(m)) ?? null,
    })),
    total,
    page,
    pageCount,
  };
}

/** The actions to offer in the filter: the known ones and any other in the log, sorted. */
export async function auditActions(actor: Actor, client: Db = defaultDb): Promise<string[]> {
  if (!can(actor.role, "audit:read")) throw new AppError("FORBIDDEN", { message: "Missing audit:read" });
  const found = await client.auditLog.groupBy({ by: ["action"] });
  return [...new Set([...KNOWN_AUDIT_ACTIONS, ...found.map((f) => f.action)])].sort();
}
