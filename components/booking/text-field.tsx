import type { InputHTMLAttributes } from "react";
import { FieldError } from "./parts";

const inputClass =
  "min-h-11 w-full max-w-md rounded border-2 border-gray-600 px-3 py-2 text-base focus:border-brand-700 aria-[invalid=true]:border-red-700";

/**
 * A labelled text input with an optional hint and error (GOV.UK pattern): the error is
 * announced with the field (aria-describedby) and the field is marked invalid.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  className = "",
  ...props
}: { id: string; label: string; hint?: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${inputClass} ${className}`}
        {...props}
      />
    </div>
  );
}

export { inputClass };
