// 404 for paths outside the [locale] tree (rare: proxy.ts rewrites page paths into it).
import Link from "next/link";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{id.pages.notFoundTitle}</h1>
          <p>{id.pages.notFoundBody}</p>
          <p lang="en">{en.pages.notFoundBody}</p>
          <p>
            <Link href="/">{id.pages.backHome}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
