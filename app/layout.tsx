import type { ReactNode } from "react";
import "./globals.css";

// The real root layout is app/[locale]/layout.tsx (it renders <html lang>); proxy.ts rewrites
// every page path to /<locale>/... from the NEXT_LOCALE cookie, so URLs carry no locale and
// every page can still be prerendered per locale (docs/decisions/003-locale-rewrite.md).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
