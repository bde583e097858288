import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db-client";
import { db as defaultDb } from "@/lib/db";

export interface KecamatanWithKelurahan {
  code: string;
  name: string;
  kelurahan: { code: string; name: string }[];
}

/** Kecamatan and kelurahan of the city (Kemendagri codes), for domicile pickers. */
export const listWilayah = cache(async (client: Db = defaultDb): Promise<KecamatanWithKelurahan[]> => {
  const rows = await client.kecamatan.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, kelurahan: { orderBy: { name: "asc" }, select: { code: true, name: true } } },
  });
  return rows;
});

/** Kecamatan code of a kelurahan code: "33.75.01.1003" -> "33.75.01". */
export function kecamatanOf(kelurahanCode: string): string {
  return kelurahanCode.split(".").slice(0, 3).join(".");
}
