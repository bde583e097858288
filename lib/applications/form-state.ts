// Results of the staff console's server actions, and turning an AppError into the texts a form
// shows (in the page's language). Shared by the applications and audit pages.
import { bilingual, resolveFieldMessage } from "@/lib/api/respond";
import { errorMessageKey, toAppError } from "@/lib/errors";

export type Lang = "id" | "en";

export type FormState<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values?: Record<string, string> }
  | null;

export function langOf(value: FormDataEntryValue | null): Lang {
  return value === "en" ? "en" : "id";
}

/** The user-facing form error of anything thrown by a data function (field errors first message per field). */
export function formError(e: unknown, lang: Lang, values?: Record<string, string>): Exclude<FormState, { ok: true } | null> {
  const err = toAppError(e);
  if (err.status >= 500) console.error(`[staff action] ${err.code}`, err.cause ?? err);
  const message = (err.messageKey ? bilingual(err.messageKey, err.messageValues) : undefined) ?? bilingual(errorMessageKey(err.code));
  const fieldErrors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(err.fieldErrors ?? {})) {
    const first = messages[0];
    if (first) fieldErrors[field] = resolveFieldMessage(first)[lang];
  }
  return { ok: false, fieldErrors, message: message?.[lang] ?? err.code, values };
}
