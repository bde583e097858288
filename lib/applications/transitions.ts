// The life of an application (permohonan) and which status may follow which.
//
//   DITERIMA ──> VERIFIKASI_BERKAS ──> DIPROSES ──> SELESAI
//      │              │    ▲              │
//      │              ▼    │              │
//      │         PERLU_PERBAIKAN ─────────┤ (DIPROSES may also ask for a correction)
//      ▼              ▼                   ▼
//   DITOLAK  <──── (from any open status, with a reason)
//
// SELESAI and DITOLAK are final. DITOLAK needs a reason (shown to the citizen). Moving on to
// DIPROSES needs every mandatory requirement ticked (checked by the data layer).

export const APPLICATION_STATUSES = [
  "DITERIMA",
  "VERIFIKASI_BERKAS",
  "PERLU_PERBAIKAN",
  "DIPROSES",
  "SELESAI",
  "DITOLAK",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  DITERIMA: ["VERIFIKASI_BERKAS", "DITOLAK"],
  VERIFIKASI_BERKAS: ["DIPROSES", "PERLU_PERBAIKAN", "DITOLAK"],
  PERLU_PERBAIKAN: ["VERIFIKASI_BERKAS", "DITOLAK"],
  DIPROSES: ["SELESAI", "PERLU_PERBAIKAN", "DITOLAK"],
  SELESAI: [],
  DITOLAK: [],
};

export const TERMINAL: ReadonlySet<ApplicationStatus> = new Set(["SELESAI", "DITOLAK"]);

export const REASON_MAX = 500;
export const PUBLIC_NOTE_MAX = 500;

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === "string" && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL.has(status);
}

export function allowedNext(from: ApplicationStatus): readonly ApplicationStatus[] {
  return TRANSITIONS[from];
}

export type TransitionProblem =
  /** `to` does not follow `from` (including anything after a final status). */
  | "NOT_ALLOWED"
  /** DITOLAK without a reason. */
  | "REASON_REQUIRED"
  /** DIPROSES while mandatory requirements are not ticked. */
  | "REQUIREMENTS_INCOMPLETE";

/**
 * Why `from -> to` may not happen, or null when it may. `reason`: the rejection reason (trimmed);
 * `requirementsComplete`: whether every mandatory requirement is ticked.
 */
export function transitionProblem(
  from: ApplicationStatus,
  to: ApplicationStatus,
  opts: { reason?: string | null; requirementsComplete?: boolean } = {},
): TransitionProblem | null {
  if (!TRANSITIONS[from].includes(to)) return "NOT_ALLOWED";
  if (to === "DITOLAK" && !opts.reason?.trim()) return "REASON_REQUIRED";
  if (to === "DIPROSES" && opts.requirementsComplete === false) return "REQUIREMENTS_INCOMPLETE";
  return null;
}
