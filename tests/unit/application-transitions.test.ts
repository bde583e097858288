import { describe, expect, it } from "vitest";
import {
  APPLICATION_STATUSES,
  allowedNext,
  isTerminal,
  transitionProblem,
  TRANSITIONS,
  type ApplicationStatus,
} from "@/lib/applications/transitions";

describe("application transitions", () => {
  it("follows the documented path to SELESAI", () => {
    const path: ApplicationStatus[] = ["DITERIMA", "VERIFIKASI_BERKAS", "DIPROSES", "SELESAI"];
    for (let i = 1; i < path.length; i++) expect(transitionProblem(path[i - 1]!, path[i]!)).toBeNull();
  });

  it("sends a correction back to verification", () => {
    expect(transitionProblem("VERIFIKASI_BERKAS", "PERLU_PERBAIKAN")).toBeNull();
    expect(transitionProblem("PERLU_PERBAIKAN", "VERIFIKASI_BERKAS")).toBeNull();
    expect(transitionProblem("PERLU_PERBAIKAN", "DIPROSES")).toBe("NOT_ALLOWED");
  });

  it("keeps SELESAI and DITOLAK final", () => {
    for (const to of APPLICATION_STATUSES) {
      expect(transitionProblem("SELESAI", to, { reason: "x" })).toBe("NOT_ALLOWED");
      expect(transitionProblem("DITOLAK", to, { reason: "x" })).toBe("NOT_ALLOWED");
    }
    expect(isTerminal("SELESAI") && isTerminal("DITOLAK")).toBe(true);
    expect(allowedNext("SELESAI")).toEqual([]);
  });

  it("needs a reason to reject, from every open status", () => {
    for (const from of APPLICATION_STATUSES.filter((s) => !isTerminal(s))) {
      expect(transitionProblem(from, "DITOLAK")).toBe("REASON_REQUIRED");
      expect(transitionProblem(from, "DITOLAK", { reason: "   " })).toBe("REASON_REQUIRED");
      expect(transitionProblem(from, "DITOLAK", { reason: "Berkas palsu" })).toBeNull();
    }
  });

  it("needs the mandatory requirements ticked before DIPROSES", () => {
    expect(transitionProblem("VERIFIKASI_BERKAS", "DIPROSES", { requirementsComplete: false })).toBe("REQUIREMENTS_INCOMPLETE");
    expect(transitionProblem("VERIFIKASI_BERKAS", "DIPROSES", { requirementsComplete: true })).toBeNull();
  });

  it("never allows staying, skipping verification or going back to DITERIMA", () => {
    for (const s of APPLICATION_STATUSES) {
      expect(TRANSITIONS[s]).not.toContain(s);
      expect(TRANSITIONS[s]).not.toContain("DITERIMA");
    }
    expect(transitionProblem("DITERIMA", "DIPROSES")).toBe("NOT_ALLOWED");
    expect(transitionProblem("DITERIMA", "SELESAI")).toBe("NOT_ALLOWED");
  });
});
