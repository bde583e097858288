import "server-only";
// Applications (permohonan): created from a served visit or directly at a counter, moved through
// their statuses by the officers of their gerai, followed publicly by code.
//
// - Every function takes the acting staff member first and checks scope itself: an OFFICER sees
//   and acts only on the gerai in actor.counterIds (refusals are audited as "access.refused");
//   ADMIN and FRONT_DESK see every gerai; FRONT_DESK may create and read but not process.
// - A status change, its history row and its audit row are written in ONE transaction, with a
//   guarded UPDATE ... WHERE status = <the status it saw>: of two officers clicking at once,
//   exactly one moves the application; the other gets CONFLICT and nothing of theirs is written.
// - Personal data: NIK and phone are stored hashed, encrypted and masked (as bookings). Staff
//   views carry the masked forms only; revealPersonalData decrypts and writes a "pii.view" audit
//   row. The public view has no personal data beyond the applicant's initials.
import { fieldMessage } from "@/lib/api/respond";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { canAccessCounter, counterScope } from "@/lib/auth/guard";
import { can, type Permission } from "@/lib/auth/permissions";
import { generateApplicationCode, parseApplicationCode } from "@/lib/bookings/code";
import { maskNik, validateNik, type NikFailure } from "@/lib/bookings/nik";
import { db as defaultDb } from "@/lib/db";
import type { Db, Tx } from "@/lib/db-client";
import { env } from "@/lib/env";
import { AppError, prismaCode, uniqueViolationFields } from "@/lib/errors";
import { decryptPii, encryptPii, hashPii, maskPhone, normalizePhone } from "@/lib/pii";
import { enforceRateLimits, rateLimitKey } from "@/lib/rate-limit";
import { addDays, dayWib, toWibIso } from "@/lib/time";
import { TRACKING_LIMIT_TEXT } from "./api";
import { closureHorizonDays, dueDay, isOverdue } from "./due-date";
import {
  allowedNext,
  isTerminal,
  PUBLIC_NOTE_MAX,
  REASON_MAX,
  TERMINAL,
  transitionProblem,
  type ApplicationStatus,
} from "./transitions";

export interface ApplicationContext {
  now?: Date;
  /** Client IP: audit rows and the public look-up's rate limit. */
  ip?: string | null;
}

/** Public look-ups per IP address (codes carry a check character; this stops bulk guessing). */
export const TRACKING_RATE_LIMIT = { limit: TRACKING_LIMIT_TEXT.limit, windowSeconds: TRACKING_LIMIT_TEXT.minutes * 60 } as const;
export const NOTE_MAX = 1000;
export const PAGE_SIZE = 25;
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
const MAX_CODE_ATTEMPTS = 5;
/** A 16-digit run: an NIK typed into a free-text field (notes, reasons) is refused. */
const NIK_RUN = /\d{16}/;

const nowOf = (ctx?: ApplicationContext) => ctx?.now ?? new Date();
const piiKey = () => env().piiKey;

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", { message: `Missing ${permission}` });
}

/** FORBIDDEN (audited as "access.refused") unless the actor may act on gerai `counterId`. */
async function assertScope(
  client: Db,
  actor: Actor,
  counterId: string,
  what: { entityType: string; entityId?: string; action: string },
  ctx?: ApplicationContext,
): Promise<void> {
  if (canAccessCounter(actor, counterId)) return;
  await writeAudit(client, {
    actor,
    action: "access.refused",
    entityType: what.entityType,
    entityId: what.entityId,
    ip: ctx?.ip ?? null,
    details: { attempted: what.action, reason: "other gerai" },
  });
  throw new AppError("FORBIDDEN", { message: "Not your gerai" });
}

function fieldError(field: string, message: string, code: "VALIDATION" | "BAD_REQUEST" = "VALIDATION"): AppError {
  return new AppError(code, { message: `Invalid ${field}`, fieldErrors: { [field]: [message] } });
}

/** A free text (note, reason, public note): trimmed, within `max`, never an NIK in it. */
function cleanText(field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const text = (value ?? "").trim().replace(/\r\n/g, "\n");
  if (!text) {
    if (required) throw fieldError(field, fieldMessage("required"));
    return null;
  }
  if (text.length > max) throw fieldError(field, fieldMessage("tooLong", { max }));
  if (NIK_RUN.test(text.replace(/[\s.\-]/g, ""))) throw fieldError(field, "applications.errors.noNikInText");
  return text;
}

function notFound(code?: string): AppError {
  return new AppError("NOT_FOUND", { message: `No application ${code ?? ""}`.trim() });
}

/** The canonical code of a typed application code, or NOT_FOUND (staff pages: a bad code is just not there). */
function canonicalOrNotFound(code: string): string {
  const parsed = parseApplicationCode(code);
  if (!parsed.ok) throw notFound(code.slice(0, 20));
  return parsed.code;
}

// ---------------------------------------------------------------------------------------------
// Due dates
// ---------------------------------------------------------------------------------------------

/** The due day of an application received on `received` for a service of `workingDays`, at gerai `counterId`. */
export async function computeDueDay(client: Db | Tx, counterId: string, received: string, workingDays: number): Promise<string> {
  const rows = await client.closure.findMany({
    where: {
      dayWib: { gt: received, lte: addDays(received, closureHorizonDays(workingDays)) },
      scopeKey: { in: ["ALL", counterId] },
    },
    select: { dayWib: true },
  });
  return dueDay(received, workingDays, new Set(rows.map((r) => r.dayWib)));
}

// ---------------------------------------------------------------------------------------------
// Create
// ---------------------------------------------------------------------------------------------

interface NewApplication {
  serviceId: string;
  counterId: string;
  durationDays: number;
  serviceSlug: string;
  visitId: string | null;
  applicantName: string;
  nikHash: string;
  nikEncrypted: string;
  nikMasked: string;
  phoneEncrypted: string | null;
  phoneMasked: string | null;
  kelurahanCode: string | null;
  outsideCity: boolean;
}

function isCodeCollision(e: unknown): boolean {
  return prismaCode(e) === "P2002" && (uniqueViolationFields(e) ?? []).includes("code");
}

/** Writes the application, its first history row (-> DITERIMA) and the audit row, in one transaction. */
async function insertApplication(
  client: Db,
  actor: Actor,
  a: NewApplication,
  ctx: ApplicationContext | undefined,
  inTx?: (tx: Tx) => Promise<void>,
): Promise<string> {
  const now = nowOf(ctx);
  const received = dayWib(now);
  for (let attempt = 1; ; attempt++) {
    const code = generateApplicationCode();
    try {
      return await client.$transaction(async (tx) => {
        if (inTx) await inTx(tx);
        const due = await computeDueDay(tx, a.counterId, received, a.durationDays);
        const app = await tx.application.create({
          data: {
            code,
            serviceId: a.serviceId,
            counterId: a.counterId,
            visitId: a.visitId,
            applicantName: a.applicantName,
            nikHash: a.nikHash,
            nikEncrypted: a.nikEncrypted,
            nikMasked: a.nikMasked,
            phoneEncrypted: a.phoneEncrypted,
            phoneMasked: a.phoneMasked,
            kelurahanCode: a.kelurahanCode,
            outsideCity: a.outsideCity,
            status: "DITERIMA",
            receivedDayWib: received,
            dueDayWib: due,
            createdById: actor.userId,
            createdAt: now,
            history: { create: { fromStatus: null, toStatus: "DITERIMA", actorId: actor.userId, createdAt: now } },
          },
          select: { code: true },
        });
        await writeAudit(tx, {
          actor,
          action: "application.create",
          entityType: "Application",
          entityId: app.code,
          ip: ctx?.ip ?? null,
          at: now,
          details: { service: a.serviceSlug, visit: a.visitId, nik: a.nikMasked, due },
        });
        return app.code;
      }, TX_OPTIONS);
    } catch (e) {
      if (attempt < MAX_CODE_ATTEMPTS && isCodeCollision(e)) continue;
      throw e;
    }
  }
}

const NIK_KEYS: Record<NikFailure, string> = {
  FORMAT: "bookingErrors.nikFormat",
  AREA: "bookingErrors.nikArea",
  BIRTH_DATE: "bookingErrors.nikBirthDate",
};

function parseNik(input: string, now: Date): string {
  const r = validateNik(input, now);
  if (!r.ok) throw fieldError("nik", NIK_KEYS[r.reason]);
  return r.nik;
}

function parsePhone(input: string | null | undefined): string | null {
  if (!input?.trim()) return null;
  const p = normalizePhone(input);
  if (!p) throw fieldError("phone", "bookingErrors.phoneInvalid");
  return p;
}

const NAME_RE = /^\p{L}[\p{L}\p{M}\s'’.,\-]*$/u;

function parseName(input: string): string {
  const name = input.trim().replace(/\s+/g, " ");
  if (!name) throw fieldError("name", fieldMessage("required"));
  if (name.length < 2 || name.length > 100 || !NAME_RE.test(name)) throw fieldError("name", "bookingErrors.nameInvalid");
  return name;
}

export interface CreateFromVisitExtra {
  /** Needed when the visit has no booking (walk-in): its NIK is not stored readable. Checked against the visit's NIK hash. */
  nik?: string;
  /** Optional contact number (a booking's number is used when there is one). */
  phone?: string;
}

/**
 * An application from a served visit (status DONE): applicant, NIK, domicile and gerai come from
 * the visit (and its booking). NOT_FOUND for an unknown visit, FORBIDDEN for another gerai,
 * CONFLICT when the visit is not finished or already has an application, VALIDATION when a
 * walk-in's NIK is missing or differs from the one given at the desk.
 */
export async function createFromVisit(
  actor: Actor,
  visitId: string,
  extra: CreateFromVisitExtra = {},
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<{ code: string }> {
  assertCan(actor, "application:create");
  const now = nowOf(ctx);
  const visit = await client.visit.findUnique({
    where: { id: visitId },
    select: {
      id: true,
      counterId: true,
      status: true,
      name: true,
      nikHash: true,
      nikMasked: true,
      kelurahanCode: true,
      outsideCity: true,
      service: { select: { id: true, slug: true, durationDays: true } },
      booking: { select: { nikHash: true, nikEncrypted: true, nikMasked: true, phoneEncrypted: true, phoneMasked: true } },
      applications: { select: { code: true }, take: 1 },
    },
  });
  if (!visit) throw new AppError("NOT_FOUND", { message: "No such visit" });
  await assertScope(client, actor, visit.counterId, { entityType: "Visit", entityId: visit.id, action: "application.create" }, ctx);
  if (visit.status !== "DONE") {
    throw new AppError("CONFLICT", { message: "Visit not finished", messageKey: "applications.errors.visitNotDone" });
  }
  if (visit.applications.length > 0) {
    throw new AppError("CONFLICT", {
      message: "Visit already has an application",
      messageKey: "applications.errors.visitHasApplication",
      details: { code: visit.applications[0]!.code },
    });
  }
  const key = piiKey();
  let nik: { hash: string; encrypted: string; masked: string };
  if (visit.booking) {
    nik = { hash: visit.booking.nikHash, encrypted: visit.booking.nikEncrypted, masked: visit.booking.nikMasked };
  } else {
    if (!extra.nik?.trim()) throw fieldError("nik", "applications.errors.nikNeeded");
    const n = parseNik(extra.nik, now);
    const hash = hashPii(key, n, "nik");
    if (visit.nikHash && visit.nikHash !== hash) throw fieldError("nik", "applications.errors.nikMismatch");
    nik = { hash, encrypted: encryptPii(key, n), masked: maskNik(n) };
  }
  const phone = parsePhone(extra.phone);
  const code = await insertApplication(
    client,
    actor,
    {
      serviceId: visit.service.id,
      counterId: visit.counterId,
      durationDays: visit.service.durationDays,
      serviceSlug: visit.service.slug,
      visitId: visit.id,
      applicantName: visit.name,
      nikHash: nik.hash,
      nikEncrypted: nik.encrypted,
      nikMasked: nik.masked,
      phoneEncrypted: phone ? encryptPii(key, phone) : (visit.booking?.phoneEncrypted ?? null),
      phoneMasked: phone ? maskPhone(phone) : (visit.booking?.phoneMasked ?? null),
      kelurahanCode: visit.kelurahanCode,
      outsideCity: visit.outsideCity,
    },
    ctx,
    async (tx) => {
      // Re-checked inside the transaction: a double submit creates one application.
      const again = await tx.application.findFirst({ where: { visitId: visit.id }, select: { code: true } });
      if (again) {
        throw new AppError("CONFLICT", {
          message: "Visit already has an application",
          messageKey: "applications.errors.visitHasApplication",
          details: { code: again.code },
        });
      }
    },
  );
  return { code };
}

export interface DirectInput {
  /** Service slug or id. */
  service: string;
  nik: string;
  name: string;
  phone?: string | null;
  kelurahanCode?: string | null;
  outsideCity?: boolean;
  consent: boolean;
}

/**
 * An application handed in directly at a counter (no queue visit). VALIDATION with field errors
 * (nik, name, phone, kelurahanCode, consent, service), FORBIDDEN for an officer of another gerai.
 */
export async function createDirect(
  actor: Actor,
  input: DirectInput,
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<{ code: string }> {
  assertCan(actor, "application:create");
  const now = nowOf(ctx);
  const errors: Record<string, string[]> = {};
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof AppError && e.fieldErrors) {
        for (const [k, v] of Object.entries(e.fieldErrors)) errors[k] = v;
        return undefined;
      }
      throw e;
    }
  };
  const serviceKey = input.service.trim().slice(0, 120);
  const service = serviceKey
    ? await client.service.findFirst({
        where: { OR: [{ slug: serviceKey }, { id: serviceKey }], isActive: true },
        select: { id: true, slug: true, counterId: true, durationDays: true },
      })
    : null;
  if (!service) errors.service = [fieldMessage(serviceKey ? "invalid" : "required")];
  const nik = collect(() => parseNik(input.nik ?? "", now));
  const name = collect(() => parseName(input.name ?? ""));
  const phone = collect(() => parsePhone(input.phone));
  const kel = input.kelurahanCode?.trim() || null;
  if (kel && input.outsideCity) errors.kelurahanCode = ["bookingErrors.domicileBoth"];
  else if (!kel && !input.outsideCity) errors.kelurahanCode = ["bookingErrors.domicileRequired"];
  else if (kel && !(await client.kelurahan.findUnique({ where: { code: kel }, select: { code: true } }))) {
    errors.kelurahanCode = ["bookingErrors.kelurahanUnknown"];
  }
  if (input.consent !== true) errors.consent = ["applications.errors.consentRequired"];
  if (Object.keys(errors).length > 0 || !service || !nik || !name) {
    throw new AppError("VALIDATION", { message: "Invalid application", fieldErrors: errors });
  }
  await assertScope(client, actor, service.counterId, { entityType: "Service", entityId: service.slug, action: "application.create" }, ctx);
  const key = piiKey();
  const code = await insertApplication(
    client,
    actor,
    {
      serviceId: service.id,
      counterId: service.counterId,
      durationDays: service.durationDays,
      serviceSlug: service.slug,
      visitId: null,
      applicantName: name,
      nikHash: hashPii(key, nik, "nik"),
      nikEncrypted: encryptPii(key, nik),
      nikMasked: maskNik(nik),
      phoneEncrypted: phone ? encryptPii(key, phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      kelurahanCode: kel,
      outsideCity: !kel && input.outsideCity === true,
    },
    ctx,
  );
  return { code };
}

/** What the direct form needs to prefill from a visit (masked only), or null when it cannot be used. */
export async function visitForApplication(actor: Actor, visitId: string, client: Db = defaultDb) {
  assertCan(actor, "application:create");
  const v = await client.visit.findUnique({
    where: { id: visitId },
    select: {
      id: true,
      counterId: true,
      status: true,
      name: true,
      nikMasked: true,
      queueNumber: true,
      dayWib: true,
      bookingId: true,
      service: { select: { slug: true, name: true } },
      counter: { select: { number: true, name: true } },
      applications: { select: { code: true }, take: 1 },
    },
  });
  if (!v || !canAccessCounter(actor, v.counterId)) return null;
  return {
    id: v.id,
    status: v.status,
    name: v.name,
    nikMasked: v.nikMasked,
    queueNumber: v.queueNumber,
    dayWib: v.dayWib,
    hasBooking: v.bookingId !== null,
    service: v.service,
    counter: v.counter,
    existingCode: v.applications[0]?.code ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Status changes, requirement checks, notes
// ---------------------------------------------------------------------------------------------

export interface StatusChangeOptions {
  /** Required for DITOLAK; shown to the citizen. */
  reason?: string | null;
  /** Shown to the citizen on the public timeline (no personal data). */
  publicNote?: string | null;
  /** The status the officer saw: CONFLICT when it has changed since. */
  expectedFrom?: ApplicationStatus;
}

const TRANSITION_KEYS = {
  NOT_ALLOWED: "applications.errors.transitionNotAllowed",
  REASON_REQUIRED: "applications.errors.reasonRequired",
  REQUIREMENTS_INCOMPLETE: "applications.errors.requirementsIncomplete",
} as const;

function changedMeanwhile(): AppError {
  return new AppError("CONFLICT", { message: "Status changed meanwhile", messageKey: "applications.errors.changedMeanwhile" });
}

/**
 * Moves an application to `to`. The update, the history row and the audit row commit together
 * or not at all; the update is guarded by the status read in the same transaction.
 * CONFLICT: not allowed from the current status, status changed meanwhile, requirements not
 * ticked (messageKey says which); VALIDATION: reason missing or a text field invalid.
 */
export async function changeStatus(
  actor: Actor,
  code: string,
  to: ApplicationStatus,
  opts: StatusChangeOptions = {},
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<{ code: string; status: ApplicationStatus }> {
  assertCan(actor, "application:process");
  const canonical = canonicalOrNotFound(code);
  const now = nowOf(ctx);
  const reason = cleanText("reason", opts.reason, REASON_MAX, false);
  const publicNote = cleanText("publicNote", opts.publicNote, PUBLIC_NOTE_MAX, false);

  const head = await client.application.findUnique({ where: { code: canonical }, select: { id: true, counterId: true } });
  if (!head) throw notFound(canonical);
  await assertScope(client, actor, head.counterId, { entityType: "Application", entityId: canonical, action: "application.status" }, ctx);

  return client.$transaction(async (tx) => {
    const app = await tx.application.findUniqueOrThrow({
      where: { id: head.id },
      select: {
        id: true,
        status: true,
        serviceId: true,
        checks: { where: { checked: true }, select: { requirementId: true } },
      },
    });
    const from = app.status as ApplicationStatus;
    if (opts.expectedFrom && opts.expectedFrom !== from) throw changedMeanwhile();
    let requirementsComplete = true;
    if (to === "DIPROSES") {
      const mandatory = await tx.serviceRequirement.findMany({
        where: { serviceId: app.serviceId, isOptional: false },
        select: { id: true },
      });
      const ticked = new Set(app.checks.map((c) => c.requirementId));
      requirementsComplete = mandatory.every((r) => ticked.has(r.id));
    }
    const problem = transitionProblem(from, to, { reason, requirementsComplete });
    if (problem === "REASON_REQUIRED") {
      throw new AppError("VALIDATION", { message: "Reason required", fieldErrors: { reason: [TRANSITION_KEYS[problem]] } });
    }
    if (problem) throw new AppError("CONFLICT", { message: `Transition ${from} -> ${to}: ${problem}`, messageKey: TRANSITION_KEYS[problem] });

    const moved = await tx.application.updateMany({
      where: { id: app.id, status: from },
      data: {
        status: to,
        ...(TERMINAL.has(to) ? { completedAt: now, completedDayWib: dayWib(now) } : {}),
        ...(to === "DITOLAK" ? { rejectionReason: reason } : {}),
      },
    });
    if (moved.count !== 1) throw changedMeanwhile();
    await tx.applicationStatusChange.create({
      data: { applicationId: app.id, fromStatus: from, toStatus: to, publicNote: to === "DITOLAK" ? (publicNote ?? reason) : publicNote, actorId: actor.userId, createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "application.status",
      entityType: "Application",
      entityId: canonical,
      ip: ctx?.ip ?? null,
      at: now,
      details: { from, to, ...(reason ? { reason } : {}), ...(publicNote ? { publicNote } : {}) },
    });
    return { code: canonical, status: to };
  }, TX_OPTIONS);
}

/** Ticks or unticks one requirement of the service's standar pelayanan (open applications only). */
export async function setRequirementCheck(
  actor: Actor,
  code: string,
  requirementId: string,
  checked: boolean,
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<void> {
  assertCan(actor, "application:process");
  const canonical = canonicalOrNotFound(code);
  const now = nowOf(ctx);
  const app = await client.application.findUnique({
    where: { code: canonical },
    select: { id: true, counterId: true, serviceId: true, status: true },
  });
  if (!app) throw notFound(canonical);
  await assertScope(client, actor, app.counterId, { entityType: "Application", entityId: canonical, action: "application.requirement" }, ctx);
  if (isTerminal(app.status as ApplicationStatus)) {
    throw new AppError("CONFLICT", { message: "Application closed", messageKey: "applications.errors.closed" });
  }
  const req = await client.serviceRequirement.findFirst({
    where: { id: requirementId, serviceId: app.serviceId },
    select: { id: true, position: true },
  });
  if (!req) throw fieldError("requirementId", fieldMessage("invalid"));
  await client.$transaction(async (tx) => {
    const data = { checked, checkedById: actor.userId, checkedAt: checked ? now : null };
    await tx.applicationRequirementCheck.upsert({
      where: { applicationId_requirementId: { applicationId: app.id, requirementId: req.id } },
      create: { applicationId: app.id, requirementId: req.id, ...data },
      update: data,
      select: { checked: true },
    });
    await writeAudit(tx, {
      actor,
      action: "application.requirement",
      entityType: "Application",
      entityId: canonical,
      ip: ctx?.ip ?? null,
      at: now,
      details: { requirement: req.position, checked },
    });
  }, TX_OPTIONS);
}

/** An internal note (staff only, never public). */
export async function addNote(
  actor: Actor,
  code: string,
  body: string,
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<void> {
  assertCan(actor, "application:process");
  const canonical = canonicalOrNotFound(code);
  const text = cleanText("body", body, NOTE_MAX, true)!;
  const now = nowOf(ctx);
  const app = await client.application.findUnique({ where: { code: canonical }, select: { id: true, counterId: true } });
  if (!app) throw notFound(canonical);
  await assertScope(client, actor, app.counterId, { entityType: "Application", entityId: canonical, action: "application.note" }, ctx);
  await client.$transaction(async (tx) => {
    await tx.applicationNote.create({ data: { applicationId: app.id, authorId: actor.userId, body: text, createdAt: now }, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: "application.note",
      entityType: "Application",
      entityId: canonical,
      ip: ctx?.ip ?? null,
      at: now,
      details: { length: text.length },
    });
  }, TX_OPTIONS);
}

// ---------------------------------------------------------------------------------------------
// Staff views
// ---------------------------------------------------------------------------------------------

export interface ApplicationFilters {
  status?: ApplicationStatus;
  overdue?: boolean;
  /** Gerai number. */
  counter?: number;
  /** Part of the code (case, spaces and dashes ignored). */
  q?: string;
  page?: number;
}

export interface ApplicationListItem {
  code: string;
  status: ApplicationStatus;
  serviceName: string;
  counterNumber: number;
  applicantName: string;
  nikMasked: string;
  receivedDay: string;
  dueDay: string;
  overdue: boolean;
}

/** Applications the actor may see (officers: their gerai), newest first, PAGE_SIZE per page. */
export async function listApplications(
  actor: Actor,
  filters: ApplicationFilters = {},
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<{ items: ApplicationListItem[]; total: number; page: number; pageCount: number }> {
  assertCan(actor, "application:read");
  const today = dayWib(nowOf(ctx));
  const q = filters.q?.toUpperCase().replace(/[^0-9A-Z]/g, "").slice(0, 12);
  // Stored codes are "P-XXXX-XXXX": search on the body, with its dash where it falls.
  const body = q?.startsWith("P") && q.length > 1 ? q.slice(1) : q;
  const codeLike = body ? (body.length > 4 ? `${body.slice(0, 4)}-${body.slice(4)}` : body) : undefined;
  const where = {
    ...counterScope(actor),
    ...(filters.counter ? { counter: { number: filters.counter } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.overdue ? { dueDayWib: { lt: today }, status: { notIn: [...TERMINAL] } } : {}),
    ...(codeLike ? { code: { contains: codeLike } } : {}),
  };
  if (filters.overdue && filters.status) {
    // Both: the status must also be open.
    Object.assign(where, { status: TERMINAL.has(filters.status) ? { in: [] } : filters.status });
  }
  const total = await client.application.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const rows = await client.application.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { code: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      code: true,
      status: true,
      applicantName: true,
      nikMasked: true,
      receivedDayWib: true,
      dueDayWib: true,
      service: { select: { name: true } },
      counter: { select: { number: true } },
    },
  });
  return {
    items: rows.map((r) => ({
      code: r.code,
      status: r.status as ApplicationStatus,
      serviceName: r.service.name,
      counterNumber: r.counter.number,
      applicantName: r.applicantName,
      nikMasked: r.nikMasked,
      receivedDay: r.receivedDayWib,
      dueDay: r.dueDayWib,
      overdue: isOverdue(r.dueDayWib, today, TERMINAL.has(r.status as ApplicationStatus)),
    })),
    total,
    page,
    pageCount,
  };
}

export interface StaffApplicationView {
  code: string;
  status: ApplicationStatus;
  service: { slug: string; name: string; durationText: string; durationDays: number };
  counter: { number: number; name: string };
  applicantName: string;
  nikMasked: string;
  phoneMasked: string | null;
  domicile: { kelurahan: string; kecamatan: string } | null;
  outsideCity: boolean;
  receivedDay: string;
  dueDay: string;
  overdue: boolean;
  completedAt: string | null;
  rejectionReason: string | null;
  createdBy: string | null;
  fromVisit: boolean;
  requirements: { id: string; position: number; text: string; note: string | null; optional: boolean; checked: boolean; checkedBy: string | null; checkedAt: string | null }[];
  requirementsComplete: boolean;
  history: { from: ApplicationStatus | null; to: ApplicationStatus; publicNote: string | null; actor: string | null; at: string }[];
  notes: { body: string; author: string | null; at: string }[];
  allowedNext: ApplicationStatus[];
}

/** One application for staff: masked personal data, checklist, history and notes. */
export async function getForStaff(actor: Actor, code: string, ctx?: ApplicationContext, client: Db = defaultDb): Promise<StaffApplicationView> {
  assertCan(actor, "application:read");
  const canonical = canonicalOrNotFound(code);
  const today = dayWib(nowOf(ctx));
  const a = await client.application.findUnique({
    where: { code: canonical },
    select: {
      code: true,
      counterId: true,
      status: true,
      applicantName: true,
      nikMasked: true,
      phoneMasked: true,
      outsideCity: true,
      receivedDayWib: true,
      dueDayWib: true,
      completedAt: true,
      rejectionReason: true,
      visitId: true,
      createdBy: { select: { name: true } },
      kelurahan: { select: { name: true, kecamatan: { select: { name: true } } } },
      service: {
        select: {
          slug: true,
          name: true,
          durationText: true,
          durationDays: true,
          requirements: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, note: true, isOptional: true } },
        },
      },
      counter: { select: { number: true, name: true } },
      checks: { select: { requirementId: true, checked: true, checkedAt: true, checkedBy: { select: { name: true } } } },
      history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, publicNote: true, createdAt: true, actor: { select: { name: true } } } },
      notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!a) throw notFound(canonical);
  await assertScope(client, actor, a.counterId, { entityType: "Application", entityId: canonical, action: "application.view" }, ctx);
  const status = a.status as ApplicationStatus;
  const checks = new Map(a.checks.map((c) => [c.requirementId, c]));
  const requirements = a.service.requirements.map((r) => {
    const c = checks.get(r.id);
    return {
      id: r.id,
      position: r.position,
      text: r.text,
      note: r.note,
      optional: r.isOptional,
      checked: c?.checked ?? false,
      checkedBy: c?.checked ? (c.checkedBy?.name ?? null) : null,
      checkedAt: c?.checked && c.checkedAt ? toWibIso(c.checkedAt) : null,
    };
  });
  return {
    code: a.code,
    status,
    service: { slug: a.service.slug, name: a.service.name, durationText: a.service.durationText, durationDays: a.service.durationDays },
    counter: a.counter,
    applicantName: a.applicantName,
    nikMasked: a.nikMasked,
    phoneMasked: a.phoneMasked,
    domicile: a.kelurahan ? { kelurahan: a.kelurahan.name, kecamatan: a.kelurahan.kecamatan.name } : null,
    outsideCity: a.outsideCity,
    receivedDay: a.receivedDayWib,
    dueDay: a.dueDayWib,
    overdue: isOverdue(a.dueDayWib, today, isTerminal(status)),
    completedAt: a.completedAt ? toWibIso(a.completedAt) : null,
    rejectionReason: a.rejectionReason,
    createdBy: a.createdBy?.name ?? null,
    fromVisit: a.visitId !== null,
    requirements,
    requirementsComplete: requirements.every((r) => r.optional || r.checked),
    history: a.history.map((h) => ({
      from: (h.fromStatus as ApplicationStatus | null) ?? null,
      to: h.toStatus as ApplicationStatus,
      publicNote: h.publicNote,
      actor: h.actor?.name ?? null,
      at: toWibIso(h.createdAt),
    })),
    notes: a.notes.map((n) => ({ body: n.body, author: n.author?.name ?? null, at: toWibIso(n.createdAt) })),
    allowedNext: can(actor.role, "application:process") ? [...allowedNext(status)] : [],
  };
}

/**
 * The applicant's full NIK and phone number, for a staff member with personal-data:read on the
 * application's gerai. Writes a "pii.view" audit row (NIK masked) before anything is returned.
 */
export async function revealPersonalData(
  actor: Actor,
  code: string,
  ctx?: ApplicationContext,
  client: Db = defaultDb,
): Promise<{ nik: string; phone: string | null }> {
  assertCan(actor, "personal-data:read");
  const canonical = canonicalOrNotFound(code);
  const a = await client.application.findUnique({
    where: { code: canonical },
    select: { counterId: true, nikEncrypted: true, nikMasked: true, phoneEncrypted: true, phoneMasked: true },
  });
  if (!a) throw notFound(canonical);
  await assertScope(client, actor, a.counterId, { entityType: "Application", entityId: canonical, action: "pii.view" }, ctx);
  await writeAudit(client, {
    actor,
    action: "pii.view",
    entityType: "Application",
    entityId: canonical,
    ip: ctx?.ip ?? null,
    at: nowOf(ctx),
    details: { fields: a.phoneEncrypted ? ["nik", "phone"] : ["nik"], nik: a.nikMasked, ...(a.phoneMasked ? { phone: a.phoneMasked } : {}) },
  });
  const key = piiKey();
  return { nik: decryptPii(key, a.nikEncrypted), phone: a.phoneEncrypted ? decryptPii(key, a.phoneEncrypted) : null };
}

// ---------------------------------------------------------------------------------------------
// Public tracking
// ---------------------------------------------------------------------------------------------

export interface PublicApplicationView {
  code: string;
  status: ApplicationStatus;
  /** e.g. "B. S." for "Budi Santoso": enough to recognise one's own application, nothing more. */
  applicantInitials: string;
  service: { slug: string; name: string; nameEn: string; durationText: string; durationDays: number };
  counter: { number: number; floor: number; name: string; agencyName: string };
  receivedDay: string;
  dueDay: string;
  overdue: boolean;
  completedAt: string | null;
  rejectionReason: string | null;
  timeline: { status: ApplicationStatus; at: string; note: string | null }[];
}

/** "Budi Santoso" -> "B. S."; at most three initials. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s.,]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 3)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(" ");
}

export type TrackingCodeProblem = "LENGTH" | "CHARACTER" | "CHECK";

/** Parses a typed code for the public look-up: the canonical code or why it is malformed. */
export function parseTrackingCode(input: string): { ok: true; code: string } | { ok: false; reason: TrackingCodeProblem } {
  return parseApplicationCode(input.slice(0, 40));
}

/**
 * The public status of an application: timeline, service, gerai, due date, applicant initials.
 * No NIK, phone number, domicile, notes or staff names. BAD_REQUEST for a malformed code (field
 * "code"), NOT_FOUND for an unknown one, RATE_LIMITED per IP (when ctx.ip is given).
 */
export async function getPublic(code: string, ctx?: ApplicationContext, client: Db = defaultDb): Promise<PublicApplicationView> {
  const parsed = parseTrackingCode(code);
  if (!parsed.ok) throw fieldError("code", `tracking.codeErrors.${parsed.reason}`, "BAD_REQUEST");
  const now = nowOf(ctx);
  if (ctx?.ip) {
    await enforceRateLimits([{ key: rateLimitKey("application.track:ip", ctx.ip, piiKey()), ...TRACKING_RATE_LIMIT }], now, client);
  }
  const a = await client.application.findUnique({
    where: { code: parsed.code },
    select: {
      code: true,
      status: true,
      applicantName: true,
      receivedDayWib: true,
      dueDayWib: true,
      completedAt: true,
      rejectionReason: true,
      service: { select: { slug: true, name: true, nameEn: true, durationText: true, durationDays: true } },
      counter: { select: { number: true, floor: true, name: true, agency: { select: { name: true } } } },
      history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { toStatus: true, publicNote: true, createdAt: true } },
    },
  });
  if (!a) throw notFound(parsed.code);
  const status = a.status as ApplicationStatus;
  return {
    code: a.code,
    status,
    applicantInitials: initialsOf(a.applicantName),
    service: a.service,
    counter: { number: a.counter.number, floor: a.counter.floor, name: a.counter.name, agencyName: a.counter.agency.name },
    receivedDay: a.receivedDayWib,
    dueDay: a.dueDayWib,
    overdue: isOverdue(a.dueDayWib, dayWib(now), isTerminal(status)),
    completedAt: a.completedAt ? toWibIso(a.completedAt) : null,
    rejectionReason: status === "DITOLAK" ? a.rejectionReason : null,
    timeline: a.history.map((h) => ({ status: h.toStatus as ApplicationStatus, at: toWibIso(h.createdAt), note: h.publicNote })),
  };
}

/** Services the actor may register applications for (officers: their gerai), by gerai then name. */
export async function servicesForApplications(actor: Actor, client: Db = defaultDb) {
  assertCan(actor, "application:create");
  const rows = await client.service.findMany({
    where: { isActive: true, ...counterScope(actor) },
    orderBy: [{ counter: { number: "asc" } }, { name: "asc" }],
    select: { slug: true, name: true, durationText: true, counter: { select: { number: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, name: r.name, durationText: r.durationText, counterNumber: r.counter.number }));
}

/** The gerai the actor may filter on (officers: theirs), by number. */
export async function countersForActor(actor: Actor, client: Db = defaultDb): Promise<{ number: number; name: string }[]> {
  assertCan(actor, "application:read");
  return client.counter.findMany({
    where: actor.role === "OFFICER" ? { id: { in: actor.counterIds } } : {},
    orderBy: { number: "asc" },
    select: { number: true, name: true },
  });
}

/**
 * Whether the actor may open application `code`: "missing" (unknown or malformed code),
 * "forbidden" (another gerai; audited as access.refused) or "ok". For the staff page's layout,
 * which must decide the HTTP status (404/403) before anything is streamed.
 */
export async function applicationAccess(actor: Actor, code: string, ctx?: ApplicationContext, client: Db = defaultDb): Promise<"ok" | "missing" | "forbidden"> {
  if (!can(actor.role, "application:read")) return "forbidden";
  const parsed = parseApplicationCode(code);
  if (!parsed.ok) return "missing";
  const a = await client.application.findUnique({ where: { code: parsed.code }, select: { counterId: true } });
  if (!a) return "missing";
  try {
    await assertScope(client, actor, a.counterId, { entityType: "Application", entityId: parsed.code, action: "application.view" }, ctx);
  } catch {
    return "forbidden";
  }
  return "ok";
}
