// The queue domain's public shapes, shared by lib/queue/service.ts, the staff pages
// (app/[locale]/staf/resepsionis, app/[locale]/staf/antrian) and route handlers. Plain objects.

export type VisitStatus = "WAITING" | "CALLED" | "SERVING" | "DONE" | "NO_SHOW" | "TRANSFERRED";
export type VisitSource = "BOOKING" | "WALK_IN";

export interface QueueContext {
  now?: Date;
  /** Client IP, for the audit trail. */
  ip?: string | null;
}

export interface CounterRef {
  id: string;
  number: number;
  floor: number;
  name: string;
}

/** One visit as staff see it: NIK always masked. Instants are ISO 8601 with +07:00. */
export interface VisitView {
  id: string;
  counter: CounterRef;
  queueNumber: number;
  /** "07-012": gerai number and queue number, as printed on the ticket and called out. */
  ticket: string;
  source: VisitSource;
  status: VisitStatus;
  dayWib: string;
  name: string;
  nikMasked: string | null;
  service: { id: string; slug: string; name: string; nameEn: string };
  kelurahanName: string | null;
  outsideCity: boolean;
  checkedInAt: string;
  calledAt: string | null;
  serviceStartedAt: string | null;
  finishedAt: string | null;
  waitSeconds: number | null;
  serviceSeconds: number | null;
  bookingCode: string | null;
  /** Start of the booked slot (booked visitors checked in here). */
  slotStart: string | null;
  /** Checked in after slot start + grace. */
  late: boolean;
  /** Goes before first-come-first-served visitors now (lib/queue/order.ts). */
  priority: boolean;
  transferredFrom: string | null;
}

export interface QueueView {
  counter: CounterRef;
  dayWib: string;
  /** In serving order. */
  waiting: VisitView[];
  called: VisitView[];
  serving: VisitView[];
  /** DONE, NO_SHOW and TRANSFERRED, latest first. */
  finished: VisitView[];
}

/** A walk-in registration (front desk). */
export interface WalkInInput {
  serviceId: string;
  nik: string;
  name: string;
  kelurahanCode?: string;
  outsideCity?: boolean;
  /** Explicit consent to personal-data processing (UU 27/2022); must be true. */
  consent: boolean;
}

/** Version of the front-desk consent statement the visitor agreed to. */
export const WALK_IN_CONSENT_VERSION = "2026-11-30";
