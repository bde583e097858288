import "server-only";
import { notFound, redirect } from "next/navigation";
import { normalizeBookingCode } from "./code";
import { proofFor } from "./manage-session";
import { findBooking } from "./service";
import type { BookingView } from "./types";

/** The booking a manage page is about, for a visitor who proved it is theirs; else back to lookup. */
export async function managedBooking(rawCode: string): Promise<BookingView> {
  const code = normalizeBookingCode(decodeURIComponent(rawCode));
  if (!code) notFound();
  const proof = await proofFor(code);
  if (!proof) redirect(`/kelola?galat=sesi&kode=${code}`);
  try {
    return await findBooking(code, proof);
  } catch {
    redirect(`/kelola?galat=tidak-ditemukan&kode=${code}`);
  }
}
