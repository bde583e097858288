"use server";

// Server actions of the applications console: zod -> permission -> data function -> typed
// result (forms keep their input and show field errors) or redirect. Work without JavaScript.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addNote,
  changeStatus,
  createDirect,
  createFromVisit,
  revealPersonalData,
  setRequirementCheck,
} from "@/lib/applications/service";
import { formError, langOf, type FormState } from "@/lib/applications/form-state";
import { APPLICATION_STATUSES } from "@/lib/applications/transitions";
import { requireStaffAction } from "@/lib/auth/guard";
import { parseApplicationCode } from "@/lib/bookings/code";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";

const OUTSIDE_CITY = "luar-kota";

/** A form POST always carries FormData; anything else (a hand-made request) is refused. */
function badForm(lang: "id" | "en" = "id") {
  return formError(new AppError("BAD_REQUEST"), lang);
}

const str = (form: FormData, name: string, max = 1000) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};

async function ipOf(): Promise<string> {
  return clientIp(await headers());
}

const codeSchema = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const r = parseApplicationCode(v);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: "invalid code" });
      return z.NEVER;
    }
    return r.code;
  });

/** Registers an application (from a visit when `visitId` is sent, else directly), then opens it. */
export async function createApplicationAction(_prev: FormState, form: FormData): Promise<FormState> {
  // Permission first (no session: to sign-in; wrong role: 403), before reading anything.
  const actor = await requireStaffAction("application:create", "staf/permohonan:create");
  if (!(form instanceof FormData)) return badForm();
  const lang = langOf(form.get("locale"));
  const values = {
    service: str(form, "service", 120),
    name: str(form, "name", 120),
    phone: str(form, "phone", 40),
    domicile: str(form, "domicile", 40),
    nik: str(form, "nik", 40),
    visitId: str(form, "visitId", 60),
  };
  let code: string;
  try {
    const ctx = { ip: await ipOf() };
    if (values.visitId) {
      ({ code } = await createFromVisit(actor, values.visitId, { nik: values.nik || undefined, phone: values.phone || undefined }, ctx));
    } else {
      ({ code } = await createDirect(
        actor,
        {
          service: values.service,
          nik: values.nik,
          name: values.name,
          phone: values.phone || null,
          kelurahanCode: values.domicile && values.domicile !== OUTSIDE_CITY ? values.domicile : null,
          outsideCity: values.domicile === OUTSIDE_CITY,
          consent: form.get("consent") === "ya",
        },
        ctx,
      ));
    }
  } catch (e) {
    return formError(e, lang, values);
  }
  redirect(`/staf/permohonan/${code}?pesan=baru`);
}

const statusSchema = z.object({
  code: codeSchema,
  to: z.enum(APPLICATION_STATUSES),
  from: z.enum(APPLICATION_STATUSES),
  reason: z.string().max(2000).optional(),
  publicNote: z.string().max(2000).optional(),
});

/** Moves an application on; the officer's view of the current status guards against a double change. */
export async function changeStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requireStaffAction("application:process", "staf/permohonan:status");
  if (!(form instanceof FormData)) return badForm();
  const lang = langOf(form.get("locale"));
  const values = { reason: str(form, "reason", 2000), publicNote: str(form, "publicNote", 2000), to: str(form, "to", 40) };
  const parsed = statusSchema.safeParse({ code: str(form, "code"), to: str(form, "to"), from: str(form, "from"), reason: values.reason, publicNote: values.publicNote });
  if (!parsed.success) return formError(new AppError("BAD_REQUEST"), lang, values);
  const { code, to, from, reason, publicNote } = parsed.data;
  try {
    await changeStatus(actor, code, to, { expectedFrom: from, reason: reason || null, publicNote: publicNote || null }, { ip: await ipOf() });
  } catch (e) {
    return formError(e, lang, values);
  }
  redirect(`/staf/permohonan/${code}?pesan=status`);
}

/** Ticks or unticks one requirement. */
export async function requirementAction(form: FormData): Promise<void> {
  const actor = await requireStaffAction("application:process", "staf/permohonan:requirement");
  if (!(form instanceof FormData)) redirect("/staf/permohonan");
  const parsed = z
    .object({ code: codeSchema, requirementId: z.string().min(1).max(60), checked: z.enum(["1", "0"]) })
    .safeParse({ code: str(form, "code"), requirementId: str(form, "requirementId"), checked: str(form, "checked") });
  if (!parsed.success) redirect("/staf/permohonan");
  const { code, requirementId, checked } = parsed.data;
  let problem: string | null = null;
  try {
    await setRequirementCheck(actor, code, requirementId, checked === "1", { ip: await ipOf() });
  } catch (e) {
    const err = e instanceof AppError ? e : null;
    if (!err) throw e;
    if (err.code === "FORBIDDEN" || err.code === "UNAUTHENTICATED") throw e;
    problem = err.code === "CONFLICT" ? "ditutup" : "gagal";
  }
  redirect(`/staf/permohonan/${code}?${problem ? `galat=${problem}` : "pesan=simpan"}#persyaratan`);
}

/** Adds an internal note. */
export async function noteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requireStaffAction("application:process", "staf/permohonan:note");
  if (!(form instanceof FormData)) return badForm();
  const lang = langOf(form.get("locale"));
  const values = { body: str(form, "body", 2000) };
  const parsed = codeSchema.safeParse(str(form, "code"));
  if (!parsed.success) return formError(new AppError("BAD_REQUEST"), lang, values);
  try {
    await addNote(actor, parsed.data, values.body, { ip: await ipOf() });
  } catch (e) {
    return formError(e, lang, values);
  }
  redirect(`/staf/permohonan/${parsed.data}?pesan=catatan#catatan`);
}

/** Shows the full NIK and phone number (audited as pii.view); nothing goes into a URL. */
export async function revealAction(_prev: FormState<{ nik: string; phone: string | null }>, form: FormData): Promise<FormState<{ nik: string; phone: string | null }>> {
  const actor = await requireStaffAction("personal-data:read", "staf/permohonan:reveal");
  if (!(form instanceof FormData)) return badForm();
  const lang = langOf(form.get("locale"));
  const parsed = codeSchema.safeParse(str(form, "code"));
  if (!parsed.success) return formError(new AppError("BAD_REQUEST"), lang);
  try {
    return { ok: true, data: await revealPersonalData(actor, parsed.data, { ip: await ipOf() }) };
  } catch (e) {
    return formError(e, lang);
  }
}
