import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";

// Checked before the loading boundary of this segment (the HTTP status must be 403, not 200).
export default async function NewApplicationLayout({ children }: { children: ReactNode }) {
  await requireStaffPage("application:create", "/staf/permohonan/baru");
  return children;
}
