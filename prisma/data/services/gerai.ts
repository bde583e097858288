// Gerai (counter) numbers of MPP Kota Pekalongan used by the catalogue.
// Demo assignment: the official list of the 23 gerai is not public (see
// ../../../../shared/reference/domain-facts.md), so the numbering below is realistic demo data.

export const GERAI = {
  DUKCAPIL_PENDAFTARAN: 1, // Disdukcapil: KTP-el, KK, KIA, pindah, IKD
  DUKCAPIL_PENCATATAN_SIPIL: 2, // Disdukcapil: akta-akta
  POLRES_SIM: 3,
  POLRES_SKCK: 4,
  SAMSAT: 5,
  BPJS_KESEHATAN: 6,
  DINKES_JKN: 7,
  TIRTAYASA: 8,
  BANK_JATENG: 9,
  BRI: 10,
  BKD_PAJAK_DAERAH: 11,
  TASPEN: 12,
  DPMPTSP: 13,
  DPUPR: 14,
  BPN: 15,
  KPP_PRATAMA: 16,
  IMIGRASI: 17,
  KEMENAG: 18,
  PENGADILAN_AGAMA: 19,
  KEJARI: 20,
  BPJS_KETENAGAKERJAAN: 21,
  DINSOS: 22,
  DINPERINAKER: 23,
} as const;
