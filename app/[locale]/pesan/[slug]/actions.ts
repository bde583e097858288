"use server";

// The booking flow's form posts. Each: zod schema -> permission -> data function -> redirect to
// the next step (or back to the same step with the answers kept and the errors shown). They
// work without JavaScript; the answers live in the encrypted draft cookie (lib/bookings/draft).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { clearDraft, OUTSIDE_CITY, readDraft, writeDraft, type Draft } from "@/lib/bookings/draft";
import { validateNik } from "@/lib/bookings/nik";
import { createBooking, getServiceAvailability } from "@/lib/bookings/service";
import { getService } from "@/lib/catalogue/queries";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { normalizePhone } from "@/lib/pii";
import { kecamatanOf, listWilayah } from "@/lib/wilayah";

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);
const base = (slug: string) => `/pesan/${slug}`;

function text(form: FormData, name: string, max = 200): string {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
}

/** Step 2: the chosen time slot. */
export async function chooseSlot(form: FormData): Promise<void> {
  const parsed = z
    .object({ slug: slugSchema, tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), slot: z.string().max(40).optional() })
    .safeParse({ slug: text(form, "slug"), tanggal: text(form, "tanggal"), slot: text(form, "slot") || undefined });
  if (!parsed.success) redirect("/layanan");
  const { slug, tanggal, slot } = parsed.data;
  await requirePermission("booking:create");
  if (!slot) redirect(`${base(slug)}/jam?tanggal=${tanggal}&galat=jam`);
  const { availability } = await getServiceAvailability(slug, tanggal, tanggal);
  const day = availability.days.find((d) => d.day === tanggal);
  const ok = day?.status === "OPEN" && day.slots.some((s) => s.start === slot && s.remaining > 0);
  if (!ok) redirect(`${base(slug)}/jam?tanggal=${tanggal}&galat=penuh`);
  const draft = await readDraft(slug);
  await writeDraft({ ...draft, slotStart: slot, errors: undefined, formError: undefined });
  redirect(`${base(slug)}/data-diri`);
}

const NAME = /^[\p{L}][\p{L}\s.,'-]{1,99}$/u;
const EMAIL = z.email();

/** Step 3: identity and domicile. Checks what can be checked now, keeps every answer. */
export async function saveIdentity(form: FormData): Promise<void> {
  const slug = slugSchema.safeParse(text(form, "slug"));
  if (!slug.success) redirect("/layanan");
  await requirePermission("booking:create");
  const answers = {
    nik: text(form, "nik", 40).trim(),
    name: text(form, "name", 120).trim().replace(/\s+/g, " "),
    phone: text(form, "phone", 40).trim(),
    email: text(form, "email", 120).trim(),
    domicile: text(form, "domicile", 40),
  };
  const errors: Record<string, string> = {};
  const nik = validateNik(answers.nik);
  if (!nik.ok) errors.nik = nik.reason === "FORMAT" ? "nikFormat" : nik.reason === "AREA" ? "nikArea" : "nikBirthDate";
  if (answers.name.length < 2) errors.name = "nameRequired";
  else if (!NAME.test(answers.name)) errors.name = "nameInvalid";
  if (!normalizePhone(answers.phone)) errors.phone = "phoneInvalid";
  if (answers.email && !EMAIL.safeParse(answers.email).success) errors.email = "emailInvalid";
  const wilayah = await listWilayah();
  const known = answers.domicile === OUTSIDE_CITY || wilayah.some((k) => k.kelurahan.some((l) => l.code === answers.domicile));
  if (!known) errors.domicile = "domicileRequired";

  let outOfArea: Draft["outOfArea"];
  if (known) {
    const service = await getService(slug.data);
    const rule = service?.areaRule;
    if (rule) {
      const served =
        answers.domicile === OUTSIDE_CITY
          ? rule.allowOutsideCity
          : rule.kecamatan.some((k) => k.code === kecamatanOf(answers.domicile));
      if (!served) {
        outOfArea = {
          name: rule.alternativeName,
          address: rule.alternativeAddress,
          phone: rule.alternativePhone,
          kecamatan: rule.kecamatan.map((k) => k.name).join(", "),
        };
      }
    }
  }

  const draft = await readDraft(slug.data);
  const hasErrors = Object.keys(errors).length > 0;
  await writeDraft({
    ...draft,
    ...answers,
    errors: hasErrors ? errors : undefined,
    formError: undefined,
    outOfArea,
  });
  if (hasErrors || outOfArea) redirect(`${base(slug.data)}/data-diri`);
  redirect(`${base(slug.data)}/periksa`);
}

/** Step 5: consent, then the booking itself. */
export async function confirmBooking(form: FormData): Promise<void> {
  const slug = slugSchema.safeParse(text(form, "slug"));
  if (!slug.success) redirect("/layanan");
  await requirePermission("booking:create");
  const draft = await readDraft(slug.data);
  if (!draft.slotStart) redirect(base(slug.data));
  if (!draft.nik || !draft.name || !draft.phone || !draft.domicile) redirect(`${base(slug.data)}/data-diri`);
  if (form.get("consent") !== "yes") {
    await writeDraft({ ...draft, errors: { consent: "required" }, formError: undefined });
    redirect(`${base(slug.data)}/persetujuan`);
  }

  let code: string;
  try {
    const result = await createBooking(
      {
        serviceSlug: slug.data,
        slotStart: draft.slotStart,
        nik: draft.nik,
        name: draft.name,
        phone: draft.phone,
        email: draft.email || undefined,
        ...(draft.domicile === OUTSIDE_CITY ? { outsideCity: true } : { kelurahanCode: draft.domicile }),
        consent: true,
      },
      { ip: clientIp(await headers()), idempotencyKey: `web:${draft.id}` },
    );
    code = result.booking.code;
  } catch (e) {
    const err = toAppError(e);
    const day = draft.slotStart.slice(0, 10);
    if (err.code === "SLOT_FULL") {
      await writeDraft({ ...draft, slotStart: undefined, errors: undefined });
      redirect(`${base(slug.data)}/jam?tanggal=${day}&galat=penuh`);
    }
    if (err.code === "VALIDATION" && err.fieldErrors?.slotStart) {
      await writeDraft({ ...draft, slotStart: undefined, errors: undefined });
      redirect(`${base(slug.data)}?galat=tanggal-tidak-tersedia`);
    }
    if (err.code === "VALIDATION" || err.code === "OUT_OF_AREA") {
      // The identity step re-checks and explains.
      redirect(`${base(slug.data)}/data-diri`);
    }
    const retry = Number(err.details?.retryAfterSeconds ?? 60);
    await writeDraft({
      ...draft,
      errors: undefined,
      formError: err.code === "DUPLICATE_BOOKING" ? "duplicate" : err.code === "RATE_LIMITED" ? "rateLimited" : err.code === "CONFLICT" ? "dailyCap" : "generic",
      formErrorValues: { minutes: Math.max(1, Math.ceil(retry / 60)) },
    });
    redirect(`${base(slug.data)}/persetujuan`);
  }
  await clearDraft();
  redirect(`/tiket/${code}?baru=1`);
}
