"use server";

// Front desk: check in a booking (typed or scanned code), register a walk-in.
// zod -> permission -> data function -> redirect (success) or a typed result (walk-in errors).
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { isLocale } from "@/i18n/config";
import { requireStaffAction } from "@/lib/auth/guard";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { errorText, fieldText } from "@/lib/queue/messages";
import { checkInBooking, registerWalkIn } from "@/lib/queue/service";

const PAGE = "/staf/resepsionis";
const OUTSIDE_CITY = "luar-kota";

const text = (form: FormData, name: string, max = 100) => {
  const v = form instanceof FormData ? form.get(name) : null;
  return typeof v === "string" ? v.slice(0, max) : "";
};

const checkInSchema = z.object({ code: z.string().trim().min(1).max(200) });

/** Checks in a booking by code; redirects to the ticket, or back with the reason. */
export async function checkInAction(form: FormData): Promise<void> {
  // Permission first: a malformed call without a session is still sent to sign in.
  const actor = await requireStaffAction("checkin:operate", "staf/resepsionis:check-in");
  const parsed = checkInSchema.safeParse({ code: text(form, "code", 200) });
  if (!parsed.success) redirect(`${PAGE}?galat=codeInvalid`);
  let visitId: string;
  try {
    const r = await checkInBooking(actor, parsed.data.code, { ip: clientIp(await headers()) });
    visitId = r.visit.id;
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "FORBIDDEN") forbidden();
    const key = err.messageKey?.startsWith("frontDesk.errors.") ? err.messageKey.slice("frontDesk.errors.".length) : "failed";
    const q = new URLSearchParams({ galat: key });
    for (const [k, v] of Object.entries(err.messageValues ?? {})) q.set(k, String(v));
    if (key === "codeInvalid" || key === "unknownCode") q.set("kode", parsed.data.code.slice(0, 40));
    redirect(`${PAGE}?${q.toString()}`);
  }
  redirect(`${PAGE}?kunjungan=${visitId}`);
}

export interface WalkInValues {
  serviceId: string;
  nik: string;
  name: string;
  domicile: string;
  consent: boolean;
}

export type WalkInState =
  | { ok: true; data: { visitId: string } }
  | {
      ok: false;
      fieldErrors: Partial<Record<"serviceId" | "nik" | "name" | "domicile" | "consent", string>>;
      message?: string;
      outOfArea?: { name: string; address: string; phone: string | null };
      values: WalkInValues;
    };

const FIELD_OF: Record<string, keyof WalkInValues> = {
  serviceId: "serviceId",
  nik: "nik",
  name: "name",
  kelurahanCode: "domicile",
  outsideCity: "domicile",
  consent: "consent",
};

/** Registers a walk-in (useActionState; works without JavaScript): redirects to the ticket. */
export async function walkInAction(_prev: WalkInState | null, form: FormData): Promise<WalkInState> {
  const actor = await requireStaffAction("walkin:register", "staf/resepsionis:walk-in");
  const localeValue = text(form, "locale", 5);
  const locale = isLocale(localeValue) ? localeValue : "id";
  const values: WalkInValues = {
    serviceId: text(form, "serviceId", 40),
    nik: text(form, "nik", 40),
    name: text(form, "name", 120),
    domicile: text(form, "domicile", 40),
    consent: form instanceof FormData && form.get("consent") === "ya",
  };
  let visitId: string;
  try {
    const v = await registerWalkIn(
      actor,
      {
        serviceId: values.serviceId,
        nik: values.nik,
        name: values.name,
        kelurahanCode: values.domicile && values.domicile !== OUTSIDE_CITY ? values.domicile : undefined,
        outsideCity: values.domicile === OUTSIDE_CITY ? true : undefined,
        consent: values.consent,
      },
      { ip: clientIp(await headers()) },
    );
    visitId = v.id;
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "FORBIDDEN") forbidden();
    if (err.code === "OUT_OF_AREA") {
      const d = err.details ?? {};
      return {
        ok: false,
        fieldErrors: {},
        outOfArea: { name: String(d.alternativeName ?? ""), address: String(d.alternativeAddress ?? ""), phone: d.alternativePhone ? String(d.alternativePhone) : null },
        message: typeof d.reason === "string" ? d.reason : undefined,
        values,
      };
    }
    if (err.code === "VALIDATION") {
      const fieldErrors: Extract<WalkInState, { ok: false }>["fieldErrors"] = {};
      for (const [field, messages] of Object.entries(err.fieldErrors ?? {})) {
        const target = FIELD_OF[field];
        if (target && !fieldErrors[target] && messages[0]) fieldErrors[target] = fieldText(messages[0], locale);
      }
      return { ok: false, fieldErrors, values };
    }
    return { ok: false, fieldErrors: {}, message: errorText(err, locale), values };
  }
  redirect(`${PAGE}?kunjungan=${visitId}`);
}
