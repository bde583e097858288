import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/config";
import type { MppOverview } from "@/lib/catalogue/overview";
import { HoursList } from "./hours-list";

export async function SiteFooter({ overview, locale }: { overview: MppOverview; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "shell.footer" });
  return (
    <footer role="contentinfo" className="mt-12 border-t border-brand-100 bg-brand-50 text-sm">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className="mb-2 text-base font-semibold">
            {t("hoursTitle")}
          </h2>
          <HoursList hours={overview.hours} locale={locale} className="max-w-xs" />
          <p className="mt-2 text-muted">{t("timezoneNote")}</p>
        </section>
        <section aria-labelledby="footer-complaints">
          <h2 id="footer-complaints" className="mb-2 text-base font-semibold">
            {t("complaintTitle")}
          </h2>
          <p>{overview.complaintChannel}</p>
          <p className="mt-4">
            <Link href="/lacak">{t("trackLink")}</Link>
          </p>
          <p className="mt-4 text-muted">{overview.address}</p>
        </section>
      </div>
      <div className="border-t border-brand-100">
        <p className="mx-auto max-w-5xl px-4 py-3 text-muted">
          {t("demoNotice")} {t("openSource")}
        </p>
      </div>
    </footer>
  );
}
