/**
 * Catalogue search engine: pure TypeScript, no database, no network, no Node or browser APIs.
 * Importable on the server and on the client.
 *
 * Citizens type everyday Indonesian words, abbreviations and misspellings ("bikin sim",
 * "akte lahir", "pasport", "kk hilang"). The engine:
 *  1. normalises text (lower case, no diacritics or punctuation, "e-ktp" = "e ktp" = "ektp" = "ktp-el"),
 *  2. rewrites spelling variants and multi-word names to one canonical token (data tables below),
 *  3. expands each query term with light Indonesian stems, synonyms, typo corrections
 *     (Damerau-Levenshtein) and, for the last term, prefixes (as-you-type),
 *  4. scores documents by field weight x match quality x rarity, multiplied by the squared coverage
 *     of the query terms, with small boosts for keyword phrases and names that start with the query.
 *
 * The index is plain data (arrays and records), so it survives JSON.stringify / JSON.parse and can
 * be cached; lookup structures are rebuilt lazily per index object.
 */

export interface SearchDoc {
  slug: string;
  name: string;
  nameEn: string;
  summary: string;
  keywords: string[];
  categorySlug: string;
  categoryName: string;
  agencySlug: string;
  agencyName: string;
  agencyShortName: string;
  counterNumber: number;
  product: string;
}

export interface SearchHit {
  slug: string;
  score: number;
  /** Query terms (normalised) that matched this document. */
  matched: string[];
}

export interface SearchOptions {
  /** Agency slug filter. */
  agency?: string;
  /** Category slug filter. */
  category?: string;
  /** Maximum number of hits. Default: 20 for a text query, unlimited when listing a filter. */
  limit?: number;
}

interface IndexedDoc {
  slug: string;
  name: string;
  agencySlug: string;
  categorySlug: string;
  /** Keyword phrases as canonical terms (same analysis as a query). */
  keywordTerms: string[][];
}

/**
 * Bumped whenever the index format or the analysis (tables, stemming) changes: a cached JSON index
 * with another version must be rebuilt.
 */
export const SEARCH_INDEX_VERSION = 1;

/** Opaque, JSON-serialisable search index. */
export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  docs: IndexedDoc[];
  /** token -> flat [docIndex, fieldMask, docIndex, fieldMask, ...] */
  exact: Record<string, number[]>;
  /** stem candidate -> flat [docIndex, fieldMask, ...] */
  stems: Record<string, number[]>;
}

// ---------------------------------------------------------------------------------------------
// Data tables. Add words here, not code branches.
// ---------------------------------------------------------------------------------------------

/** Spelling variants and misspellings common enough to be canonical: token -> canonical token. */
export const VARIANTS: Readonly<Record<string, string>> = {
  akte: "akta",
  ektp: "ktp",
  ktpel: "ktp",
  passport: "paspor",
  ijin: "izin",
  praktek: "praktik",
  sertipikat: "sertifikat",
  sertipikasi: "sertifikasi",
  umroh: "umrah",
  itsbat: "isbat",
  otentikasi: "autentikasi",
  pelat: "plat",
  kadaluarsa: "kedaluwarsa",
  kadaluwarsa: "kedaluwarsa",
  kedaluarsa: "kedaluwarsa",
  nomer: "nomor",
  fotocopy: "fotokopi",
  photo: "foto",
  poto: "foto",
  apotik: "apotek",
  propinsi: "provinsi",
  rubah: "ubah",
  merubah: "ubah",
  ngurus: "urus",
  antri: "antre",
  antrian: "antrean",
  yg: "yang",
  tdk: "tidak",
  gak: "tidak",
  nggak: "tidak",
  ga: "tidak",
  utk: "untuk",
  dgn: "dengan",
  sy: "saya",
  gmn: "gimana",
  hajj: "haji",
};

/**
 * Multi-word names and abbreviation spellings: canonical token -> phrases. In documents the
 * canonical token is added next to the words; in queries the phrase is replaced by the token.
 */
export const PHRASES: Readonly<Record<string, readonly string[]>> = {
  ktp: ["kartu tanda penduduk", "ktp el", "ktp elektronik", "kartu tanda penduduk elektronik"],
  kk: ["kartu keluarga"],
  kia: ["kartu identitas anak"],
  sim: ["surat izin mengemudi"],
  skck: [
    "surat keterangan catatan kepolisian",
    "catatan kepolisian",
    "surat kelakuan baik",
    "surat berkelakuan baik",
    "surat keterangan kelakuan baik",
    "surat keterangan berkelakuan baik",
  ],
  imb: ["izin mendirikan bangunan", "izin bangunan", "izin membangun"],
  pbg: ["persetujuan bangunan gedung"],
  slf: ["sertifikat laik fungsi"],
  nib: ["nomor induk berusaha", "izin usaha"],
  npwp: ["nomor pokok wajib pajak"],
  npwpd: ["nomor pokok wajib pajak daerah"],
  sktm: [
    "surat keterangan tidak mampu",
    "surat tidak mampu",
    "keterangan tidak mampu",
    "surat keterangan miskin",
    "surat miskin",
  ],
  ak1: ["kartu kuning", "kartu pencari kerja", "ak i"],
  b1: ["b i"],
  b2: ["b ii"],
  jkn: ["jaminan kesehatan nasional"],
  kis: ["kartu indonesia sehat"],
  bpjstk: ["bpjs ketenagakerjaan", "bpjs tk", "bpjs naker", "bp jamsostek"],
  bpjskes: ["bpjs kesehatan"],
  jht: ["jaminan hari tua"],
  tht: ["tabungan hari tua"],
  jkm: ["jaminan kematian"],
  jkk: ["jaminan kecelakaan kerja"],
  jp: ["jaminan pensiun"],
  pbb: ["pajak bumi dan bangunan", "pajak bumi bangunan", "pbb p2"],
  sip: ["surat izin praktik"],
  krk: ["keterangan rencana kota"],
  skf: ["surat keterangan fiskal"],
  skpt: ["surat keterangan pendaftaran tanah"],
  kur: ["kredit usaha rakyat"],
  ikd: ["identitas kependudukan digital", "ktp digital"],
  dtks: ["data terpadu kesejahteraan sosial"],
  dtsen: ["data tunggal sosial ekonomi nasional"],
  bansos: ["bantuan sosial"],
  mbanking: ["mobile banking"],
  tnkb: ["tanda nomor kendaraan bermotor", "plat nomor", "nomor polisi"],
  stnk: ["surat tanda nomor kendaraan"],
  phk: ["pemutusan hubungan kerja"],
  shm: ["sertifikat hak milik"],
  umkm: ["usaha mikro kecil menengah", "usaha mikro dan kecil", "usaha mikro"],
  pdam: ["perusahaan daerah air minum", "air minum"],
  spt: ["surat pemberitahuan tahunan"],
  pmi: ["pekerja migran indonesia", "pekerja migran"],
  capil: ["catatan sipil", "pencatatan sipil"],
  baliknama: ["balik nama"],
  siteplan: ["site plan", "rencana tapak"],
  sandi: ["kata sandi"],
  cetakulang: ["cetak ulang", "print ulang"],
};

/** Groups of interchangeable words (each entry must analyse to one token). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["bikin", "buat", "baru", "daftar", "terbit", "rekam", "pemula"],
  ["perpanjang", "perpanjangan", "mati", "habis", "expired", "kedaluwarsa", "renew"],
  ["hilang", "rusak", "ganti", "pengganti", "penggantian", "duplikat", "sobek", "patah", "cetakulang"],
  ["lahir", "kelahiran", "lahiran"],
  ["kawin", "nikah", "menikah", "perkawinan", "pernikahan"],
  ["mati", "meninggal", "wafat", "kematian", "almarhum", "almarhumah"],
  ["cerai", "perceraian", "talak"],
  ["pdam", "air", "tirtayasa", "ledeng", "perumda"],
  ["imb", "pbg", "simbg"],
  ["bpjs", "jkn", "kis", "bpjskes"],
  ["bpjstk", "jamsostek", "bpjamsostek"],
  ["npwp", "pajak"],
  ["paspor", "mpaspor"],
  ["nib", "oss", "siup", "tdp"],
  ["pbb", "sppt", "nop"],
  ["halal", "sehati", "sihalal", "bpjph"],
  ["sktm", "miskin"],
  ["ak1", "pencaker"],
  ["plat", "tnkb", "nopol"],
  ["sertifikat", "shm"],
  ["tanah", "lahan"],
  ["dukcapil", "disdukcapil", "capil"],
  ["polisi", "polres", "polresta"],
  ["pengaduan", "aduan", "komplain", "keluhan", "komplen"],
  ["bayar", "setor"],
  ["cek", "periksa", "pengecekan", "pemeriksaan"],
  ["ubah", "perubahan", "update", "ralat", "pembetulan", "koreksi", "revisi", "perbaiki", "ganti"],
  ["hapus", "penghapusan", "tutup", "cabut"],
  ["info", "informasi", "konsultasi", "tanya"],
  ["legalisir", "legalisasi"],
  ["baliknama", "mutasi", "peralihan"],
  ["klaim", "cair", "pencairan"],
  ["rekening", "tabungan"],
  ["pinjam", "kredit"],
  ["umkm", "umk", "ukm"],
  ["dokter", "drg"],
  ["reklame", "baliho", "spanduk", "billboard", "iklan", "banner"],
  ["tilang", "etle"],
  ["latih", "kursus", "training"],
  ["phk", "pecat"],
  ["pmi", "tki", "tkw", "cpmi"],
  ["bangunan", "gedung"],
  ["ponsel", "hp", "handphone"],
  ["password", "sandi"],
  ["5", "lima"],
];

/** One-way expansions: a query word that also means the listed words (but not the reverse). */
export const ONE_WAY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  motor: ["kendaraan"],
  mobil: ["kendaraan"],
  kendaraan: ["motor", "mobil"],
  gratis: ["pbi", "uhc"],
  pns: ["asn"],
  bayi: ["lahir"],
  bansos: ["pkh", "bpnt", "dtsen", "dtks"],
  dtks: ["dtsen"],
};

/**
 * Words the light stemmer must leave whole: their affix-stripped form is a different word
 * ("meninggal" is not "tinggal", "pengacara" is not "acara", "penumpang" is not "numpang").
 */
export const NO_STEM: ReadonlySet<string> = new Set([
  "meninggal", "pengacara", "perdata", "penumpang", "perjalanan", "berlaku", "berlakunya",
  "keberatan", "perawat", "termasuk", "terutama", "perbaikan", "pelaku", "perdana",
]);

/** Filler words dropped from queries (unless the query has nothing else). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "cara", "gimana", "bagaimana",
  "mau", "ingin", "pengen", "pingin", "saya", "aku", "kami", "tolong", "apa", "apakah", "dimana",
  "mana", "kapan", "syarat", "persyaratan", "prosedur", "urus", "mengurus", "pengurusan", "tentang",
  "ya", "dong", "nya", "layanan", "pelayanan", "bisa", "harus", "perlu", "butuh", "kalau", "kalo",
  "jika", "the", "of", "for", "how", "to",
]);
// ("a" is not a stopword: it is the SIM A class.)

// ---------------------------------------------------------------------------------------------
// Tuning constants.
// ---------------------------------------------------------------------------------------------

const FIELDS = ["name", "keywords", "product", "nameEn", "summary", "category", "agency"] as const;
type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = {
  name: 10,
  keywords: 9,
  product: 6,
  nameEn: 4,
  summary: 3,
  category: 2,
  agency: 2,
};
const FIELD_WEIGHTS_BY_BIT = FIELDS.map((f) => FIELD_WEIGHT[f]);

const MATCH = {
  exact: 1,
  stem: 0.85,
  synonym: 0.7,
  synonymStem: 0.65,
  prefix: 0.6,
  fuzzy1: 0.6,
  fuzzy2: 0.45,
} as const;

const BOOST_KEYWORD_EXACT = 1.6; // the query is one of the doc's keyword phrases
const BOOST_KEYWORD_CONTAINS = 1.2; // all query terms appear in one keyword phrase
const BOOST_NAME_PREFIX = 1.1; // the doc's name starts with the query
const DEFAULT_LIMIT = 20;
const MIN_STEM = 4;
const MAX_PREFIX_EXPANSIONS = 40;
/** Longer input (a pasted paragraph) is cut: keeps the per-query cost bounded. */
const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 12;
/** Hits scoring under this share of the best hit are noise (a stray typo or prefix match). */
const MIN_RELATIVE_SCORE = 0.02;

// ---------------------------------------------------------------------------------------------
// Normalisation and analysis.
// ---------------------------------------------------------------------------------------------

/** Lower case, no diacritics, punctuation to spaces, collapsed whitespace. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const isDigits = (t: string) => /^\d+$/.test(t);
const isAlpha = (t: string) => /^[a-z]+$/.test(t);

/** Joins split spellings: "e ktp" -> "ektp", "m paspor" -> "mpaspor", "b 1" -> "b1", "ak 1" -> "ak1". */
function joinTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next !== undefined) {
      if ((t === "e" || t === "m") && next.length >= 2 && isAlpha(next)) {
        out.push(t + next);
        i++;
        continue;
      }
      if (t.length <= 2 && isAlpha(t) && next.length <= 2 && isDigits(next)) {
        out.push(t + next);
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

const applyVariant = (t: string) => VARIANTS[t] ?? t;

/** Tokens after normalisation, joins and variants (no phrase handling). */
function baseTokens(text: string): string[] {
  const norm = normalizeText(text);
  if (!norm) return [];
  return joinTokens(norm.split(" ").map(applyVariant)).map(applyVariant);
}

interface PhraseRule {
  words: string[];
  token: string;
}

/** first word -> rules, longest first */
const PHRASE_RULES: Map<string, PhraseRule[]> = (() => {
  const map = new Map<string, PhraseRule[]>();
  for (const [token, phrases] of Object.entries(PHRASES)) {
    for (const phrase of phrases) {
      const words = baseTokens(phrase);
      const first = words[0];
      if (!first) continue;
      if (words.length === 1 && first === token) continue;
      (map.get(first) ?? map.set(first, []).get(first)!).push({ words, token });
    }
  }
  for (const rules of map.values()) rules.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

interface PhraseMatch {
  start: number;
  length: number;
  token: string;
}

function findPhrases(tokens: string[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const rules = PHRASE_RULES.get(tokens[i]!);
    if (!rules) continue;
    for (const rule of rules) {
      if (rule.words.every((w, k) => tokens[i + k] === w)) {
        found.push({ start: i, length: rule.words.length, token: rule.token });
        i += rule.words.length - 1;
        break;
      }
    }
  }
  return found;
}

/** Document side: words plus the canonical tokens of the phrases they contain. */
function docTokens(text: string): string[] {
  const tokens = baseTokens(text);
  const extra = findPhrases(tokens).map((m) => m.token);
  return extra.length ? tokens.concat(extra) : tokens;
}

interface QueryTerm {
  text: string;
  /** Comes from the last typed word (eligible for prefix matching). */
  last: boolean;
}

/** Phrases replaced by their canonical token (stopwords kept). */
function collapsePhrases(text: string): QueryTerm[] {
  const tokens = baseTokens(text);
  const matches = findPhrases(tokens);
  const terms: QueryTerm[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const match = matches[m];
    if (match && match.start === i) {
      terms.push({ text: match.token, last: false });
      i += match.length - 1;
      m++;
    } else terms.push({ text: tokens[i]!, last: i === tokens.length - 1 });
  }
  return terms;
}

/** Query side: phrases replaced by their canonical token, stopwords dropped, duplicates removed. */
function analyze(text: string): QueryTerm[] {
  const terms = collapsePhrases(text);
  const content = terms.filter((t) => !STOPWORDS.has(t.text));
  const kept = content.length ? content : terms;
  const seen = new Set<string>();
  return kept.filter((t) => (seen.has(t.text) ? false : (seen.add(t.text), true)));
}

/** The canonical terms a query is analysed to (exported for tests and debugging). */
export function analyzeQuery(query: string): string[] {
  return analyze(query).map((t) => t.text);
}

// ---------------------------------------------------------------------------------------------
// Light Indonesian stemming. Returns the word itself plus candidate stems (>= 4 letters), so that
// ambiguous forms ("-kan" vs "-an", nasal prefixes) match on both sides without a dictionary.
// ---------------------------------------------------------------------------------------------

const isVowelAt = (w: string, i: number) => {
  const ch = w.charCodeAt(i);
  return ch === 97 || ch === 105 || ch === 117 || ch === 101 || ch === 111; // a i u e o
};

function stripPrefixes(word: string, out: Set<string>, depth: number): void {
  if (depth > 2 || word.length < MIN_STEM + 2) return;
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM && !out.has(stem)) {
      out.add(stem);
      stripPrefixes(stem, out, depth + 1);
    }
  };
  const c0 = word[0];
  const c1 = word[1];
  const c2 = word[2];
  const c3 = word[3];
  if ((c0 === "m" || c0 === "p") && c1 === "e") {
    // me-/pe- with nasal assimilation: meny-/peny- (s), meng-/peng- (k or vowel), mem-/pem- (p), men-/pen- (t)
    if (c2 === "n" && c3 === "y") add("s" + word.slice(4));
    else if (c2 === "n" && c3 === "g") {
      const r = word.slice(4);
      add(r);
      if (isVowelAt(r, 0)) add("k" + r);
    } else if (c2 === "m") {
      const r = word.slice(3);
      add(isVowelAt(r, 0) ? "p" + r : r);
    } else if (c2 === "n") {
      const r = word.slice(3);
      if (isVowelAt(r, 0)) add("t" + r);
      add(r);
    }
    if (c0 === "p" && c2 === "r") add(word.slice(3)); // per-
    if (c2 === "l" || c2 === "r" || c2 === "m" || c2 === "n" || c2 === "w" || c2 === "y") add(word.slice(2));
  } else if (c0 === "b" && c1 === "e" && c2 === "r") add(word.slice(3));
  else if (c0 === "t" && c1 === "e" && c2 === "r") add(word.slice(3));
  else if (c0 === "d" && c1 === "i" && word.length >= 7) add(word.slice(2));
}

/** The word plus its candidate stems. Short words, numbers and abbreviations are left alone. */
export function stemCandidates(word: string): string[] {
  const out = new Set<string>([word]);
  if (word.length < 5 || !isAlpha(word) || NO_STEM.has(word)) return [...out];
  // possessive/particle "-nya": "ktpnya" -> "ktp" (3 letters are enough here: abbreviations).
  // "-lah"/"-kah" are left alone: rare in searches, and they would break "nikah", "sekolah".
  const w = word.endsWith("nya") && word.length - 3 >= 3 ? word.slice(0, -3) : word;
  const forms = w === word ? [word] : [word, w];
  if (w.endsWith("an")) {
    const n = w.length;
    // ke-...-an confix: "kelahiran" -> "lahir", "kematian" -> "mati"
    if (w.startsWith("ke") && n - 4 >= MIN_STEM) forms.push(w.slice(2, -2));
    if (n - 3 >= MIN_STEM && w.charCodeAt(n - 3) === 107) forms.push(w.slice(0, -3)); // -kan
    if (n - 2 >= MIN_STEM) forms.push(w.slice(0, -2)); // -an
  }
  for (const form of forms) {
    out.add(form);
    stripPrefixes(form, out, 0);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Synonyms (built once from the tables).
// ---------------------------------------------------------------------------------------------

function singleToken(word: string): string | undefined {
  const terms = collapsePhrases(word);
  return terms.length === 1 ? terms[0]!.text : undefined;
}

/** Table entries that do not analyse to exactly one token (should be empty; checked by tests). */
export function synonymTableProblems(): string[] {
  const problems: string[] = [];
  for (const group of SYNONYM_GROUPS) for (const w of group) if (!singleToken(w)) problems.push(w);
  for (const [k, ws] of Object.entries(ONE_WAY_SYNONYMS))
    for (const w of [k, ...ws]) if (!singleToken(w)) problems.push(w);
  return problems;
}

const SYNONYMS: Map<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    for (const key of stemCandidates(from)) {
      const set = map.get(key) ?? map.set(key, new Set()).get(key)!;
      set.add(to);
    }
  };
  for (const group of SYNONYM_GROUPS) {
    const tokens = group.map(singleToken).filter((t): t is string => t !== undefined);
    for (const a of tokens) for (const b of tokens) link(a, b);
  }
  for (const [from, tos] of Object.entries(ONE_WAY_SYNONYMS)) {
    const f = singleToken(from);
    if (!f) continue;
    for (const to of tos) {
      const t = singleToken(to);
      if (t) link(f, t);
    }
  }
  return map;
})();

function synonymsOf(token: string): Set<string> {
  const out = new Set<string>();
  for (const key of stemCandidates(token)) {
    const set = SYNONYMS.get(key);
    if (set) for (const s of set) if (s !== token) out.add(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Typo tolerance.
// ---------------------------------------------------------------------------------------------

// Reused DP rows (the engine is synchronous, so sharing them is safe).
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/** Optimal-string-alignment Damerau-Levenshtein distance, or max + 1 when it exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb + 1);
    rowB = new Int32Array(lb + 1);
    rowC = new Int32Array(lb + 1);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const tmp = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = tmp;
  }
  return prev[lb]!;
}

/** Bit i set when letter i (a = 0) occurs in the word. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) - 97);
  return m;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** Allowed typos: 1 for 4-6 letters, 2 for 7 or more, none for shorter words. */
export function maxTypos(token: string): number {
  if (token.length >= 7) return 2;
  if (token.length >= 4) return 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Index building.
// ---------------------------------------------------------------------------------------------

function fieldTexts(doc: SearchDoc): Record<Field, string> {
  return {
    name: doc.name,
    keywords: doc.keywords.join(" ; "),
    product: doc.product,
    nameEn: doc.nameEn,
    summary: doc.summary,
    category: `${doc.categoryName} ${doc.categorySlug.replace(/-/g, " ")}`,
    agency: `${doc.agencyName} ${doc.agencyShortName} ${doc.agencySlug.replace(/-/g, " ")} gerai loket ${doc.counterNumber}`,
  };
}

function addPosting(target: Record<string, number[]>, token: string, doc: number, bit: number): void {
  const list = Object.hasOwn(target, token) ? target[token]! : (target[token] = []);
  const n = list.length;
  if (n >= 2 && list[n - 2] === doc) list[n - 1] = list[n - 1]! | bit;
  else list.push(doc, bit);
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const exact: Record<string, number[]> = {};
  const stems: Record<string, number[]> = {};
  const indexed: IndexedDoc[] = [];
  const stemCache = new Map<string, string[]>();
  docs.forEach((doc, d) => {
    const texts = fieldTexts(doc);
    FIELDS.forEach((field, f) => {
      const bit = 1 << f;
      for (const token of docTokens(texts[field])) {
        addPosting(exact, token, d, bit);
        let cands = stemCache.get(token);
        if (!cands) stemCache.set(token, (cands = stemCandidates(token)));
        for (const stem of cands) addPosting(stems, stem, d, bit);
      }
    });
    indexed.push({
      slug: doc.slug,
      name: doc.name,
      agencySlug: doc.agencySlug,
      categorySlug: doc.categorySlug,
      keywordTerms: doc.keywords.map((k) => analyze(k).map((t) => t.text)).filter((t) => t.length > 0),
    });
  });
  return { version: SEARCH_INDEX_VERSION, docs: indexed, exact, stems };
}

// ---------------------------------------------------------------------------------------------
// Runtime structures, built lazily per index object (kept out of the serialisable index).
// ---------------------------------------------------------------------------------------------

interface Compiled {
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  /** Sorted vocabulary for prefix search. */
  vocab: string[];
  /** Vocabulary for typo correction, by length, with letter masks for a cheap lower bound. */
  byLength: Map<number, { words: string[]; masks: number[] }>;
  fuzzyCache: Map<string, [string, number][]>;
  stemCache: Map<string, string[]>;
  /** Stem sets of keyword tokens, for phrase boosts. */
  keywordStems: Map<string, Set<string>>;
  nameKeys: string[];
}

const compiledCache = new WeakMap<SearchIndex, Compiled>();

function compile(index: SearchIndex): Compiled {
  const hit = compiledCache.get(index);
  if (hit) return hit;
  const exact = new Map(Object.entries(index.exact));
  const stems = new Map(Object.entries(index.stems));
  const vocabSet = new Set<string>(exact.keys());
  for (const set of SYNONYMS.values()) for (const s of set) vocabSet.add(s);
  for (const token of Object.keys(PHRASES)) vocabSet.add(token);
  const vocab = [...exact.keys()].sort();
  const byLength = new Map<number, { words: string[]; masks: number[] }>();
  for (const w of [...vocabSet].sort()) {
    if (w.length < 3 || !isAlpha(w)) continue;
    const bucket = byLength.get(w.length) ?? byLength.set(w.length, { words: [], masks: [] }).get(w.length)!;
    bucket.words.push(w);
    bucket.masks.push(letterMask(w));
  }
  const keywordStems = new Map<string, Set<string>>();
  for (const doc of index.docs)
    for (const phrase of doc.keywordTerms)
      for (const t of phrase) if (!keywordStems.has(t)) keywordStems.set(t, new Set(stemCandidates(t)));
  const compiled: Compiled = {
    exact,
    stems,
    vocab,
    byLength,
    fuzzyCache: new Map(),
    stemCache: new Map(),
    keywordStems,
    nameKeys: index.docs.map((d) => normalizeText(d.name)),
  };
  compiledCache.set(index, compiled);
  return compiled;
}

function cachedStems(c: Compiled, token: string): string[] {
  let s = c.stemCache.get(token);
  if (!s) {
    if (c.stemCache.size > 5000) c.stemCache.clear();
    c.stemCache.set(token, (s = stemCandidates(token)));
  }
  return s;
}

function fuzzyMatches(c: Compiled, token: string): [string, number][] {
  const cached = c.fuzzyCache.get(token);
  if (cached) return cached;
  const max = maxTypos(token);
  const out: [string, number][] = [];
  if (max > 0 && isAlpha(token)) {
    const mask = letterMask(token);
    for (let len = token.length - max; len <= token.length + max; len++) {
      const bucket = c.byLength.get(len);
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        // each edit changes at most two letters of the letter set
        if (popcount(mask ^ bucket.masks[i]!) > 2 * max) continue;
        const w = bucket.words[i]!;
        const d = editDistance(token, w, max);
        if (d > 0 && d <= max) out.push([w, d]);
      }
    }
  }
  if (c.fuzzyCache.size > 2000) c.fuzzyCache.clear();
  c.fuzzyCache.set(token, out);
  return out;
}

function prefixMatches(c: Compiled, prefix: string): string[] {
  const vocab = c.vocab;
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocab.length && out.length < MAX_PREFIX_EXPANSIONS; i++) {
    const w = vocab[i]!;
    if (!w.startsWith(prefix)) break;
    if (w !== prefix) out.push(w);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Query expansion and scoring.
// ---------------------------------------------------------------------------------------------

interface Expansion {
  exact: Map<string, number>;
  stems: Map<string, number>;
  /** The term and its typo corrections / completions (no synonyms), for keyword phrase boosts. */
  spellings: string[];
}

function setMax(map: Map<string, number>, key: string, weight: number): void {
  const cur = map.get(key);
  if (cur === undefined || weight > cur) map.set(key, weight);
}

function expandTerm(c: Compiled, term: QueryTerm, allowPrefix: boolean): Expansion {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  const t = term.text;
  const spellings = [t];
  const addWord = (word: string, exactWeight: number, stemWeight: number) => {
    setMax(exact, word, exactWeight);
    for (const s of cachedStems(c, word)) setMax(stems, s, stemWeight);
  };
  addWord(t, MATCH.exact, MATCH.stem);
  for (const syn of synonymsOf(t)) addWord(syn, MATCH.synonym, MATCH.synonymStem);

  const known = c.exact.has(t) || cachedStems(c, t).some((s) => c.stems.has(s)) || SYNONYMS.has(t);
  if (!known) {
    for (const [w, d] of fuzzyMatches(c, t)) {
      const weight = d === 1 ? MATCH.fuzzy1 : MATCH.fuzzy2;
      spellings.push(w);
      addWord(w, weight, weight * 0.9);
      for (const syn of synonymsOf(w)) addWord(syn, weight * 0.8, weight * 0.75);
    }
  }
  if (allowPrefix && term.last && t.length >= 2 && isAlpha(t)) {
    for (const w of prefixMatches(c, t)) {
      spellings.push(w);
      setMax(exact, w, MATCH.prefix);
    }
  }
  return { exact, stems, spellings };
}

function fieldScore(mask: number): number {
  let best = 0;
  let sum = 0;
  for (let f = 0; f < FIELD_WEIGHTS_BY_BIT.length; f++) {
    if (mask & (1 << f)) {
      const w = FIELD_WEIGHTS_BY_BIT[f]!;
      sum += w;
      if (w > best) best = w;
    }
  }
  return best + 0.1 * (sum - best);
}

function idf(postings: number[], n: number): number {
  const df = postings.length / 2;
  return Math.log(1 + n / df);
}

/** Does keyword token k match one of the spellings of a query term, exactly or by stem? */
function tokenMatches(c: Compiled, spellings: string[], k: string): boolean {
  if (spellings.includes(k)) return true;
  const ks = c.keywordStems.get(k);
  if (!ks) return false;
  return spellings.some((q) => cachedStems(c, q).some((s) => ks.has(s)));
}

function keywordBoost(c: Compiled, doc: IndexedDoc, terms: string[][]): number {
  let boost = 1;
  for (const phrase of doc.keywordTerms) {
    if (phrase.length < terms.length) continue;
    const all = terms.every((q) => phrase.some((k) => tokenMatches(c, q, k)));
    if (!all) continue;
    if (phrase.length === terms.length) return BOOST_KEYWORD_EXACT;
    boost = BOOST_KEYWORD_CONTAINS;
  }
  return boost;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function searchServices(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  if (index.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Search index version ${String(index.version)} is stale (expected ${SEARCH_INDEX_VERSION}): rebuild it`);
  }
  const docs = index.docs;
  const inFilter = (d: IndexedDoc) =>
    (!opts.agency || d.agencySlug === opts.agency) && (!opts.category || d.categorySlug === opts.category);
  const text = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  const terms = analyze(text).slice(0, MAX_TERMS);

  if (terms.length === 0) {
    if (!opts.agency && !opts.category) return [];
    const listed = docs.filter(inFilter).sort(byName);
    const limited = opts.limit !== undefined ? listed.slice(0, Math.max(0, opts.limit)) : listed;
    return limited.map((d) => ({ slug: d.slug, score: 0, matched: [] }));
  }

  const c = compile(index);
  const n = docs.length;
  // The last word is still being typed unless the query ends with a space or punctuation.
  const allowPrefix = /[\p{L}\p{N}]$/u.test(text);
  const total = new Float64Array(n);
  const coverage = new Float64Array(n);
  const matched: (string[] | undefined)[] = new Array(n);
  const best = new Float64Array(n);
  const quality = new Float64Array(n);

  const spellings: string[][] = [];
  for (const term of terms) {
    const { exact, stems, spellings: termSpellings } = expandTerm(c, term, allowPrefix);
    spellings.push(termSpellings);
    best.fill(0);
    quality.fill(0);
    const apply = (postings: number[] | undefined, weight: number) => {
      if (!postings) return;
      const rarity = idf(postings, n);
      for (let i = 0; i < postings.length; i += 2) {
        const d = postings[i]!;
        const s = weight * rarity * fieldScore(postings[i + 1]!);
        if (s > best[d]!) best[d] = s;
        if (weight > quality[d]!) quality[d] = weight;
      }
    };
    for (const [token, weight] of exact) apply(c.exact.get(token), weight);
    for (const [stem, weight] of stems) apply(c.stems.get(stem), weight);
    for (let d = 0; d < n; d++) {
      if (best[d]! > 0) {
        total[d] = total[d]! + best[d]!;
        coverage[d] = coverage[d]! + quality[d]!;
        (matched[d] ??= []).push(term.text);
      }
    }
  }

  const queryKey = normalizeText(text);
  const hits: { doc: IndexedDoc; score: number; matched: string[] }[] = [];
  for (let d = 0; d < n; d++) {
    const m = matched[d];
    if (!m) continue;
    const doc = docs[d]!;
    if (!inFilter(doc)) continue;
    const cov = coverage[d]! / terms.length;
    let score = total[d]! * cov * cov;
    score *= keywordBoost(c, doc, spellings);
    if (queryKey.length >= 3 && c.nameKeys[d]!.startsWith(queryKey)) score *= BOOST_NAME_PREFIX;
    hits.push({ doc, score: round(score), matched: m });
  }
  hits.sort((a, b) => b.score - a.score || byName(a.doc, b.doc));
  const top = hits[0]?.score ?? 0;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  return hits
    .filter((h) => h.score >= top * MIN_RELATIVE_SCORE)
    .slice(0, Math.max(0, limit))
    .map((h) => ({ slug: h.doc.slug, score: h.score, matched: h.matched }));
}
