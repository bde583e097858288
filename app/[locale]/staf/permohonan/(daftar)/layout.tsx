import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";

// Checked before this segment's loading boundary (the HTTP status must be 307/403, not 200).
export default async function ApplicationListLayout({ children }: { children: ReactNode }) {
  await requireStaffPage("application:read", "/staf/permohonan");
  return children;
}
