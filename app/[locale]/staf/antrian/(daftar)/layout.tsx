import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

/**
 * Permission check before anything is streamed (a real 307/403 status): the loading boundary of
 * this route group sits below it. /staf/antrian/[number] has its own layout (it also checks the gerai).
 */
export default async function QueueListLayout({ children }: { children: ReactNode }) {
  await requireStaffPage("queue:read", "/staf/antrian");
  return children;
}
