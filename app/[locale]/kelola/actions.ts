"use server";

// Manage a booking: look it up with proof, move it, cancel it. zod -> permission -> data ->
// redirect. The proof (NIK or phone) never goes into a URL: it is kept in an encrypted cookie.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { normalizeBookingCode } from "@/lib/bookings/code";
import { proofFor, proofFromInput, rememberProof } from "@/lib/bookings/manage-session";
import { cancelBooking, findBooking, rescheduleBooking } from "@/lib/bookings/service";
import { toAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";

const str = (form: FormData, name: string, max = 100) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};

export async function lookupBooking(form: FormData): Promise<void> {
  await requirePermission("booking:manage-own");
  const rawCode = str(form, "code", 20);
  const proofText = str(form, "proof", 40).trim();
  const code = normalizeBookingCode(rawCode);
  const kode = encodeURIComponent(rawCode.trim());
  if (!code) redirect(`/kelola?galat=kode&kode=${kode}`);
  if (!proofText) redirect(`/kelola?galat=bukti&kode=${code}`);
  const proof = proofFromInput(proofText);
  try {
    await findBooking(code, proof, { ip: clientIp(await headers()) });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "RATE_LIMITED") {
      const minutes = Math.max(1, Math.ceil(Number(err.details?.retryAfterSeconds ?? 60) / 60));
      redirect(`/kelola?galat=batas&menit=${minutes}&kode=${code}`);
    }
    redirect(`/kelola?galat=tidak-ditemukan&kode=${code}`);
  }
  await rememberProof(code, proof);
  redirect(`/kelola/${code}`);
}

const codeSchema = z.string().max(20).transform((v, ctx) => {
  const code = normalizeBookingCode(v);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "invalid booking code" });
    return z.NEVER;
  }
  return code;
});

export async function rescheduleAction(form: FormData): Promise<void> {
  await requirePermission("booking:manage-own");
  const parsed = z
    .object({ code: codeSchema, tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), slot: z.string().max(40).optional() })
    .safeParse({ code: str(form, "code"), tanggal: str(form, "tanggal"), slot: str(form, "slot") || undefined });
  if (!parsed.success) redirect("/kelola");
  const { code, tanggal, slot } = parsed.data;
  if (!slot) redirect(`/kelola/${code}/ubah?tanggal=${tanggal}&galat=jam`);
  const proof = await proofFor(code);
  if (!proof) redirect(`/kelola?galat=sesi&kode=${code}`);
  try {
    await rescheduleBooking(code, proof, slot, { ip: clientIp(await headers()) });
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "SLOT_FULL") redirect(`/kelola/${code}/ubah?tanggal=${tanggal}&galat=penuh`);
    if (err.code === "DUPLICATE_BOOKING") redirect(`/kelola/${code}?galat=duplikat`);
    if (err.code === "VALIDATION") redirect(`/kelola/${code}/ubah?galat=tanggal-tidak-tersedia`);
    redirect(`/kelola/${code}?galat=tidak-bisa`);
  }
  redirect(`/kelola/${code}?pesan=diubah`);
}

export async function cancelAction(form: FormData): Promise<void> {
  await requirePermission("booking:manage-own");
  const parsed = codeSchema.safeParse(str(form, "code"));
  if (!parsed.success) redirect("/kelola");
  const code = parsed.data;
  const proof = await proofFor(code);
  if (!proof) redirect(`/kelola?galat=sesi&kode=${code}`);
  try {
    await cancelBooking(code, proof, { ip: clientIp(await headers()) });
  } catch {
    redirect(`/kelola/${code}?galat=tidak-bisa`);
  }
  redirect(`/kelola/${code}?pesan=dibatalkan`);
}
