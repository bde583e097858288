import type { ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/**
 * The statistics pages stream (loading.tsx), so a page's own forbidden() would come after a
 * 200 status: an anonymous visitor is sent to sign-in (307) and a signed-in role without
 * statistics refused (403) here, before streaming starts.
 * Every page still checks its own permission (requireStaffPage).
 */
export default async function StatsLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect(`/staf/masuk?lanjut=${encodeURIComponent("/staf/statistik")}`);
  if (!(can(actor.role, "stats:read") || can(actor.role, "evaluation:read"))) forbidden();
  return children;
}
