// Error texts for the staff forms: AppError messageKey / field-error strings such as
// "bookingErrors.nikFormat" or `api.validation.tooLong{"max":100}` in the page's language.
import { bilingual } from "@/lib/api/respond";
import { type AppError, errorMessageKey } from "@/lib/errors";

const KEY_RE = /^([A-Za-z]+(?:\.[A-Za-z_]+)+)(\{.*\})?$/;

/** The text of a field-error string in `locale` (the string itself when it names no message). */
export function fieldText(message: string, locale: "id" | "en"): string {
  const m = KEY_RE.exec(message);
  if (!m?.[1]) return message;
  let values: Record<string, string | number> = {};
  try {
    if (m[2]) values = JSON.parse(m[2]) as Record<string, string | number>;
  } catch {
    values = {};
  }
  return bilingual(m[1], values)?.[locale] ?? message;
}

/** The user-facing message of an AppError in `locale`. */
export function errorText(e: AppError, locale: "id" | "en"): string {
  const text = (e.messageKey ? bilingual(e.messageKey, e.messageValues) : undefined) ?? bilingual(errorMessageKey(e.code));
  return text?.[locale] ?? e.code;
}
