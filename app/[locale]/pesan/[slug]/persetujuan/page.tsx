import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ErrorSummary, FieldError, PrimaryButton, StepHeader } from "@/components/booking/parts";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { readDraft } from "@/lib/bookings/draft";
import { bookingService } from "@/lib/bookings/page-data";
import { confirmBooking } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t("consent.title"), robots: { index: false } };
}

/** Step 5: explicit consent (UU 27/2022), then the booking is made. */
export default async function ConsentPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:create");
  const { slug } = await params;
  const service = await bookingService(slug);
  const [t, draft] = await Promise.all([getTranslations({ locale, namespace: "booking" }), readDraft(slug)]);
  if (!draft.slotStart) redirect(`/pesan/${slug}`);
  if (!draft.nik || !draft.name || !draft.phone || !draft.domicile) redirect(`/pesan/${slug}/data-diri`);
  const name = locale === "en" ? service.nameEn : service.name;
  const consentError = draft.errors?.consent ? t("consent.required") : undefined;
  const formError = draft.formError
    ? t(`errors.${draft.formError}` as "errors.generic", draft.formErrorValues ?? {})
    : undefined;
  return (
    <>
      <StepHeader locale={locale} step="consent" serviceName={name} title={t("consent.title")} backHref={`/pesan/${slug}/periksa`} />
      <ErrorSummary locale={locale} errors={consentError ? [{ field: "consent", message: consentError }] : []} />
      {formError && (
        <div role="alert" className="mb-6 border-4 border-red-700 p-4 font-semibold" data-testid="form-error">
          {formError}
        </div>
      )}
      <div className="max-w-2xl space-y-3">
        <p>{t("consent.intro")}</p>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t("consent.what")}</li>
          <li>{t("consent.why")}</li>
          <li>{t("consent.how")}</li>
          <li>{t("consent.keep")}</li>
          <li>{t("consent.rights")}</li>
        </ul>
      </div>
      <form action={confirmBooking} noValidate className="mt-6 space-y-6">
        <input type="hidden" name="slug" value={slug} />
        <div>
          <FieldError id="consent" message={consentError} />
          <div className="flex items-start gap-3">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? "consent-error" : undefined}
              className="mt-1 size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor="consent" className="font-medium">
              {t("consent.checkbox")}
            </label>
          </div>
        </div>
        <PrimaryButton testId="submit-booking">{t("consent.submit")}</PrimaryButton>
      </form>
    </>
  );
}
