import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listGerai } from "@/lib/stats/queries";

export const dynamic = "force-dynamic";

/** An unknown gerai number answers a real 404 here, before the pages below start streaming. */
export default async function GeraiLayout({ children, params }: { children: ReactNode; params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!/^\d{1,3}$/.test(number)) notFound();
  const actor = await currentActor();
  if (actor && can(actor.role, "evaluation:read")) {
    const gerai = await listGerai(db, actor);
    if (!gerai.some((g) => g.number === Number(number))) notFound();
  }
  return children;
}
