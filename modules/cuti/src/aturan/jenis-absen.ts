/**
 * The kinds of absence an ASN may request (RULES.md section 8: PP 11/2017 as amended by PP
 * 17/2020, Peraturan BKN 24/2017 as amended by 7/2021, and what kabupaten practice adds), as
 * versioned rule data: the status each sets on its days, whether it takes the cuti tahunan
 * balance, needs a document, a destination point, BKD's approval, and its limits. Durations of
 * the kinds other than cuti tahunan are [open] in RULES.md: configurable here. Pure: the web
 * imports it through `@simasn/cuti/kontrak`.
 */

import { LABEL_STATUS_HARI, STATUS_HARI, type StatusHari } from '@simasn/domain';

/** The status of a day: the shared vocabulary of issue 11, from the domain's presensi rules. */
export { LABEL_STATUS_HARI, STATUS_HARI, type StatusHari };

export const JENIS_ABSEN = [
  'cuti_tahunan',
  'cuti_besar',
  'cuti_sakit',
  'cuti_melahirkan',
  'cuti_alasan_penting',
  'cuti_luar_tanggungan',
  'izin',
  'sakit',
  'dinas_luar',
  'kerja_fleksibel',
  'tugas_belajar',
  'dispensasi',
] as const;
export type JenisAbsen = (typeof JENIS_ABSEN)[number];

export const LINGKUP_DISPENSASI = ['presensi', 'aktivitas', 'keduanya'] as const;
export type LingkupDispensasi = (typeof LINGKUP_DISPENSASI)[number];
export const LABEL_LINGKUP_DISPENSASI: Record<LingkupDispensasi, string> = { presensi: 'Presensi saja', aktivitas: 'Aktivitas harian saja',
  keduanya: 'Presensi dan aktivitas harian' };

export interface AturanJenisAbsen {
  kode: JenisAbsen;
  label: string;
  /** One line for the form: what it is for and what it needs. */
  keterangan: string;
  /** The status its approved days carry (dispensasi: see `statusDispensasi`). */
  status: StatusHari;
  /** Takes the cuti tahunan balance (working days). */
  potongSaldo: boolean;
  /** A supporting document is required before the request goes to the atasan. */
  dokumenWajib: { kode: string, label: string } | null;
  /** A destination point (lat/lon/radius) is required: the temporary check-in point. */
  titikTujuan: boolean;
  /** After the atasan, BKD approves too. */
  perluBkd: boolean;
  /** Upper bound of one request, in working days (null: none) / calendar days. */
  maksHariKerja: number | null;
  maksHariKalender: number | null;
  /** Years of service needed (from TMT CPNS). */
  minMasaKerjaTahun: number;
  /** How many days ahead it may be filed at the latest / may be back-dated (sick leave is filed after). */
  bolehMundurHari: number;
}

export interface AturanCuti {
  id: string;
  dasarHukum: string;
  berlakuMulai: string;
  /** Cuti tahunan: days per year, after how many years of service, carry-over limits. */
  hakTahunan: number;
  masaKerjaMinTahun: number;
  /** Total usable in a year when the previous year's balance was not all used (incl. the year's own). */
  batasDenganSisa: number;
  /** Total usable when the two previous years' rights went wholly unused. */
  batasDuaTahunTakDipakai: number;
  /** The first year the system records leave: earlier years count as unknown (no carry-over). */
  tahunAwalPencatatan: number;
  jenis: Record<JenisAbsen, AturanJenisAbsen>;
}

const j = (kode: JenisAbsen, label: string, keterangan: string, status: StatusHari, x: Partial<AturanJenisAbsen> = {}): AturanJenisAbsen => ({ kode, label, keterangan, status,
  potongSaldo: false, dokumenWajib: null, titikTujuan: false, perluBkd: false, maksHariKerja: null, maksHariKalender: null, minMasaKerjaTahun: 0, bolehMundurHari: 0, ...x });

/** The demo kabupaten's rules (fictional Perbup; the national parts from PP 11/2017 and Peraturan BKN 24/2017). */
export const ATURAN_CUTI_SUKAMAJU_2026: AturanCuti = { id: 'perbup-sukamaju-2026',
  dasarHukum: 'PP 11/2017 jo. PP 17/2020; Peraturan BKN 24/2017 jo. 7/2021; Perbup Sukamaju (demo) 2026', berlakuMulai: '2026-01-01', hakTahunan: 12, masaKerjaMinTahun: 1,
  batasDenganSisa: 18, batasDuaTahunTakDipakai: 24, tahunAwalPencatatan: 2025,
  jenis: {
    cuti_tahunan: j('cuti_tahunan', 'Cuti tahunan', '12 hari kerja setahun setelah 1 tahun masa kerja; sisa dapat dibawa ke tahun berikutnya.', 'cuti', { potongSaldo: true,
      minMasaKerjaTahun: 1 }),
    cuti_besar: j('cuti_besar', 'Cuti besar', 'Paling lama 3 bulan, setelah 5 tahun masa kerja terus-menerus; disetujui BKD.', 'cuti', { perluBkd: true, maksHariKalender: 90,
      minMasaKerjaTahun: 5 }),
    cuti_sakit: j('cuti_sakit', 'Cuti sakit', 'Sakit lebih dari 2 hari; wajib surat keterangan dokter; disetujui BKD.', 'cuti', {
      dokumenWajib: { kode: 'surat_dokter', label: 'Surat keterangan dokter' },
      perluBkd: true,
      maksHariKalender: 365,
      bolehMundurHari: 14,
    }),
    cuti_melahirkan: j('cuti_melahirkan', 'Cuti melahirkan', 'Paling lama 3 bulan untuk kelahiran anak pertama sampai ketiga; disetujui BKD.', 'cuti', {
      dokumenWajib: { kode: 'surat_bidan', label: 'Surat keterangan dokter/bidan' },
      perluBkd: true,
      maksHariKalender: 90,
    }),
    cuti_alasan_penting: j('cuti_alasan_penting', 'Cuti karena alasan penting',
      'Keluarga sakit keras atau meninggal, melangsungkan perkawinan, dan sejenisnya; paling lama 1 bulan.', 'cuti', { maksHariKalender: 30, bolehMundurHari: 3 }),
    cuti_luar_tanggungan: j('cuti_luar_tanggungan', 'Cuti di luar tanggungan negara', 'Paling lama 3 tahun, setelah 5 tahun masa kerja; disetujui BKD.', 'cuti', { perluBkd: true,
      maksHariKalender: 1095, minMasaKerjaTahun: 5 }),
    izin: j('izin', 'Izin', 'Tidak masuk kerja karena keperluan pribadi yang mendesak; paling lama 3 hari kerja.', 'izin', { maksHariKerja: 3, bolehMundurHari: 3 }),
    sakit: j('sakit', 'Sakit (tanpa cuti)', 'Sakit 1-2 hari; wajib surat keterangan sakit.', 'sakit', { dokumenWajib: { kode: 'surat_sakit', label: 'Surat keterangan sakit' },
      maksHariKerja: 2, bolehMundurHari: 7 }),
    dinas_luar: j('dinas_luar', 'Dinas luar', 'Tugas di luar kantor: presensi di titik tujuan.', 'dinas_luar', { titikTujuan: true, maksHariKalender: 30 }),
    kerja_fleksibel: j('kerja_fleksibel', 'Kerja fleksibel (rumah/tempat lain)',
      'Penugasan kerja dari rumah atau tempat lain (PermenPAN-RB 4/2025): presensi di titik yang disetujui.', 'hadir', { titikTujuan: true, maksHariKalender: 30 }),
    tugas_belajar: j('tugas_belajar', 'Tugas belajar', 'Pendidikan atas penugasan instansi; wajib surat tugas belajar; disetujui BKD.', 'tugas_belajar', {
      dokumenWajib: { kode: 'surat_tugas_belajar', label: 'Surat tugas belajar' },
      perluBkd: true,
      maksHariKalender: 1826,
    }),
    dispensasi: j('dispensasi', 'Dispensasi', 'Dibebaskan dari presensi, dari aktivitas harian, atau keduanya (mis. tugas organisasi, kegiatan resmi).', 'hadir', {
      maksHariKalender: 30,
    }),
  } };

export const ATURAN_CUTI: Record<string, AturanCuti> = { [ATURAN_CUTI_SUKAMAJU_2026.id]: ATURAN_CUTI_SUKAMAJU_2026 };
export const ATURAN_CUTI_BAWAAN = ATURAN_CUTI_SUKAMAJU_2026.id;

export function aturanCuti(id: string = ATURAN_CUTI_BAWAAN): AturanCuti {
  const a = ATURAN_CUTI[id];
  if (!a) throw new Error(`aturan cuti "${id}" tidak dikenal`);
  return a;
}

export const LABEL_JENIS_ABSEN: Record<JenisAbsen, string> = Object.fromEntries(JENIS_ABSEN.map((k) => [k, ATURAN_CUTI_SUKAMAJU_2026.jenis[k].label])) as Record<JenisAbsen,
  string>;

/**
 * What an approved request means for one of its days: its status (null: the day's status is left
 * to presensi, as for a dispensasi from the activity log only), and what it excuses.
 */
export function efekHari(a: AturanJenisAbsen, dispensasi: LingkupDispensasi | null): { status: StatusHari | null, bebasPresensi: boolean, bebasAktivitas: boolean } {
  if (a.kode === 'dispensasi') {
    const presensi = dispensasi === 'presensi' || dispensasi === 'keduanya';
    const aktivitas = dispensasi === 'aktivitas' || dispensasi === 'keduanya';
    return { status: presensi ? 'hadir' : null, bebasPresensi: presensi, bebasAktivitas: aktivitas };
  }
  // Kerja fleksibel: present, checking in at the approved point; dinas luar likewise at its destination.
  if (a.titikTujuan) return { status: a.status, bebasPresensi: false, bebasAktivitas: false };
  return { status: a.status, bebasPresensi: true, bebasAktivitas: a.status !== 'hadir' };
}
