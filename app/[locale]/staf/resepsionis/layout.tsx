import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

/**
 * Permission check outside the segment's loading boundary (loading.tsx wraps only the page), so
 * a refusal answers with a real HTTP status (403, or the redirect to sign in).
 */
export default async function FrontDeskLayout({ children }: { children: ReactNode }) {
  await requireStaffPage("checkin:operate", "/staf/resepsionis");
  return children;
}
