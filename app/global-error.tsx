"use client";

// Shown when the root layout itself fails (e.g. the database is unreachable). It replaces the
// layout, so it has no translation provider: it shows both languages. Its strings come from the
// message files through a generated subset (scripts/generate.mjs): importing the JSON files
// themselves would ship both of them to every page.
import { fallbackMessages } from "@/i18n/generated/fallback-messages";

const { id, en } = fallbackMessages;

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{id.errorTitle}</h1>
          <p>{id.errorBody}</p>
          <p lang="en">
            {en.errorTitle}. {en.errorBody}
          </p>
          <button type="button" onClick={reset} style={{ minHeight: "44px", padding: "0 1rem" }}>
            {id.retry} / <span lang="en">{en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
