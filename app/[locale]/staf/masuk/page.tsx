import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ErrorSummary, PrimaryButton } from "@/components/booking/parts";
import { TextField } from "@/components/booking/text-field";
import { pageLocale } from "@/i18n/page";
import { currentActor, requirePermission } from "@/lib/auth/guard";
import { safeStaffPath } from "@/lib/auth/paths";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ galat?: string; pengguna?: string; lanjut?: string; menit?: string; pesan?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requirePermission("auth:sign-in");
  const { galat, pengguna, lanjut, menit, pesan } = await searchParams;
  const next = safeStaffPath(lanjut);
  if (pesan !== "keluar" && (await currentActor())) redirect(next);
  const t = await getTranslations({ locale, namespace: "staff.signIn" });
  const minutes = Math.max(1, Number(menit ?? 1) || 1);
  const loginError = galat === "login" || galat === "kosong" ? t("loginRequired") : undefined;
  const passwordError = galat === "sandi" || galat === "kosong" ? t("passwordRequired") : undefined;
  const general =
    galat === "salah"
      ? t("invalid")
      : galat === "terkunci"
        ? t("locked", { minutes })
        : galat === "batas"
          ? t("rateLimited", { minutes })
          : undefined;
  const errors = [
    ...(loginError ? [{ field: "login", message: loginError }] : []),
    ...(passwordError ? [{ field: "password", message: passwordError }] : []),
    ...(general ? [{ field: galat === "salah" ? "password" : "login", message: general }] : []),
  ];
  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("lead")}</p>
      {pesan === "keluar" && (
        <p role="status" className="mb-6 border-l-4 border-brand-700 bg-brand-50 p-3">
          {t("signedOut")}
        </p>
      )}
      <ErrorSummary locale={locale} errors={errors} />
      <form action={signInAction} noValidate className="space-y-6">
        <input type="hidden" name="lanjut" value={next} />
        <TextField
          id="login"
          label={t("login")}
          error={loginError}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={100}
          defaultValue={pengguna ?? ""}
          required
        />
        <TextField
          id="password"
          label={t("password")}
          error={passwordError ?? (galat === "salah" ? t("invalid") : undefined)}
          type="password"
          autoComplete="current-password"
          maxLength={200}
          required
        />
        <PrimaryButton testId="sign-in">{t("submit")}</PrimaryButton>
      </form>
      <p className="mt-6 text-sm text-muted">{t("help")}</p>
    </div>
  );
}
