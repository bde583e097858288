import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireStaffPage } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { queueCounter } from "@/lib/queue/service";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string; number: string }> };

/**
 * Access check outside the segment's loading boundary (loading.tsx wraps only the page), so a
 * refusal answers with a real HTTP status: 403 for another officer's gerai, 404 for no gerai.
 */
export default async function CounterQueueLayout({ children, params }: Props) {
  const { number } = await params;
  if (!/^\d{1,3}$/.test(number)) notFound();
  const actor = await requireStaffPage("queue:read", `/staf/antrian/${number}`);
  try {
    await queueCounter(actor, Number(number));
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  return children;
}
