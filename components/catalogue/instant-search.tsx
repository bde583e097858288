"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Locale } from "@/i18n/config";

type Hit = { slug: string; name: string; nameEn: string; agency: { shortName: string }; counterNumber: number };

/**
 * Results while typing, on top of the plain GET search form (which still works without
 * JavaScript). Asks the public API, debounced; announces the count politely.
 */
export function InstantSearch({ children, locale, initialQuery }: { children: ReactNode; locale: Locale; initialQuery: string }) {
  const t = useTranslations("search");
  const tc = useTranslations("catalogue");
  const wrapper = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<{ q: string; hits: Hit[] } | null>(null);
  const q = query.trim();
  // Only show results for what is in the box now (and not for the query the page already shows).
  const hits = q.length >= 2 && q !== initialQuery.trim() && result?.q === q ? result.hits : null;

  useEffect(() => {
    const input = wrapper.current?.querySelector("input");
    if (!input) return;
    const onInput = () => setQuery(input.value);
    input.addEventListener("input", onInput);
    return () => input.removeEventListener("input", onInput);
  }, []);

  useEffect(() => {
    if (q.length < 2 || q === initialQuery.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/services?limit=8&q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { data: Hit[] };
        setResult({ q, hits: body.data });
      } catch {
        // aborted or offline: the form still works
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, initialQuery]);

  return (
    <div ref={wrapper}>
      {children}
      <p role="status" aria-live="polite" className="sr-only">
        {hits ? t("instantStatus", { count: hits.length }) : ""}
      </p>
      {hits && hits.length > 0 && (
        <ul className="mt-2 divide-y divide-gray-200 rounded border border-gray-300 bg-white" data-testid="instant-results">
          {hits.map((h) => (
            <li key={h.slug}>
              <Link href={`/layanan/${h.slug}`} className="block px-3 py-2 no-underline hover:bg-brand-50">
                <span className="font-medium underline">{locale === "en" ? h.nameEn : h.name}</span>
                <span className="block text-sm text-muted">
                  {h.agency.shortName} · {tc("counterLabel", { number: h.counterNumber })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
