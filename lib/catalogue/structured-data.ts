import type { ServiceDetail } from "./queries";

/** schema.org GovernmentService for a service page (JSON-LD). */
export function governmentServiceJsonLd(
  s: ServiceDetail,
  ctx: { url: string; mppName: string; mppAddress: string; city: string },
): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: s.name,
    alternateName: s.nameEn,
    description: s.summary,
    url: ctx.url,
    serviceType: s.category.name,
    provider: { "@type": "GovernmentOrganization", name: s.agency.name, address: s.agencyAddress },
    areaServed: { "@type": "City", name: ctx.city },
    availableChannel: {
      "@type": "ServiceChannel",
      name: ctx.mppName,
      availableLanguage: ["id", "en"],
      serviceLocation: { "@type": "GovernmentOffice", name: ctx.mppName, address: ctx.mppAddress },
    },
    offers: {
      "@type": "Offer",
      price: s.costAmount,
      priceCurrency: "IDR",
      ...(s.costText ? { description: s.costText } : {}),
    },
    termsOfService: s.legalBasis,
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in data. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
