// Hari libur nasional dan cuti bersama, 2026-2027: seed data for the MPP closure calendar.
//
// Sources: the yearly SKB 3 Menteri (the joint decree of the Menteri Agama, the Menteri
// Ketenagakerjaan and the Menteri PANRB "tentang Hari Libur Nasional dan Cuti Bersama"),
// issued under Keppres No. 8 Tahun 2024 tentang Hari-Hari Libur.
//
// - 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025, signed
//   19 September 2025. It sets 17 hari libur nasional and 8 hari cuti bersama.
//   Copy of the decree: https://www.kemenkopmk.go.id/sites/default/files/pengumuman/2025-09/SKB%20Libur%20Nasional%20dan%20Cuti%20Bersama%20Tahun%202026.pdf
//   Lists: https://setneg.go.id/baca/index/inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2026
//   Several press reports repeat the same list (Okezone 6 Jan 2026, Tribunnews,
//   Disdik Kota Semarang), and so does the BEI stock-exchange holiday calendar
//   (Peng-00171/BEI.POP/09-2025).
// - 2027: SKB Menteri Agama Nomor 1205 Tahun 2026, Menteri Ketenagakerjaan Nomor 3 Tahun 2026,
//   Menteri PANRB Nomor 2 Tahun 2026, signed 15 September 2026. It sets 18 hari libur
//   nasional (Isra Mikraj falls twice: 27 Rajab 1448 H and 27 Rajab 1449 H) and 8 hari
//   cuti bersama.
//   https://setneg.go.id/baca/index/inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2027
//   https://www.kemenkopmk.go.id/sites/default/files/pengumuman/2026-09/SKB%20Libur%20Nasional%20dan%20Cuti%20Bersama%20Tahun%202027.pdf
//   The 2027 rows come from several independent public transcriptions of the decree, which
//   agree on every date. A transcription of the BEI 2027 exchange holiday calendar
//   (Peng-00169/BEI.POP/09-2026) closes the same weekdays. Check the rows against the PDF
//   above before relying on them.
//
// `estimated: true` marks a date the decree itself leaves open. For Idul Fitri and Idul Adha,
// the SKB leaves the final date to a Keputusan Menteri Agama, issued after the sidang
// isbat, so the 2027 dates below are the SKB's schedule, not the final decision. If those
// dates move, the government usually amends the SKB, and the nearby cuti bersama days
// can move with them.
//
// Cuti bersama is not a fixed-rule holiday. It is set again each year by SKB and can be
// amended during the year. Add a new year only from its own SKB (usually published in
// September of the year before); do not extrapolate it. These rows only seed the
// calendar: admins can edit MPP closures in the portal, e.g. when a decree is amended
// or Pemerintah Kota Pekalongan sets a local closure.
//
// Rules: sorted by date; one row per date within a kind; a date never appears as both kinds
// (the national holiday wins). Weekend holidays are listed as decreed; they are not moved.

export type HolidayKind = "NATIONAL_HOLIDAY" | "CUTI_BERSAMA";

export interface HolidaySeed {
  date: string; // YYYY-MM-DD (calendar date, WIB)
  kind: HolidayKind;
  name: string; // Indonesian, as in the SKB
  estimated?: boolean;
}

export const holidays: HolidaySeed[] = [
  // ---------- 2026: SKB No. 1497/2/5 Tahun 2025 ----------
  { date: "2026-01-01", kind: "NATIONAL_HOLIDAY", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", kind: "NATIONAL_HOLIDAY", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-16", kind: "CUTI_BERSAMA", name: "Cuti Bersama Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-02-17", kind: "NATIONAL_HOLIDAY", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)" },
  { date: "2026-03-19", kind: "NATIONAL_HOLIDAY", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)" },
  { date: "2026-03-20", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1447 H" },
  { date: "2026-03-21", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Fitri 1447 H" },
  { date: "2026-03-22", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Fitri 1447 H" },
  { date: "2026-03-23", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1447 H" },
  { date: "2026-03-24", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1447 H" },
  { date: "2026-04-03", kind: "NATIONAL_HOLIDAY", name: "Wafat Yesus Kristus" },
  { date: "2026-04-05", kind: "NATIONAL_HOLIDAY", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2026-05-01", kind: "NATIONAL_HOLIDAY", name: "Hari Buruh Internasional" },
  { date: "2026-05-14", kind: "NATIONAL_HOLIDAY", name: "Kenaikan Yesus Kristus" },
  { date: "2026-05-15", kind: "CUTI_BERSAMA", name: "Cuti Bersama Kenaikan Yesus Kristus" },
  { date: "2026-05-27", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Adha 1447 H" },
  { date: "2026-05-28", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Adha 1447 H" },
  { date: "2026-05-31", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Waisak 2570 BE" },
  { date: "2026-06-01", kind: "NATIONAL_HOLIDAY", name: "Hari Lahir Pancasila" },
  { date: "2026-06-16", kind: "NATIONAL_HOLIDAY", name: "1 Muharam Tahun Baru Islam 1448 H" },
  { date: "2026-08-17", kind: "NATIONAL_HOLIDAY", name: "Proklamasi Kemerdekaan Republik Indonesia" },
  { date: "2026-08-25", kind: "NATIONAL_HOLIDAY", name: "Maulid Nabi Muhammad SAW" },
  { date: "2026-12-24", kind: "CUTI_BERSAMA", name: "Cuti Bersama Kelahiran Yesus Kristus (Natal)" },
  { date: "2026-12-25", kind: "NATIONAL_HOLIDAY", name: "Kelahiran Yesus Kristus (Natal)" },

  // ---------- 2027: SKB No. 1205/3/2 Tahun 2026 ----------
  { date: "2027-01-01", kind: "NATIONAL_HOLIDAY", name: "Tahun Baru 2027 Masehi" },
  { date: "2027-01-05", kind: "NATIONAL_HOLIDAY", name: "Isra Mikraj Nabi Muhammad SAW (27 Rajab 1448 H)" },
  { date: "2027-02-05", kind: "CUTI_BERSAMA", name: "Cuti Bersama Tahun Baru Imlek 2578 Kongzili" },
  { date: "2027-02-06", kind: "NATIONAL_HOLIDAY", name: "Tahun Baru Imlek 2578 Kongzili" },
  { date: "2027-03-08", kind: "NATIONAL_HOLIDAY", name: "Hari Suci Nyepi (Tahun Baru Saka 1949)" },
  { date: "2027-03-09", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1448 H" },
  { date: "2027-03-10", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Fitri 1448 H", estimated: true },
  { date: "2027-03-11", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Fitri 1448 H", estimated: true },
  { date: "2027-03-12", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1448 H" },
  { date: "2027-03-15", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Fitri 1448 H" },
  { date: "2027-03-25", kind: "CUTI_BERSAMA", name: "Cuti Bersama Wafat Yesus Kristus" },
  { date: "2027-03-26", kind: "NATIONAL_HOLIDAY", name: "Wafat Yesus Kristus" },
  { date: "2027-03-28", kind: "NATIONAL_HOLIDAY", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2027-05-01", kind: "NATIONAL_HOLIDAY", name: "Hari Buruh Internasional" },
  { date: "2027-05-06", kind: "NATIONAL_HOLIDAY", name: "Kenaikan Yesus Kristus" },
  { date: "2027-05-17", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Idul Adha 1448 H", estimated: true },
  { date: "2027-05-18", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Idul Adha 1448 H" },
  { date: "2027-05-19", kind: "CUTI_BERSAMA", name: "Cuti Bersama Hari Raya Waisak 2571 BE" },
  { date: "2027-05-20", kind: "NATIONAL_HOLIDAY", name: "Hari Raya Waisak 2571 BE" },
  { date: "2027-06-01", kind: "NATIONAL_HOLIDAY", name: "Hari Lahir Pancasila" },
  { date: "2027-06-06", kind: "NATIONAL_HOLIDAY", name: "1 Muharam Tahun Baru Islam 1449 H" },
  { date: "2027-08-15", kind: "NATIONAL_HOLIDAY", name: "Maulid Nabi Muhammad SAW" },
  { date: "2027-08-17", kind: "NATIONAL_HOLIDAY", name: "Proklamasi Kemerdekaan Republik Indonesia" },
  { date: "2027-12-24", kind: "CUTI_BERSAMA", name: "Cuti Bersama Kelahiran Yesus Kristus (Natal)" },
  { date: "2027-12-25", kind: "NATIONAL_HOLIDAY", name: "Kelahiran Yesus Kristus (Natal)" },
  { date: "2027-12-26", kind: "NATIONAL_HOLIDAY", name: "Isra Mikraj Nabi Muhammad SAW (27 Rajab 1449 H)" },
];
