// Rate limits of the booking endpoints (lib/rate-limit.ts). Per deployment later; constants now.
//
// Creating: per NIK (keyed hash) 5 attempts per WIB day, per IP address 60 per 10 minutes (loose:
// many phones share one address behind a mobile carrier's NAT). Looking up, cancelling and
// rescheduling (one shared budget): per IP 30 per 10 minutes, and per booking code 10 FAILED
// proofs per 10 minutes, so nobody can try NIKs or phone numbers against a code.
export const BOOKING_RATE_LIMITS = {
  createPerNik: { limit: 5, windowSeconds: 24 * 60 * 60 },
  createPerIp: { limit: 60, windowSeconds: 10 * 60 },
  managePerIp: { limit: 30, windowSeconds: 10 * 60 },
  managePerCode: { limit: 10, windowSeconds: 10 * 60 },
} as const;

/** Longest date range of one availability request (days, inclusive). */
export const MAX_AVAILABILITY_DAYS = 31;
