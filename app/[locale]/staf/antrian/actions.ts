"use server";

// Counter officer: queue actions on one gerai. zod -> permission -> data function -> redirect
// back to the gerai's queue with what happened (or why not). Works without JavaScript: every
// button is a plain submit of a form posting this action.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { requireStaffAction } from "@/lib/auth/guard";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import {
  callNext,
  callVisit,
  finishService,
  recallVisit,
  skipVisit,
  startService,
  transferVisit,
} from "@/lib/queue/service";
import type { VisitView } from "@/lib/queue/types";

const OPS = ["call-next", "call", "recall", "skip", "start", "finish", "transfer"] as const;

const schema = z.object({
  op: z.enum(OPS),
  counter: z.coerce.number().int().min(1).max(999),
  visit: z.string().max(40).optional(),
  target: z.string().max(40).optional(),
});

const text = (form: FormData, name: string) => {
  const v = form instanceof FormData ? form.get(name) : null;
  return typeof v === "string" && v !== "" ? v.slice(0, 100) : undefined;
};

/** One queue action; the pressed button's name="op" says which. */
export async function queueAction(form: FormData): Promise<void> {
  // Permission first: a malformed call without a session is still sent to sign in.
  const actor = await requireStaffAction("queue:operate", "staf/antrian:action");
  const parsed = schema.safeParse({ op: text(form, "op"), counter: text(form, "counter"), visit: text(form, "visit"), target: text(form, "target") });
  if (!parsed.success) redirect("/staf/antrian");
  const { op, counter, visit, target } = parsed.data;
  const page = `/staf/antrian/${counter}`;
  const ctx = { ip: clientIp(await headers()) };
  if (op !== "call-next" && !visit) redirect(page);
  let result: VisitView;
  try {
    if (op === "call-next" || !visit) result = await callNext(actor, counter, ctx);
    else if (op === "call") result = await callVisit(actor, visit, ctx);
    else if (op === "recall") result = await recallVisit(actor, visit, ctx);
    else if (op === "skip") result = await skipVisit(actor, visit, ctx);
    else if (op === "start") result = await startService(actor, visit, ctx);
    else if (op === "finish") result = await finishService(actor, visit, ctx);
    else result = await transferVisit(actor, visit, target ?? "", ctx);
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "FORBIDDEN") forbidden();
    const key = err.messageKey?.startsWith("staffQueue.errors.") ? err.messageKey.slice("staffQueue.errors.".length) : "failed";
    redirect(`${page}?galat=${key}`);
  }
  const q = new URLSearchParams({ pesan: op === "call-next" ? "call" : op, tiket: result.ticket, kunjungan: result.id });
  if (op === "transfer") q.set("gerai", String(result.counter.number));
  redirect(`${page}?${q.toString()}`);
}
