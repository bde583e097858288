import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorSummary, PrimaryButton } from "@/components/booking/parts";
import { TextField } from "@/components/booking/text-field";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { lookupBooking } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ galat?: string; kode?: string; menit?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking.manage" });
  return { title: t("title"), robots: { index: false } };
}


/** Find a booking by code plus NIK or phone, to see, move or cancel it. */
export default async function ManageLookupPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:manage-own");
  const { galat, kode, menit } = await searchParams;
  const t = await getTranslations({ locale, namespace: "booking" });
  const codeError = galat === "kode" ? t("fields.codeInvalid") : undefined;
  const proofError = galat === "bukti" ? t("fields.proofRequired") : undefined;
  const general =
    galat === "tidak-ditemukan"
      ? t("manage.notFound")
      : galat === "sesi"
        ? t("manage.expired")
        : galat === "batas"
          ? t("errors.rateLimited", { minutes: Number(menit ?? 1) || 1 })
          : undefined;
  const errors = [
    ...(codeError ? [{ field: "code", message: codeError }] : []),
    ...(proofError ? [{ field: "proof", message: proofError }] : []),
    ...(general ? [{ field: "code", message: general }] : []),
  ];
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("manage.title")}</h1>
      <p className="mb-6 text-muted">{t("manage.lead")}</p>
      <ErrorSummary locale={locale} errors={errors} />
      <form action={lookupBooking} noValidate className="space-y-6">
        <TextField
          id="code"
          label={t("manage.code")}
          hint={t("manage.codeHint")}
          error={codeError}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          defaultValue={kode ?? ""}
          className="uppercase tracking-widest"
        />
        <TextField
          id="proof"
          label={t("manage.proof")}
          hint={t("manage.proofHint")}
          error={proofError}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
        />
        <PrimaryButton testId="lookup">{t("manage.submit")}</PrimaryButton>
      </form>
    </>
  );
}
