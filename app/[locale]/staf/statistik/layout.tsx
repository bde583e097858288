import type { ReactNode } from "react";
import { forbidden } from "next/navigation";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/**
 * The statistics pages stream (loading.tsx), so a page's own forbidden() would come after a
 * 200 status: a signed-in role without statistics is refused here, before streaming starts, with
 * a real 403. Anonymous visitors go on to the page, which sends them to sign-in and back to it.
 * Every page still checks its own permission (requireStaffPage).
 */
export default async function StatsLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (actor && !(can(actor.role, "stats:read") || can(actor.role, "evaluation:read"))) forbidden();
  return children;
}
