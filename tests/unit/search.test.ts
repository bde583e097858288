import { describe, expect, it } from "vitest";
import * as catalogue from "@/prisma/data/catalogue";
import {
  analyzeQuery,
  buildSearchIndex,
  editDistance,
  maxTypos,
  normalizeText,
  searchServices,
  stemCandidates,
  synonymTableProblems,
  type SearchDoc,
} from "@/lib/catalogue/search-core";
import { docsFromSeed } from "@/lib/catalogue/search-docs";
import { evaluateSearchQuality, formatFailures } from "@/lib/catalogue/search-quality";
import cases from "@/tests/fixtures/search-quality.json";

function doc(slug: string, name: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return {
    slug,
    name,
    nameEn: "",
    summary: "",
    keywords: [],
    categorySlug: "umum",
    categoryName: "Umum",
    agencySlug: "dinas",
    agencyName: "Dinas",
    agencyShortName: "Dinas",
    counterNumber: 1,
    product: "",
    ...extra,
  };
}

const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);

const seedDocs = docsFromSeed(catalogue);
const seedIndex = buildSearchIndex(seedDocs);
const top = (query: string, n = 3) => slugs(searchServices(seedIndex, query, { limit: n }));

describe("normalisation", () => {
  it("lower-cases, strips diacritics and punctuation, keeps numbers", () => {
    expect(normalizeText("  E-KTP  ")).toBe("e ktp");
    expect(normalizeText("Pengésahan (Akta)!")).toBe("pengesahan akta");
    expect(normalizeText("Pajak 5-Tahunan / STNK")).toBe("pajak 5 tahunan stnk");
    expect(normalizeText("Jum'at")).toBe("jumat");
  });

  it("reads every spelling of KTP-el as the same term", () => {
    for (const q of ["E-KTP", "e ktp", "ektp", "ktp-el", "KTP el", "ktp", "Kartu Tanda Penduduk"]) {
      expect(analyzeQuery(q), q).toEqual(["ktp"]);
    }
  });

  it("joins split abbreviations and rewrites multi-word names and variants", () => {
    expect(analyzeQuery("sim b 1")).toEqual(["sim", "b1"]);
    expect(analyzeQuery("SIM B I")).toEqual(["sim", "b1"]);
    expect(analyzeQuery("ak/1")).toEqual(["ak1"]);
    expect(analyzeQuery("kartu keluarga hilang")).toEqual(["kk", "hilang"]);
    expect(analyzeQuery("surat kelakuan baik")).toEqual(["skck"]);
    expect(analyzeQuery("akte lahir")).toEqual(["akta", "lahir"]);
    expect(analyzeQuery("M-Paspor")).toEqual(["mpaspor"]);
  });

  it("drops filler words unless nothing else is left", () => {
    expect(analyzeQuery("cara mengurus akta kematian di pekalongan")).toEqual(["akta", "kematian", "pekalongan"]);
    expect(analyzeQuery("syarat")).toEqual(["syarat"]);
  });

  it("stems common affixes without destroying short tokens", () => {
    expect(stemCandidates("perpanjangan")).toContain("panjang");
    expect(stemCandidates("perpanjang")).toContain("panjang");
    expect(stemCandidates("pendaftaran")).toContain("daftar");
    expect(stemCandidates("kelahiran")).toContain("lahir");
    expect(stemCandidates("kematian")).toContain("mati");
    expect(stemCandidates("menikah")).toContain("nikah");
    expect(stemCandidates("pembayaran")).toContain("bayar");
    expect(stemCandidates("ktpnya")).toContain("ktp");
    for (const short of ["sim", "kk", "akta", "pajak", "bulan", "jalan", "sktm"]) {
      expect(stemCandidates(short)).toEqual([short]);
    }
  });

  it("has synonym tables where every entry is a single term", () => {
    expect(synonymTableProblems()).toEqual([]);
  });
});

describe("matching", () => {
  const index = buildSearchIndex([
    doc("sim-baru", "Penerbitan SIM A Baru", { keywords: ["sim mobil"] }),
    doc("akta-lahir", "Kutipan Akta Kelahiran"),
    doc("nikah", "Pendaftaran Nikah"),
    doc("air", "Pasang Baru Sambungan", { agencyName: "Perumda Tirtayasa", agencySlug: "tirtayasa" }),
    doc("paspor", "Permohonan Paspor Baru"),
    doc("pajak", "Pembayaran Pajak Kendaraan"),
  ]);
  const find = (q: string) => slugs(searchServices(index, q));

  it("uses synonyms and abbreviations", () => {
    expect(find("bikin sim")[0]).toBe("sim-baru");
    expect(find("akte lahir")[0]).toBe("akta-lahir");
    expect(find("kawin")[0]).toBe("nikah");
    expect(find("pdam")[0]).toBe("air");
    expect(find("ledeng")[0]).toBe("air");
    expect(find("surat izin mengemudi")[0]).toBe("sim-baru");
  });

  it("matches stemmed forms both ways", () => {
    expect(find("menikah")[0]).toBe("nikah");
    expect(find("lahir")[0]).toBe("akta-lahir");
    expect(find("bayar pajak")[0]).toBe("pajak");
  });

  it("tolerates typos: 1 edit for 4-6 letters, 2 for 7+, none under 4", () => {
    expect(maxTypos("sim")).toBe(0);
    expect(maxTypos("pajak")).toBe(1);
    expect(maxTypos("kelahiran")).toBe(2);
    expect(editDistance("nikha", "nikah")).toBe(1); // transposition
    expect(editDistance("kelahrian", "kelahiran")).toBe(1);
    expect(editDistance("abc", "abcdef", 1)).toBe(2); // bounded
    expect(find("pajek")[0]).toBe("pajak");
    expect(find("nikha")[0]).toBe("nikah");
    expect(find("pasport")[0]).toBe("paspor");
    expect(find("akta kelahrian")[0]).toBe("akta-lahir");
    expect(find("kelahrn ")[0]).toBe("akta-lahir"); // 7 letters: 2 edits allowed
    expect(find("pjek ")).toEqual([]); // 4 letters: 2 edits is too many
    expect(find("nkha ")).toEqual([]);
  });

  it("completes the last word as the user types", () => {
    expect(find("pasp")[0]).toBe("paspor");
    expect(find("akta kel")[0]).toBe("akta-lahir");
    expect(find("pasp ")).toEqual([]); // a finished word is not a prefix
    const [hit] = searchServices(index, "kel akta"); // only the last word is completed
    expect(hit?.slug).toBe("akta-lahir");
    expect(hit?.matched).toEqual(["akta"]);
  });

  it("reports which query terms matched", () => {
    const [hit] = searchServices(index, "bikin sim zzzz");
    expect(hit?.slug).toBe("sim-baru");
    expect(hit?.matched).toEqual(["bikin", "sim"]);
  });
});

describe("filters and empty queries", () => {
  it("returns nothing for an empty query without filters", () => {
    expect(searchServices(seedIndex, "")).toEqual([]);
    expect(searchServices(seedIndex, "   \t ")).toEqual([]);
  });

  it("lists every service of the filter, sorted by name, for an empty query", () => {
    const hits = searchServices(seedIndex, " ", { agency: "polres-pekalongan-kota" });
    const expected = seedDocs.filter((d) => d.agencySlug === "polres-pekalongan-kota");
    expect(hits).toHaveLength(expected.length);
    const names = hits.map((h) => seedDocs.find((d) => d.slug === h.slug)!.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(hits.every((h) => h.score === 0 && h.matched.length === 0)).toBe(true);
    const byCategory = searchServices(seedIndex, "", { category: "keimigrasian" });
    expect(byCategory.length).toBe(seedDocs.filter((d) => d.categorySlug === "keimigrasian").length);
    expect(searchServices(seedIndex, "", { category: "keimigrasian", limit: 2 })).toHaveLength(2);
  });

  it("restricts results to the agency and category", () => {
    const all = slugs(searchServices(seedIndex, "hilang", { limit: 50 }));
    const polres = searchServices(seedIndex, "hilang", { agency: "polres-pekalongan-kota", limit: 50 });
    expect(polres.length).toBeGreaterThan(0);
    expect(polres.length).toBeLessThan(all.length);
    for (const h of polres) {
      expect(seedDocs.find((d) => d.slug === h.slug)!.agencySlug).toBe("polres-pekalongan-kota");
    }
    const kependudukan = searchServices(seedIndex, "hilang", { category: "kependudukan", limit: 50 });
    expect(kependudukan.length).toBeGreaterThan(0);
    for (const h of kependudukan) {
      expect(seedDocs.find((d) => d.slug === h.slug)!.categorySlug).toBe("kependudukan");
    }
    expect(searchServices(seedIndex, "paspor", { agency: "disdukcapil" })).toEqual([]);
  });

  it("applies the limit", () => {
    expect(searchServices(seedIndex, "sim", { limit: 2 })).toHaveLength(2);
    expect(searchServices(seedIndex, "sim", { limit: 0 })).toEqual([]);
  });
});

describe("ranking", () => {
  it('puts sim-a-perpanjangan first for "sim a perpanjangan"', () => {
    expect(top("sim a perpanjangan", 1)).toEqual(["sim-a-perpanjangan"]);
    expect(top("perpanjangan sim c", 1)).toEqual(["sim-c-perpanjangan"]);
  });

  it("prefers a document matching all terms over one matching a single term, even in a weaker field", () => {
    const index = buildSearchIndex([
      doc("one", "Ujian Praktik Mengemudi"),
      doc("all", "Layanan Umum", { summary: "ujian untuk sertifikat keahlian" }),
    ]);
    expect(slugs(searchServices(index, "ujian sertifikat"))).toEqual(["all", "one"]);
  });

  it("ranks exact above stemmed and synonym matches, and name above product and summary", () => {
    const fields = buildSearchIndex([
      doc("summary", "Layanan Umum", { summary: "paspor" }),
      doc("product", "Layanan Lain", { product: "paspor" }),
      doc("name", "Layanan Paspor"),
    ]);
    expect(slugs(searchServices(fields, "paspor"))).toEqual(["name", "product", "summary"]);
    const stem = buildSearchIndex([doc("stem", "Daftar Usaha"), doc("exact", "Pendaftaran Usaha")]);
    expect(slugs(searchServices(stem, "pendaftaran"))).toEqual(["exact", "stem"]);
    const syn = buildSearchIndex([doc("syn", "Pendaftaran Kawin"), doc("exact", "Pendaftaran Nikah")]);
    expect(slugs(searchServices(syn, "nikah"))).toEqual(["exact", "syn"]);
  });

  it("corrects only unknown words, and ranks a closer correction first", () => {
    const index = buildSearchIndex([doc("pajak", "Layanan Pajak"), doc("pajek", "Layanan Pajek")]);
    expect(slugs(searchServices(index, "pajak"))).toEqual(["pajak"]); // a real word is not "corrected"
    const near = buildSearchIndex([doc("one", "Layanan Kelahiran"), doc("two", "Layanan Kelahiram Baru")]);
    // "kelahiram" is a real word of this index; "kelahrian" is 1 edit from "kelahiran", 2 from it
    expect(slugs(searchServices(near, "kelahrian "))).toEqual(["one", "two"]);
  });

  it("boosts names that start with the query", () => {
    // Both names contain both words; without the boost the tie-break by name would put "Anak..." first.
    const index = buildSearchIndex([doc("b", "Anak dan Kartu Identitas"), doc("a", "Kartu Anak Sekolah")]);
    expect(slugs(searchServices(index, "kartu anak"))[0]).toBe("a");
  });

  it("is deterministic: same results across runs, input order and JSON round trips; ties by name", () => {
    const queries = cases.map((c) => c.query).concat(["sim", "pajak", "hilang", "pasp"]);
    const shuffled = buildSearchIndex([...seedDocs].reverse());
    const revived = JSON.parse(JSON.stringify(seedIndex)) as typeof seedIndex;
    for (const q of queries) {
      const first = searchServices(seedIndex, q);
      expect(searchServices(seedIndex, q), q).toEqual(first);
      expect(searchServices(shuffled, q), q).toEqual(first);
      expect(searchServices(revived, q), q).toEqual(first);
    }
    const stale = { ...revived, version: 0 } as unknown as typeof seedIndex;
    expect(() => searchServices(stale, "ktp")).toThrow(/rebuild/);
    const tie = buildSearchIndex([doc("z", "Beta Izin"), doc("y", "Alfa Izin")]);
    const hits = searchServices(tie, "izin");
    expect(hits.map((h) => h.slug)).toEqual(["y", "z"]);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  it("is fast: builds in well under 50 ms and answers in well under 1 ms", () => {
    // Generous bounds so that a slow CI machine does not flake; typical: ~10 ms and ~0.05 ms.
    const t0 = performance.now();
    const index = buildSearchIndex(seedDocs);
    expect(performance.now() - t0).toBeLessThan(250);
    for (const c of cases) searchServices(index, c.query); // warm up
    const t1 = performance.now();
    const rounds = 10;
    for (let r = 0; r < rounds; r++) for (const c of cases) searchServices(index, c.query);
    expect((performance.now() - t1) / (rounds * cases.length)).toBeLessThan(2);
  });
});

describe("search quality on the seed catalogue", () => {
  const known = new Set(seedDocs.map((d) => d.slug));

  it("uses a realistic test set whose expected services exist", () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const unknown = cases.flatMap((c) => c.expected.filter((s) => !known.has(s)).map((s) => `${c.query}: ${s}`));
    expect(unknown).toEqual([]);
    const queries = new Set(cases.map((c) => c.query));
    for (const q of ["ktp", "e ktp", "bikin sim", "perpanjang sim", "skck", "akta lahir", "kk hilang", "bpjs", "pdam", "imb", "pbg", "nikah"]) {
      expect(queries.has(q), q).toBe(true);
    }
  });

  it("reports failures with what was found instead", () => {
    const index = buildSearchIndex([doc("a", "Layanan Paspor"), doc("b", "Layanan Pajak")]);
    const report = evaluateSearchQuality(index, [
      { query: "paspor", expected: ["a"] },
      { query: "pajak", expected: ["a"] },
    ]);
    expect(report).toMatchObject({ total: 2, passed: 1, score: 0.5 });
    expect(report.failures).toEqual([{ query: "pajak", expected: ["a"], got: ["b"] }]);
    expect(formatFailures(report.failures)).toContain('"pajak": expected one of [a], got [b]');
  });

  it("finds an expected service in the top 3 for at least 95% of the queries", () => {
    const report = evaluateSearchQuality(seedIndex, cases);
    const message = `search quality ${report.passed}/${report.total}; failures:\n${formatFailures(report.failures)}`;
    expect(report.score, message).toBeGreaterThanOrEqual(0.95);
  });
});
