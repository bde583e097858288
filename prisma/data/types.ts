// Shapes of the seed data. The catalogue is demo data built from public information
// about MPP Kota Pekalongan (see docs/decisions and ../shared/reference/domain-facts.md).

export type AgencyKind = "OPD" | "VERTICAL" | "BUMN" | "BUMD" | "BANK";

export interface AgencySeed {
  slug: string; // kebab-case, unique, e.g. "disdukcapil"
  name: string; // official name in Indonesian
  shortName: string; // e.g. "Disdukcapil"
  kind: AgencyKind;
  description: string; // 1-2 sentences, Indonesian
  /** Main office address (where citizens go when the MPP counter cannot serve them). */
  address: string;
  phone?: string;
  website?: string;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. Times are WIB, "HH:MM" 24h. */
export interface HoursSeed {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  open: string;
  close: string;
}

export interface CounterSeed {
  number: number; // 1..23, unique
  floor: 1 | 2;
  agencySlug: string;
  name: string; // e.g. "Gerai Disdukcapil"
  description: string;
  /** Only the days the gerai is open; a missing weekday means closed that day. */
  hours: HoursSeed[];
}

export interface CategorySeed {
  slug: string;
  name: string; // Indonesian
  nameEn: string;
  description: string; // Indonesian, one sentence
}

export interface RequirementSeed {
  text: string; // Indonesian, e.g. "KTP-el asli dan fotokopi 1 lembar"
  note?: string;
  optional?: boolean;
}

export interface ServiceSeed {
  slug: string; // kebab-case, unique across all services
  name: string; // Indonesian
  nameEn: string;
  summary: string; // one sentence, Indonesian
  categorySlug: string;
  agencySlug: string;
  counterNumber: number; // the gerai that serves it
  requirements: RequirementSeed[]; // persyaratan, at least 1
  procedure: string[]; // sistem, mekanisme dan prosedur: ordered steps, at least 2
  durationText: string; // jangka waktu, e.g. "1 hari kerja", "Selesai di tempat (±15 menit)"
  durationDays: number; // working days until the product is ready; 0 = same day
  costAmount: number; // rupiah; 0 = free (Gratis)
  costText?: string; // optional detail when the cost varies, e.g. "Sesuai tarif PNBP"
  costLegalBasis: string; // legal basis of the fee (or of it being free)
  product: string; // produk pelayanan, e.g. "KTP-el"
  legalBasis: string; // dasar hukum of the service
  complaintChannel?: string; // defaults to the MPP channel when absent
  onlineBooking: boolean; // whether a counter visit can be booked online
  averageServiceMinutes: number; // typical time at the counter
  keywords: string[]; // everyday words, abbreviations, misspellings people type
}
