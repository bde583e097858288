/**
 * Builds SearchDocs from the seed catalogue (prisma/data), so tests and the search-quality script
 * need no database. The DB-backed loader produces the same shape from the database.
 */
import type { AgencySeed, CategorySeed, ServiceSeed } from "@/prisma/data/types";
import type { SearchDoc } from "./search-core";

export interface SeedCatalogue {
  services: readonly ServiceSeed[];
  categories: readonly CategorySeed[];
  agencies: readonly AgencySeed[];
}

export function docsFromSeed(data: SeedCatalogue): SearchDoc[] {
  const categories = new Map(data.categories.map((c) => [c.slug, c]));
  const agencies = new Map(data.agencies.map((a) => [a.slug, a]));
  return data.services.map((s) => {
    const category = categories.get(s.categorySlug);
    const agency = agencies.get(s.agencySlug);
    if (!category) throw new Error(`Service ${s.slug}: unknown category ${s.categorySlug}`);
    if (!agency) throw new Error(`Service ${s.slug}: unknown agency ${s.agencySlug}`);
    return {
      slug: s.slug,
      name: s.name,
      nameEn: s.nameEn,
      summary: s.summary,
      keywords: [...s.keywords],
      categorySlug: s.categorySlug,
      categoryName: category.name,
      agencySlug: s.agencySlug,
      agencyName: agency.name,
      agencyShortName: agency.shortName,
      counterNumber: s.counterNumber,
      product: s.product,
    };
  });
}
