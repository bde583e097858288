"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createStaffAction, type CreateStaffState } from "./actions";

const input = "min-h-11 w-full max-w-md rounded border-2 border-gray-600 px-3 py-2 focus:border-brand-700 aria-[invalid=true]:border-red-700";

export function CreateStaffForm({ counters, roles }: { counters: { number: number; name: string }[]; roles: readonly string[] }) {
  const t = useTranslations("staff.users");
  const [state, action, pending] = useActionState<CreateStaffState, FormData>(createStaffAction, null);
  const failed = state && !state.ok ? state : null;
  const err = (f: string) => failed?.fieldErrors[f]?.[0];
  const msg = (f: string) => {
    const code = err(f);
    return code ? t(`errors.${["username", "passwordLength", "officerNeedsCounter", "taken", "unknownCounter"].includes(code) ? code : "invalid"}`) : undefined;
  };
  const val = (f: string) => {
    const v = failed?.values[f];
    return typeof v === "string" ? v : "";
  };
  const checked = new Set(Array.isArray(failed?.values.counters) ? failed.values.counters : []);
  const field = (id: string, label: string, type = "text", autoComplete = "off") => (
    <div>
      <label htmlFor={`new-${id}`} className="block font-semibold">
        {label}
      </label>
      {msg(id) && (
        <p id={`new-${id}-error`} className="font-semibold text-red-800">
          {msg(id)}
        </p>
      )}
      <input
        id={`new-${id}`}
        name={id}
        type={type}
        autoComplete={autoComplete}
        defaultValue={type === "password" ? undefined : val(id)}
        aria-invalid={msg(id) ? true : undefined}
        aria-describedby={msg(id) ? `new-${id}-error` : undefined}
        className={input}
      />
    </div>
  );
  return (
    <form action={action} noValidate className="space-y-4" key={state?.ok ? state.username : "form"}>
      <div aria-live="polite">
        {state?.ok && (
          <p role="status" className="border-l-4 border-brand-700 bg-brand-50 p-3">
            {t("created", { username: state.username })}
          </p>
        )}
        {failed && (
          <p role="alert" className="border-l-4 border-red-700 p-3 font-semibold text-red-800">
            {t("createFailed")}
          </p>
        )}
      </div>
      {field("username", t("username"))}
      {field("name", t("name"))}
      {field("email", t("email"), "email")}
      <div>
        <label htmlFor="new-role" className="block font-semibold">
          {t("role")}
        </label>
        <select id="new-role" name="role" defaultValue={val("role") || "OFFICER"} className={input}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roleNames.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={msg("counters") ? "new-counters-error" : undefined}>
        <legend className="font-semibold">{t("counters")}</legend>
        <p className="text-sm text-muted">{t("countersHint")}</p>
        {msg("counters") && (
          <p id="new-counters-error" className="font-semibold text-red-800">
            {msg("counters")}
          </p>
        )}
        <div className="mt-2 grid max-h-60 gap-1 overflow-y-auto sm:grid-cols-2">
          {counters.map((c) => (
            <label key={c.number} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="counters" value={c.number} defaultChecked={checked.has(String(c.number))} className="size-5" />
              <span>
                {c.number}. {c.name}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {field("password", t("password"), "password", "new-password")}
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t("create")}
      </button>
    </form>
  );
}
