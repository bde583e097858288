"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaffAction } from "@/lib/auth/guard";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { changeStaff, createStaff, newStaffSchema } from "@/lib/users/service";

export type CreateStaffState =
  | { ok: true; username: string }
  | { ok: false; fieldErrors: Record<string, string[]>; message: string; values: Record<string, string | string[]> }
  | null;

const text = (form: FormData, name: string) => {
  const v = form instanceof FormData ? form.get(name) : null;
  return typeof v === "string" ? v.slice(0, 300) : "";
};

export async function createStaffAction(_prev: CreateStaffState, form: FormData): Promise<CreateStaffState> {
  const actor = await requireStaffAction("users:manage", "staf/pengguna:create");
  const values = {
    username: text(form, "username"),
    email: text(form, "email"),
    name: text(form, "name"),
    role: text(form, "role"),
    counters: (form instanceof FormData ? form.getAll("counters") : []).filter((v): v is string => typeof v === "string").slice(0, 30),
  };
  const parsed = newStaffSchema.safeParse({ ...values, password: text(form, "password") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors, message: "VALIDATION", values };
  }
  try {
    await createStaff(actor, parsed.data, clientIp(await headers()));
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, fieldErrors: err.fieldErrors ?? {}, message: err.code, values };
  }
  revalidatePath("/staf/pengguna");
  return { ok: true, username: parsed.data.username };
}

const changeSchema = z.object({
  userId: z.string().min(1).max(40),
  change: z.enum(["disable", "enable", "unlock", "revoke-sessions"]),
});

export async function changeStaffAction(form: FormData): Promise<void> {
  const actor = await requireStaffAction("users:manage", "staf/pengguna:change");
  const parsed = changeSchema.safeParse({ userId: text(form, "userId"), change: text(form, "change") });
  if (!parsed.success) return;
  try {
    await changeStaff(actor, parsed.data.userId, parsed.data.change, clientIp(await headers()));
  } catch (e) {
    // Unknown account or a refused change (disabling oneself): nothing changed; the page shows
    // the accounts as they are.
    const err = toAppError(e);
    if (err.status >= 500) throw e;
  }
  revalidatePath("/staf/pengguna");
}
