"use client";

// Plain strings for the client components of the public shell (error, not-found and loading
// boundaries), passed down by the [locale] layout. These boundaries are loaded on every page, so
// they read their strings from this small context instead of next-intl's client runtime, which
// would add its ICU message parser (~40 KB of JavaScript) to every page a phone opens. Client
// components that format ICU messages (plurals, arguments) still use next-intl under their own
// NextIntlClientProvider, on the pages that need them (search form, staff console).
import { createContext, useContext, type ReactNode } from "react";
import type id from "@/messages/id.json";

type Messages = typeof id;
type Strings = { [N in keyof Messages]?: unknown };
/** "title" or "list.title": the dotted paths of a namespace's strings. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];

const ClientText = createContext<Strings>({});

/** Adds namespaces to those of the providers above it (a section layout adds its own). */
export function ClientTextProvider({ messages, children }: { messages: Strings; children: ReactNode }) {
  const outer = useContext(ClientText);
  return <ClientText.Provider value={{ ...outer, ...messages }}>{children}</ClientText.Provider>;
}

/** `useClientText("pages")("errorTitle")`: a string a layout passed, or `pages.errorTitle` if none did. */
export function useClientText<N extends keyof Messages>(namespace: N): (key: Paths<Messages[N]>) => string {
  const strings = useContext(ClientText)[namespace];
  return (key) => {
    const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
    return typeof value === "string" ? value : `${namespace}.${key}`;
  };
}
