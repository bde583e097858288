"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/i18n/config";
import { requirePermission } from "@/lib/auth/guard";

const setLocaleSchema = z.object({
  locale: z.enum(locales),
  // Only paths on this site: "/x", never "//host" or "https://host".
  returnTo: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])/)
    .catch("/"),
});

/** Switches the UI language (works without JavaScript: a plain form POST). */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? "/",
  });
  await requirePermission("locale:set");
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
  }
  redirect(parsed.success ? parsed.data.returnTo : "/");
}
