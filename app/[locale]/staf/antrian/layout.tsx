import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

/**
 * Section check before anything is streamed (a real 307/403 status). The loading boundaries sit
 * below it: in (daftar)/ for the list of gerai and in [number]/, whose own layout checks the gerai
 * (an officer of another gerai gets 403) outside its loading boundary too.
 */
export default async function QueueSectionLayout({ children }: { children: ReactNode }) {
  await requireStaffPage("queue:read", "/staf/antrian");
  return children;
}
