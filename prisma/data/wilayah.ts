// Kota Pekalongan (Kemendagri code 33.75): 4 kecamatan, 27 kelurahan. Kemendagri codes, not
// BPS codes (they differ). Source: ../shared/reference/domain-facts.md.

export interface KecamatanSeed {
  code: string; // "33.75.01"
  name: string;
  kelurahan: { code: string; name: string }[]; // code "33.75.01.1002"
}

const k = (kec: string, rows: [string, string][]) => rows.map(([c, name]) => ({ code: `${kec}.${c}`, name }));

export const CITY_CODE = "33.75";

export const kecamatan: KecamatanSeed[] = [
  {
    code: "33.75.01",
    name: "Pekalongan Barat",
    kelurahan: k("33.75.01", [
      ["1002", "Medono"],
      ["1003", "Podosugih"],
      ["1004", "Sapuro Kebulen"],
      ["1006", "Bendan Kergon"],
      ["1008", "Pasirkratonkramat"],
      ["1009", "Tirto"],
      ["1012", "Pringrejo"],
    ]),
  },
  {
    code: "33.75.02",
    name: "Pekalongan Timur",
    kelurahan: k("33.75.02", [
      ["1002", "Noyontaansari"],
      ["1004", "Kauman"],
      ["1007", "Poncol"],
      ["1008", "Klego"],
      ["1009", "Gamer"],
      ["1010", "Setono"],
      ["1012", "Kali Baros"],
    ]),
  },
  {
    code: "33.75.03",
    name: "Pekalongan Utara",
    kelurahan: k("33.75.03", [
      ["1002", "Krapyak"],
      ["1003", "Kandang Panjang"],
      ["1004", "Panjang Wetan"],
      ["1006", "Padukuhan Kraton"],
      ["1007", "Degayu"],
      ["1009", "Bandengan"],
      ["1010", "Panjang Baru"],
    ]),
  },
  {
    code: "33.75.04",
    name: "Pekalongan Selatan",
    kelurahan: k("33.75.04", [
      ["1002", "Banyurip"],
      ["1003", "Buaran Kradenan"],
      ["1004", "Jenggot"],
      ["1006", "Kuripan Kertoharjo"],
      ["1008", "Kuripan Yosorejo"],
      ["1010", "Sokoduwet"],
    ]),
  },
];
