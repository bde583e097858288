import type { MetadataRoute } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { listAgencies, listCategories, listCounters, listServices } from "@/lib/catalogue/queries";
import { env } from "@/lib/env";

// Rendered on request (the build has no database); crawlers fetch it rarely.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await requirePermission("catalogue:read");
  const base = env().publicUrl;
  const [services, counters, categories, agencies] = await Promise.all([
    listServices(),
    listCounters(),
    listCategories(),
    listAgencies(),
  ]);
  const entry = (path: string, priority: number): MetadataRoute.Sitemap[number] => ({
    url: `${base}${path}`,
    changeFrequency: "weekly",
    priority,
  });
  return [
    entry("/", 1),
    entry("/layanan", 0.9),
    entry("/gerai", 0.8),
    ...services.map((s) => entry(`/layanan/${s.slug}`, 0.8)),
    ...counters.map((c) => entry(`/gerai/${c.number}`, 0.6)),
    ...categories.map((c) => entry(`/kategori/${c.slug}`, 0.6)),
    ...agencies.map((a) => entry(`/instansi/${a.slug}`, 0.6)),
  ];
}
