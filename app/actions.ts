"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/i18n/config";
import { requirePermission } from "@/lib/auth/guard";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * Where to go back to: the path of the page the form was posted from (the Referer, same host
 * only; pages are prerendered and do not know their own path), else the home page.
 */
async function returnPath(): Promise<string> {
  const h = await headers();
  const referer = h.get("referer");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    if (url.host !== host) return "/";
    // An explicit /en/... or /id/... link would keep its language: go to the un-prefixed path,
    // which the new cookie localises (next.config.ts rewrites).
    const path = url.pathname.replace(/^\/(?:id|en)(?=\/|$)/, "") || "/";
    return `${path}${url.search}`;
  } catch {
    return "/";
  }
}

/** Switches the UI language (works without JavaScript: a plain form POST). */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  await requirePermission("locale:set");
  const returnTo = await returnPath();
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
  }
  redirect(returnTo);
}
