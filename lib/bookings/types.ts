// The booking domain's public shapes, shared by the data layer (lib/bookings/service.ts), the
// booking pages (app/[locale]/pesan, app/[locale]/tiket, app/[locale]/kelola) and the API
// (app/api/v1/bookings). Plain objects only.
import type { Availability } from "./availability";

/** Booking window and limits (configurable per deployment later; constants for now). */
export const BOOKING_POLICY = {
  /** 1 = from tomorrow. */
  minDaysAhead: 1,
  maxDaysAhead: 14,
  /** Active bookings one NIK may hold on one day, across services. */
  maxActivePerNikPerDay: 3,
  /** Version of the consent text the citizen agreed to (UU 27/2022). */
  consentVersion: "2026-11-30",
} as const;

export interface BookingInput {
  serviceSlug: string;
  /** ISO 8601 instant, e.g. "2026-12-01T08:30:00+07:00". */
  slotStart: string;
  nik: string;
  name: string;
  phone: string;
  email?: string;
  /** Kelurahan of domicile (Kemendagri code), or outsideCity. */
  kelurahanCode?: string;
  outsideCity?: boolean;
  /** Explicit consent to personal-data processing; must be true. */
  consent: boolean;
}

export interface RequestContext {
  now?: Date;
  /** Client IP for rate limiting (never logged with a NIK). */
  ip?: string;
  /** Idempotency-Key: a retried or double-tapped POST returns the same booking. */
  idempotencyKey?: string;
}

/** What the booker (with proof) sees; NIK and phone always masked. */
export interface BookingView {
  code: string;
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
  service: { slug: string; name: string; nameEn: string; requirements: string[] };
  counter: { number: number; floor: number; name: string; agencyName: string };
  /** ISO 8601 with +07:00. */
  start: string;
  end: string;
  dayWib: string;
  name: string;
  nikMasked: string;
  phoneMasked: string;
  email: string | null;
  kelurahan: { code: string; name: string; kecamatanName: string } | null;
  outsideCity: boolean;
  createdAt: string;
  /** Whether it can still be cancelled or moved (booked and before its start). */
  changeable: boolean;
}

/** The public ticket (by code alone): no name, NIK masked. */
export type TicketView = Omit<BookingView, "name" | "phoneMasked" | "email" | "kelurahan" | "outsideCity">;

export interface ServiceAvailability {
  service: { slug: string; name: string; nameEn: string; onlineBooking: boolean; counterNumber: number };
  from: string;
  to: string;
  availability: Availability;
}

/** Proof that the caller is the booker: the NIK or the phone number used when booking. */
export type BookingProof = { nik: string } | { phone: string };
