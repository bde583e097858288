import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { listCounters } from "@/lib/catalogue/queries";
import { listStaff } from "@/lib/users/service";
import { changeStaffAction } from "./actions";
import { CreateStaffForm } from "./create-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.users" });
  return { title: t("title") };
}

export default async function StaffUsersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const actor = await requireStaffPage("users:manage", "/staf/pengguna");
  const [t, format, users, counters, messages] = await Promise.all([
    getTranslations({ locale, namespace: "staff.users" }),
    getFormatter({ locale }),
    listStaff(actor),
    listCounters(),
    getMessages({ locale }),
  ]);
  const button = "min-h-11 rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-muted">{t("lead")}</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="p-2">{t("name")}</th>
              <th scope="col" className="p-2">{t("role")}</th>
              <th scope="col" className="p-2">{t("counters")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2">{t("lastLogin")}</th>
              <th scope="col" className="p-2">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-brand-100 align-top" data-testid={`user-${u.username}`}>
                <th scope="row" className="p-2 font-medium">
                  {u.name}
                  <span className="block font-normal text-muted">
                    {u.username} · {u.email}
                  </span>
                </th>
                <td className="p-2">{t(`roleNames.${u.role}`)}</td>
                <td className="p-2">{u.counters.length ? u.counters.join(", ") : t("allCounters")}</td>
                <td className="p-2">
                  {u.isActive ? t("active") : t("disabled")}
                  {u.locked && <span className="block font-semibold text-red-800">{t("locked")}</span>}
                </td>
                <td className="p-2">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    {(u.id === actor.userId
                      ? (["revoke-sessions"] as const)
                      : ([u.isActive ? "disable" : "enable", ...(u.locked ? (["unlock"] as const) : []), "revoke-sessions"] as const)
                    ).map((change) => (
                      <form key={change} action={changeStaffAction}>
                        <input type="hidden" name="userId" value={u.id} />
                        <input type="hidden" name="change" value={change} />
                        <button type="submit" className={button} aria-label={`${t(`change.${change}`)}: ${u.username}`}>
                          {t(`change.${change}`)}
                        </button>
                      </form>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-user" className="space-y-3">
        <h2 id="new-user" className="text-xl font-semibold">
          {t("newTitle")}
        </h2>
        <NextIntlClientProvider locale={locale} messages={{ staff: { users: (messages.staff as { users: Record<string, unknown> }).users } }}>
          <CreateStaffForm counters={counters.map((c) => ({ number: c.number, name: c.name }))} roles={ROLES} />
        </NextIntlClientProvider>
      </section>
    </>
  );
}
