import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ErrorSummary, FieldError, PrimaryButton, StepHeader } from "@/components/booking/parts";
import { inputClass, TextField } from "@/components/booking/text-field";
import { pageLocale } from "@/i18n/page";
import { requirePermission } from "@/lib/auth/guard";
import { OUTSIDE_CITY, readDraft } from "@/lib/bookings/draft";
import { bookingService } from "@/lib/bookings/page-data";
import { listWilayah } from "@/lib/wilayah";
import { saveIdentity } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t("identity.title"), robots: { index: false } };
}


/** Step 3: who is coming. */
export default async function IdentityPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("booking:create");
  const { slug } = await params;
  const service = await bookingService(slug);
  const [t, draft, wilayah] = await Promise.all([
    getTranslations({ locale, namespace: "booking" }),
    readDraft(slug),
    listWilayah(),
  ]);
  if (!draft.slotStart) redirect(`/pesan/${slug}`);
  const name = locale === "en" ? service.nameEn : service.name;
  const e = draft.errors ?? {};
  const msg = (field: string) => (e[field] ? t(`fields.${e[field]}` as "fields.nikFormat") : undefined);
  const errors = (["nik", "name", "phone", "email", "domicile"] as const)
    .filter((f) => e[f])
    .map((f) => ({ field: f, message: msg(f) ?? "" }));
  const described = (f: string, hint: boolean) =>
    [hint ? `${f}-hint` : null, e[f] ? `${f}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <StepHeader
        locale={locale}
        step="identity"
        serviceName={name}
        title={t("identity.title")}
        backHref={`/pesan/${slug}/jam?tanggal=${draft.slotStart.slice(0, 10)}`}
      />
      <ErrorSummary locale={locale} errors={errors} />
      {draft.outOfArea && (
        <section role="alert" aria-labelledby="luar-wilayah" className="mb-6 border-4 border-amber-600 p-4" data-testid="out-of-area">
          <h2 id="luar-wilayah" className="text-lg font-bold">
            {t("area.title")}
          </h2>
          <p className="mt-2">{t("area.served", { kecamatan: draft.outOfArea.kecamatan })}</p>
          <p className="mt-2 font-semibold">{t("area.goTo", { name: draft.outOfArea.name })}</p>
          <p>{t("area.address", { address: draft.outOfArea.address })}</p>
          {draft.outOfArea.phone && <p>{t("area.phone", { phone: draft.outOfArea.phone })}</p>}
          <p className="mt-2">
            <a href="#domicile">{t("area.changeDomicile")}</a>
          </p>
        </section>
      )}
      <p className="mb-6 max-w-2xl text-muted">{t("identity.lead")}</p>
      <form action={saveIdentity} noValidate className="space-y-6">
        <input type="hidden" name="slug" value={slug} />
        <TextField
          id="nik"
          label={t("identity.nik")}
          hint={t("identity.nikHint")}
          error={msg("nik")}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={24}
          defaultValue={draft.nik ?? ""}
          className="tabular-nums"
        />
        <TextField
          id="name"
          label={t("identity.name")}
          hint={t("identity.nameHint")}
          error={msg("name")}
          autoComplete="name"
          maxLength={100}
          defaultValue={draft.name ?? ""}
        />
        <TextField
          id="phone"
          label={t("identity.phone")}
          hint={t("identity.phoneHint")}
          error={msg("phone")}
          type="tel"
          autoComplete="tel"
          maxLength={20}
          defaultValue={draft.phone ?? ""}
        />
        <TextField
          id="email"
          label={t("identity.email")}
          error={msg("email")}
          type="email"
          autoComplete="email"
          maxLength={100}
          defaultValue={draft.email ?? ""}
        />
        <div>
          <label htmlFor="domicile" className="block font-semibold">
            {t("identity.domicile")}
          </label>
          <p id="domicile-hint" className="text-sm text-muted">
            {t("identity.domicileHint")}
          </p>
          <FieldError id="domicile" message={msg("domicile")} />
          <select
            id="domicile"
            name="domicile"
            defaultValue={draft.domicile ?? ""}
            aria-invalid={e.domicile ? true : undefined}
            aria-describedby={described("domicile", true)}
            className={`${inputClass} bg-white`}
          >
            <option value="">{t("identity.chooseKelurahan")}</option>
            {wilayah.map((k) => (
              <optgroup key={k.code} label={t("identity.kecamatanGroup", { name: k.name })}>
                {k.kelurahan.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={OUTSIDE_CITY}>{t("identity.outsideCity")}</option>
          </select>
        </div>
        <PrimaryButton testId="continue">{t("continue")}</PrimaryButton>
      </form>
    </>
  );
}
