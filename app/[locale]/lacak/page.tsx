import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ErrorSummary, PrimaryButton } from "@/components/booking/parts";
import { TextField } from "@/components/booking/text-field";
import { pageLocale } from "@/i18n/page";
import { parseTrackingCode } from "@/lib/applications/service";
import { requirePermission } from "@/lib/auth/guard";

// Reads the query string (a plain GET form: works without JavaScript, nothing to forge).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ kode?: string | string[]; galat?: string; menit?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "tracking" });
  return { title: t("title"), description: t("lead"), alternates: { canonical: "/lacak" } };
}

/** Find an application by its code: a valid code goes straight to its status page. */
export default async function TrackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("application:track");
  const t = await getTranslations({ locale, namespace: "tracking" });
  const sp = await searchParams;
  const raw = (Array.isArray(sp.kode) ? sp.kode[0] : sp.kode)?.slice(0, 40);
  let error: string | undefined;
  if (raw !== undefined) {
    if (!raw.trim()) error = t("required");
    else {
      const parsed = parseTrackingCode(raw);
      if (parsed.ok && sp.galat !== "batas") redirect(`/lacak/${parsed.code}`);
      if (!parsed.ok) error = t(`codeErrors.${parsed.reason}`);
    }
  }
  if (sp.galat === "batas") error = t("rateLimited", { minutes: Math.max(1, Number(sp.menit) || 1) });
  return (
    <div className="max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("lead")}</p>
      <ErrorSummary locale={locale} errors={error ? [{ field: "kode", message: error }] : []} />
      <form action="/lacak" method="get" noValidate className="space-y-6" role="search" aria-label={t("title")}>
        <TextField
          id="kode"
          label={t("code")}
          hint={t("codeHint")}
          error={error}
          defaultValue={raw ?? ""}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="uppercase tracking-widest"
        />
        <PrimaryButton testId="track">{t("submit")}</PrimaryButton>
      </form>
      <p className="mt-8 text-sm text-muted">
        {t("notFoundHelp")} <Link href="/kelola">{t("checkBooking")}</Link>
      </p>
    </div>
  );
}
