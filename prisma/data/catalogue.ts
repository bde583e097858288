/**
 * Seed catalogue of MPP Kota Pekalongan: agencies, 23 gerai, categories and 130 services.
 *
 * DEMO DATA. Sources and status:
 * - Figures come from ../../../shared/reference/domain-facts.md (copied from public news and
 *   regulations): 23 gerai on 2 floors, 130 service types, MPP hours 08.00-15.30 WIB, some
 *   agencies not open every day, Disdukcapil hours (Mon-Thu 08-14, Fri 08-10.30, Sat 09-12),
 *   the Dinas Kesehatan JKN area split, and the fees: SKCK Rp30.000 (PP 76/2020), SIM A
 *   Rp120.000/Rp80.000, SIM C Rp100.000/Rp75.000, KTP-el/KK/KIA/akta free (Pasal 79A UU 24/2013),
 *   nikah di KUA gratis / di luar KUA Rp600.000 (PP 59/2018), paspor 48 halaman Rp350.000.
 * - The official list of the 23 gerai is NOT public. The agency-to-gerai assignment, floors,
 *   per-gerai opening hours, durations and average service minutes are realistic demo values.
 * - Addresses are main offices as best known and are NOT verified, except: Disdukcapil
 *   (Jl. Majapahit No. 18, telp. (0285) 422814, from disdukcapil.pekalongankota.go.id) and
 *   DPMPTSP (Jl. Jaksa Agung R. Soeprapto, Podosugih, beside the MPP, from news reports).
 *   Dinas Kesehatan at Jl. Mataram No. 1 comes from the project brief. Check before real use.
 * - Fees not listed in domain-facts.md (BPN Rp50.000, STNK/TNKB PNBP, paspor loss penalties,
 *   akta cerai Rp10.000, BPJS iuran) are from general knowledge of the regulations cited and
 *   are unverified; variable fees use costAmount 0 with an explanatory costText.
 */
import type { AgencySeed, CategorySeed, CounterSeed, HoursSeed, ServiceSeed } from "./types";
import { GERAI } from "./services/gerai";
import { kependudukanServices } from "./services/kependudukan";
import { kepolisianServices } from "./services/kepolisian";
import { kesehatanSosialServices } from "./services/kesehatan-sosial";
import { perizinanServices } from "./services/perizinan";
import { keuanganPajakServices } from "./services/keuangan-pajak";
import { instansiVertikalServices } from "./services/instansi-vertikal";
import { ketenagakerjaanUtilitasServices } from "./services/ketenagakerjaan-utilitas";

type Weekday = HoursSeed["weekday"];

/** Same opening time on each of the given ISO weekdays (1 = Senin ... 6 = Sabtu). */
function days(weekdays: Weekday[], open: string, close: string): HoursSeed[] {
  return weekdays.map((weekday) => ({ weekday, open, close }));
}

const SENIN_KAMIS: Weekday[] = [1, 2, 3, 4];
const SENIN_JUMAT: Weekday[] = [1, 2, 3, 4, 5];

/** Common MPP pattern for local government offices: Mon-Thu 08.00-15.30, Fri 08.00-11.00. */
const JAM_OPD: HoursSeed[] = [...days(SENIN_KAMIS, "08:00", "15:30"), ...days([5], "08:00", "11:00")];
/** Common pattern for vertical agencies and BPJS: Mon-Thu 08.00-15.30, Fri 08.00-14.00. */
const JAM_VERTIKAL: HoursSeed[] = [...days(SENIN_KAMIS, "08:00", "15:30"), ...days([5], "08:00", "14:00")];
/** Disdukcapil Kota Pekalongan published hours (domain-facts.md). */
const JAM_DUKCAPIL: HoursSeed[] = [
  ...days(SENIN_KAMIS, "08:00", "14:00"),
  ...days([5], "08:00", "10:30"),
  ...days([6], "09:00", "12:00"),
];

export const agencies: AgencySeed[] = [
  {
    slug: "disdukcapil",
    name: "Dinas Kependudukan dan Pencatatan Sipil Kota Pekalongan",
    shortName: "Disdukcapil",
    kind: "OPD",
    description: "Melayani pendaftaran penduduk dan pencatatan sipil: KTP-el, KK, KIA, pindah datang, dan akta-akta. Semua layanan gratis.",
    address: "Jl. Majapahit No. 18, Kota Pekalongan, Jawa Tengah",
    phone: "(0285) 422814",
    website: "https://disdukcapil.pekalongankota.go.id",
  },
  {
    slug: "polres-pekalongan-kota",
    name: "Kepolisian Resor Pekalongan Kota",
    shortName: "Polres Pekalongan Kota",
    kind: "VERTICAL",
    description: "Melayani penerbitan dan perpanjangan SIM, SKCK, surat keterangan kehilangan, serta izin keramaian.",
    address: "Jl. Diponegoro No. 1, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "samsat",
    name: "UPPD Kota Pekalongan (Samsat) - Badan Pendapatan Daerah Provinsi Jawa Tengah",
    shortName: "Samsat Kota Pekalongan",
    kind: "OPD",
    description: "Unit pelayanan pajak kendaraan bermotor Provinsi Jawa Tengah yang melayani pembayaran pajak tahunan dan lima tahunan.",
    address: "Jl. Jenderal Sudirman, Kota Pekalongan, Jawa Tengah",
    website: "https://bapenda.jatengprov.go.id",
  },
  {
    slug: "bpjs-kesehatan",
    name: "BPJS Kesehatan Kantor Cabang Pekalongan",
    shortName: "BPJS Kesehatan",
    kind: "VERTICAL",
    description: "Melayani pendaftaran dan administrasi kepesertaan Jaminan Kesehatan Nasional (JKN-KIS).",
    address: "Jl. Merdeka, Kota Pekalongan, Jawa Tengah",
    phone: "165",
    website: "https://www.bpjs-kesehatan.go.id",
  },
  {
    slug: "dinkes",
    name: "Dinas Kesehatan Kota Pekalongan",
    shortName: "Dinkes",
    kind: "OPD",
    description: "Mengelola kepesertaan JKN yang iurannya ditanggung APBD Kota Pekalongan (PBI APBD/UHC).",
    address: "Jl. Mataram No. 1, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "perumda-tirtayasa",
    name: "Perumda Air Minum Tirtayasa Kota Pekalongan",
    shortName: "Perumda Tirtayasa",
    kind: "BUMD",
    description: "Perusahaan air minum milik Pemerintah Kota Pekalongan yang melayani sambungan baru, pembayaran, dan pengaduan pelanggan.",
    address: "Jl. Slamet, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "bank-jateng",
    name: "PT Bank Pembangunan Daerah Jawa Tengah (Bank Jateng) Cabang Pekalongan",
    shortName: "Bank Jateng",
    kind: "BANK",
    description: "Bank milik pemerintah daerah Jawa Tengah; melayani pembukaan rekening, kredit usaha, dan pembayaran pajak daerah.",
    address: "Jl. Hayam Wuruk, Kota Pekalongan, Jawa Tengah",
    website: "https://www.bankjateng.co.id",
  },
  {
    slug: "bri",
    name: "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Pekalongan",
    shortName: "BRI",
    kind: "BANK",
    description: "Melayani pembukaan rekening, KUR, aktivasi BRImo, dan pembayaran tagihan.",
    address: "Jl. Diponegoro, Kota Pekalongan, Jawa Tengah",
    website: "https://bri.co.id",
  },
  {
    slug: "bkd",
    name: "Badan Keuangan Daerah Kota Pekalongan",
    shortName: "BKD",
    kind: "OPD",
    description: "Mengelola pajak daerah Kota Pekalongan, antara lain PBB-P2, BPHTB, dan pendaftaran wajib pajak daerah.",
    address: "Kompleks Perkantoran Pemerintah Kota Pekalongan, Jl. Mataram, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "taspen",
    name: "PT Taspen (Persero) Kantor Cabang Pekalongan",
    shortName: "Taspen",
    kind: "BUMN",
    description: "Melayani klaim pensiun, tabungan hari tua, dan jaminan sosial bagi Aparatur Sipil Negara.",
    address: "Jl. Dr. Wahidin, Kota Pekalongan, Jawa Tengah",
    website: "https://www.taspen.co.id",
  },
  {
    slug: "dpmptsp",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pekalongan",
    shortName: "DPMPTSP",
    kind: "OPD",
    description: "Penyelenggara MPP; melayani perizinan berusaha melalui OSS, PBG/SLF, reklame, dan izin praktik tenaga kesehatan.",
    address: "Jl. Jaksa Agung R. Soeprapto, Podosugih, Pekalongan Barat, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "dpupr",
    name: "Dinas Pekerjaan Umum dan Penataan Ruang Kota Pekalongan",
    shortName: "DPUPR",
    kind: "OPD",
    description: "Melayani informasi tata ruang (KRK), advice planning, konsultasi teknis bangunan, dan pengaduan jalan serta drainase.",
    address: "Jl. Mataram, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "bpn",
    name: "Kantor Pertanahan Kota Pekalongan (Kementerian ATR/BPN)",
    shortName: "BPN Kota Pekalongan",
    kind: "VERTICAL",
    description: "Melayani pengecekan sertifikat, roya, SKPT, alih media sertifikat elektronik, dan informasi pendaftaran tanah.",
    address: "Jl. Majapahit, Kota Pekalongan, Jawa Tengah",
    website: "https://www.atrbpn.go.id",
  },
  {
    slug: "kpp-pratama-pekalongan",
    name: "Kantor Pelayanan Pajak Pratama Pekalongan",
    shortName: "KPP Pratama Pekalongan",
    kind: "VERTICAL",
    description: "Melayani pendaftaran NPWP, EFIN, aktivasi Coretax, dan asistensi pelaporan SPT.",
    address: "Jl. Merdeka, Kota Pekalongan, Jawa Tengah",
    website: "https://www.pajak.go.id",
  },
  {
    slug: "imigrasi-pemalang",
    name: "Kantor Imigrasi Kelas I Non TPI Pemalang",
    shortName: "Imigrasi Pemalang",
    kind: "VERTICAL",
    description: "Kantor imigrasi yang wilayah kerjanya mencakup Kota Pekalongan; melayani paspor WNI dengan jadwal melalui M-Paspor.",
    address: "Jl. Jenderal Sudirman, Pemalang, Jawa Tengah",
    website: "https://www.imigrasi.go.id",
  },
  {
    slug: "kemenag",
    name: "Kantor Kementerian Agama Kota Pekalongan",
    shortName: "Kemenag",
    kind: "VERTICAL",
    description: "Melayani pendaftaran nikah, haji, wakaf, informasi umrah, dan fasilitasi sertifikasi halal.",
    address: "Jl. Sriwijaya, Kota Pekalongan, Jawa Tengah",
    website: "https://kotapekalongan.kemenag.go.id",
  },
  {
    slug: "pengadilan-agama",
    name: "Pengadilan Agama Pekalongan",
    shortName: "Pengadilan Agama",
    kind: "VERTICAL",
    description: "Melayani informasi perkara perkawinan, pendampingan e-Court, Posbakum, dan pengambilan akta cerai.",
    address: "Jl. Bahagia, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "kejari",
    name: "Kejaksaan Negeri Kota Pekalongan",
    shortName: "Kejari",
    kind: "VERTICAL",
    description: "Melayani pengambilan barang bukti tilang, pengembalian barang bukti, konsultasi hukum gratis, dan informasi perkara.",
    address: "Jl. Veteran, Kota Pekalongan, Jawa Tengah",
    website: "https://www.kejaksaan.go.id",
  },
  {
    slug: "bpjs-ketenagakerjaan",
    name: "BPJS Ketenagakerjaan Kantor Cabang Pekalongan",
    shortName: "BPJS Ketenagakerjaan",
    kind: "VERTICAL",
    description: "Melayani pendaftaran peserta, klaim JHT, JKM, jaminan pensiun, dan perubahan data peserta.",
    address: "Jl. Dr. Sutomo, Kota Pekalongan, Jawa Tengah",
    phone: "175",
    website: "https://www.bpjsketenagakerjaan.go.id",
  },
  {
    slug: "dinsos",
    name: "Dinas Sosial, Pengendalian Penduduk dan Keluarga Berencana Kota Pekalongan",
    shortName: "Dinsos-P2KB",
    kind: "OPD",
    description: "Melayani usulan DTSEN (d/h DTKS), SKTM/rekomendasi sosial, reaktivasi PBI JK, dan pengaduan bantuan sosial.",
    address: "Jl. Singosari, Kota Pekalongan, Jawa Tengah",
  },
  {
    slug: "dinperinaker",
    name: "Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan",
    shortName: "Dinperinaker",
    kind: "OPD",
    description: "Melayani kartu pencari kerja (AK/I), pelatihan kerja, mediasi hubungan industrial, dan rekomendasi paspor CPMI.",
    address: "Jl. Majapahit, Kota Pekalongan, Jawa Tengah",
  },
];

export const counters: CounterSeed[] = [
  {
    number: GERAI.DUKCAPIL_PENDAFTARAN,
    floor: 1,
    agencySlug: "disdukcapil",
    name: "Gerai Disdukcapil 1 - Pendaftaran Penduduk",
    description: "KTP-el, Kartu Keluarga, KIA, pindah datang, dan aktivasi IKD.",
    hours: JAM_DUKCAPIL,
  },
  {
    number: GERAI.DUKCAPIL_PENCATATAN_SIPIL,
    floor: 1,
    agencySlug: "disdukcapil",
    name: "Gerai Disdukcapil 2 - Pencatatan Sipil",
    description: "Akta kelahiran, kematian, perkawinan, perceraian, dan legalisir dokumen kependudukan.",
    hours: JAM_DUKCAPIL,
  },
  {
    number: GERAI.POLRES_SIM,
    floor: 1,
    agencySlug: "polres-pekalongan-kota",
    name: "Gerai SIM Polres Pekalongan Kota",
    description: "Pendaftaran SIM baru, perpanjangan SIM, dan penggantian SIM hilang/rusak. Ujian praktik di Satpas Polres.",
    hours: [...days(SENIN_KAMIS, "08:00", "14:00"), ...days([5], "08:00", "11:00")],
  },
  {
    number: GERAI.POLRES_SKCK,
    floor: 1,
    agencySlug: "polres-pekalongan-kota",
    name: "Gerai SKCK Polres Pekalongan Kota",
    description: "SKCK baru dan perpanjangan, surat keterangan kehilangan, dan izin keramaian.",
    hours: [...days(SENIN_KAMIS, "08:00", "15:00"), ...days([5], "08:00", "11:00")],
  },
  {
    number: GERAI.SAMSAT,
    floor: 1,
    agencySlug: "samsat",
    name: "Gerai Samsat Kota Pekalongan",
    description: "Pajak kendaraan bermotor tahunan dan lima tahunan.",
    hours: [...days(SENIN_KAMIS, "08:00", "14:00"), ...days([5], "08:00", "11:00")],
  },
  {
    number: GERAI.BPJS_KESEHATAN,
    floor: 1,
    agencySlug: "bpjs-kesehatan",
    name: "Gerai BPJS Kesehatan",
    description: "Pendaftaran dan administrasi kepesertaan JKN-KIS.",
    hours: [...days(SENIN_KAMIS, "08:00", "15:00"), ...days([5], "08:00", "14:00")],
  },
  {
    number: GERAI.DINKES_JKN,
    floor: 1,
    agencySlug: "dinkes",
    name: "Gerai Dinas Kesehatan - JKN PBI APBD",
    description: "Pendaftaran dan aktivasi JKN yang ditanggung APBD Kota Pekalongan (UHC).",
    hours: JAM_OPD,
  },
  {
    number: GERAI.TIRTAYASA,
    floor: 1,
    agencySlug: "perumda-tirtayasa",
    name: "Gerai Perumda Air Minum Tirtayasa",
    description: "Sambungan baru, balik nama, pengaduan, dan pembayaran rekening air.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.BANK_JATENG,
    floor: 1,
    agencySlug: "bank-jateng",
    name: "Gerai Bank Jateng",
    description: "Rekening tabungan, kredit usaha, dan pembayaran pajak daerah.",
    hours: days(SENIN_JUMAT, "08:00", "15:00"),
  },
  {
    number: GERAI.BRI,
    floor: 1,
    agencySlug: "bri",
    name: "Gerai BRI",
    description: "Rekening tabungan, KUR, BRImo, dan pembayaran tagihan.",
    hours: days(SENIN_JUMAT, "08:30", "15:00"),
  },
  {
    number: GERAI.BKD_PAJAK_DAERAH,
    floor: 1,
    agencySlug: "bkd",
    name: "Gerai Pajak Daerah (BKD) - PBB-P2 dan BPHTB",
    description: "Mutasi dan salinan SPPT PBB-P2, validasi BPHTB, dan pendaftaran NPWPD.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.TASPEN,
    floor: 1,
    agencySlug: "taspen",
    name: "Gerai Taspen",
    description: "Klaim pensiun, THT, dan autentikasi pensiunan ASN. Buka setiap hari Rabu.",
    hours: days([3], "08:00", "14:00"),
  },
  {
    number: GERAI.DPMPTSP,
    floor: 2,
    agencySlug: "dpmptsp",
    name: "Gerai DPMPTSP - Perizinan",
    description: "NIB/OSS, PBG dan SLF, reklame, izin praktik tenaga kesehatan, dan perizinan sektor kesehatan serta pariwisata.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.DPUPR,
    floor: 2,
    agencySlug: "dpupr",
    name: "Gerai DPUPR",
    description: "KRK, advice planning, konsultasi teknis PBG, rekomendasi Rumija, dan pengaduan jalan/drainase.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.BPN,
    floor: 2,
    agencySlug: "bpn",
    name: "Gerai Kantor Pertanahan",
    description: "Pengecekan sertifikat, roya, SKPT, alih media sertifikat elektronik, dan informasi pertanahan.",
    hours: [...days(SENIN_KAMIS, "08:00", "15:00"), ...days([5], "08:00", "11:00")],
  },
  {
    number: GERAI.KPP_PRATAMA,
    floor: 2,
    agencySlug: "kpp-pratama-pekalongan",
    name: "Gerai KPP Pratama Pekalongan",
    description: "NPWP, EFIN, Coretax, dan asistensi SPT.",
    hours: JAM_VERTIKAL,
  },
  {
    number: GERAI.IMIGRASI,
    floor: 2,
    agencySlug: "imigrasi-pemalang",
    name: "Gerai Imigrasi",
    description: "Layanan paspor WNI dengan jadwal melalui aplikasi M-Paspor. Buka Selasa sampai Kamis.",
    hours: days([2, 3, 4], "08:00", "14:00"),
  },
  {
    number: GERAI.KEMENAG,
    floor: 2,
    agencySlug: "kemenag",
    name: "Gerai Kementerian Agama",
    description: "Pendaftaran nikah, haji, wakaf, informasi umrah, dan sertifikasi halal.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.PENGADILAN_AGAMA,
    floor: 2,
    agencySlug: "pengadilan-agama",
    name: "Gerai Pengadilan Agama Pekalongan",
    description: "Informasi perkara, Posbakum, e-Court, dan pengambilan akta cerai. Buka Senin dan Rabu.",
    hours: days([1, 3], "08:00", "14:00"),
  },
  {
    number: GERAI.KEJARI,
    floor: 2,
    agencySlug: "kejari",
    name: "Gerai Kejaksaan Negeri Kota Pekalongan",
    description: "Barang bukti tilang, pengembalian barang bukti, dan konsultasi hukum gratis. Buka Selasa dan Kamis.",
    hours: days([2, 4], "09:00", "14:00"),
  },
  {
    number: GERAI.BPJS_KETENAGAKERJAAN,
    floor: 2,
    agencySlug: "bpjs-ketenagakerjaan",
    name: "Gerai BPJS Ketenagakerjaan",
    description: "Pendaftaran peserta, klaim JHT/JKM/JP, dan perubahan data.",
    hours: [...days(SENIN_KAMIS, "08:00", "15:00"), ...days([5], "08:00", "14:00")],
  },
  {
    number: GERAI.DINSOS,
    floor: 2,
    agencySlug: "dinsos",
    name: "Gerai Dinas Sosial (Dinsos-P2KB)",
    description: "Usulan DTSEN, SKTM, reaktivasi PBI JK, dan pengaduan bantuan sosial.",
    hours: JAM_OPD,
  },
  {
    number: GERAI.DINPERINAKER,
    floor: 2,
    agencySlug: "dinperinaker",
    name: "Gerai Dinperinaker",
    description: "Kartu kuning (AK/I), pelatihan kerja, mediasi hubungan industrial, dan rekomendasi paspor CPMI.",
    hours: JAM_OPD,
  },
];

export const categories: CategorySeed[] = [
  {
    slug: "kependudukan",
    name: "Administrasi Kependudukan",
    nameEn: "Population and civil registration",
    description: "KTP-el, Kartu Keluarga, KIA, pindah datang, dan akta pencatatan sipil.",
  },
  {
    slug: "kepolisian",
    name: "Kepolisian (SIM dan SKCK)",
    nameEn: "Police services (driving licences and clearance)",
    description: "SIM, SKCK, surat keterangan kehilangan, dan izin keramaian.",
  },
  {
    slug: "perizinan-berusaha",
    name: "Perizinan Berusaha dan Izin Praktik",
    nameEn: "Business licensing and professional practice permits",
    description: "NIB melalui OSS, izin usaha sektor kesehatan dan pariwisata, reklame, serta izin praktik tenaga kesehatan.",
  },
  {
    slug: "perizinan-bangunan",
    name: "Perizinan Bangunan dan Tata Ruang",
    nameEn: "Building permits and spatial planning",
    description: "PBG (d/h IMB), SLF, KRK, advice planning, dan pemanfaatan ruang milik jalan.",
  },
  {
    slug: "kesehatan-jkn",
    name: "Kesehatan dan JKN",
    nameEn: "Health and national health insurance (JKN)",
    description: "Kepesertaan BPJS Kesehatan/JKN-KIS, termasuk JKN yang ditanggung APBD Kota Pekalongan.",
  },
  {
    slug: "ketenagakerjaan",
    name: "Ketenagakerjaan dan Jaminan Sosial",
    nameEn: "Employment and social security",
    description: "BPJS Ketenagakerjaan, Taspen, kartu pencari kerja, pelatihan, dan hubungan industrial.",
  },
  {
    slug: "perpajakan-retribusi",
    name: "Perpajakan dan Retribusi",
    nameEn: "Taxes and levies",
    description: "Pajak pusat (NPWP, SPT), pajak daerah (PBB-P2, BPHTB), dan pajak kendaraan bermotor.",
  },
  {
    slug: "air-minum-utilitas",
    name: "Air Minum dan Utilitas",
    nameEn: "Water and utilities",
    description: "Sambungan, pembayaran, dan pengaduan layanan air minum Perumda Tirtayasa.",
  },
  {
    slug: "keagamaan-pernikahan",
    name: "Keagamaan dan Pernikahan",
    nameEn: "Religious affairs and marriage",
    description: "Pendaftaran nikah, haji, umrah, wakaf, dan sertifikasi halal.",
  },
  {
    slug: "hukum-peradilan",
    name: "Hukum dan Peradilan",
    nameEn: "Law and courts",
    description: "Layanan Pengadilan Agama dan Kejaksaan: perkara perkawinan, tilang, barang bukti, dan konsultasi hukum.",
  },
  {
    slug: "perbankan-keuangan",
    name: "Perbankan dan Keuangan",
    nameEn: "Banking and finance",
    description: "Pembukaan rekening, kredit usaha, layanan digital bank, dan pembayaran tagihan.",
  },
  {
    slug: "pertanahan",
    name: "Pertanahan",
    nameEn: "Land affairs",
    description: "Pengecekan sertifikat, roya, SKPT, sertifikat elektronik, dan informasi pendaftaran tanah.",
  },
  {
    slug: "keimigrasian",
    name: "Keimigrasian",
    nameEn: "Immigration",
    description: "Paspor baru, penggantian paspor, dan informasi keimigrasian.",
  },
  {
    slug: "sosial",
    name: "Sosial",
    nameEn: "Social welfare",
    description: "Data sosial ekonomi (DTSEN), SKTM, reaktivasi PBI, dan bantuan sosial.",
  },
];

export const services: ServiceSeed[] = [
  ...kependudukanServices,
  ...kepolisianServices,
  ...kesehatanSosialServices,
  ...perizinanServices,
  ...keuanganPajakServices,
  ...instansiVertikalServices,
  ...ketenagakerjaanUtilitasServices,
];
