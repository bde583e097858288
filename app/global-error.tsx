"use client";

// Shown when the root layout itself fails (e.g. the database is unreachable). It replaces the
// layout, so it has no translation provider: it shows both languages from the message files.
import en from "@/messages/en.json";
import id from "@/messages/id.json";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{id.pages.errorTitle}</h1>
          <p>{id.pages.errorBody}</p>
          <p lang="en">
            {en.pages.errorTitle}. {en.pages.errorBody}
          </p>
          <button type="button" onClick={reset} style={{ minHeight: "44px", padding: "0 1rem" }}>
            {id.pages.retry} / <span lang="en">{en.pages.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
