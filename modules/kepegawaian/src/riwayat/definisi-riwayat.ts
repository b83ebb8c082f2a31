import { GOLONGAN_PNS, GOLONGAN_PPPK, type HUBUNGAN_KELUARGA, JENIS_DIKLAT, JENIS_HUKDIS, JENIS_KP, KODE_JENIS_HUKDIS, KODE_PENDIDIKAN, LABEL_JENIS_DIKLAT, LABEL_PREDIKAT_SKP,
  labelGolongan, labelPendidikan } from '@simasn/domain';

/**
 * The riwayat (history) kinds kept per employee, each declared once here: its fields (input name,
 * type, Indonesian label, bounds, required or default, SQL column, import column) and its table,
 * order and natural key. Everything else is derived from this declaration:
 * - the zod schemas of the API, the import and change proposals (`SKEMA_RIWAYAT`, jenis-riwayat.ts);
 * - the input <-> column mapping (`DEFINISI_RIWAYAT.kolom`; `keKolom`, `dariKolom` in kolom-riwayat.ts);
 * - the import sheets (`LEMBAR_IMPOR`: header, reader, template hint), the SQL types of the import
 *   writer and the natural-key duplicate check of the validator;
 * - the demo generator's column list (`kolomSql`);
 * - the web forms (`ISIAN_RIWAYAT` in apps/web/src/riwayat.ts).
 * Only the table itself is written elsewhere (a migration). This file is pure: it imports only
 * @simasn/domain, so the web bundle imports it as `@simasn/kepegawaian/riwayat`.
 */

export const JENIS_RIWAYAT = ['pangkat', 'jabatan', 'pendidikan', 'diklat', 'skp', 'hukdis', 'keluarga'] as const;
export type JenisRiwayat = (typeof JENIS_RIWAYAT)[number];

/**
 * teks: one line (optional: up to 500 characters through the API); teks-panjang: the same, shown
 * as a text area; angka: whole number (SQL smallint); desimal: number with decimals (numeric);
 * pilihan: one of `pilihan`; centang: yes/no; jabatan, unit: an id picked from the organisation.
 */
export type TipeIsian = 'teks' | 'teks-panjang' | 'tanggal' | 'angka' | 'desimal' | 'pilihan' | 'centang' | 'jabatan' | 'unit';

export interface PilihanIsian {
  nilai: string;
  label: string;
}

/** How the import reads a column's cells (lembar-impor.ts holds the readers). */
export type PembacaImpor = 'golongan' | 'pendidikan' | 'predikat' | 'jenis_hukdis';

export interface ImporIsian {
  /** Header as the template names it. */
  judul: string;
  /** Template hint (the Petunjuk sheet and the header note). */
  petunjuk: string;
  lebar: number;
  /** Column key when the sheet carries something else than the id (kode_jabatan for jabatanId). */
  kunci?: string;
  /** Longest text the import accepts (teks). */
  maks?: number;
  /** Bounds the import applies when they differ from the field's (angka). */
  min?: number;
  /** A dedicated reader instead of the one of the field's type. */
  baca?: PembacaImpor;
  /** Other spellings accepted for a pilihan (`pim` -> kepemimpinan). */
  sinonim?: Record<string, string>;
}

export interface IsianRiwayat {
  /** Input field name (API, forms, change proposals). */
  nama: string;
  /** Form label. */
  label: string;
  tipe: TipeIsian;
  wajib?: boolean;
  /** Column in the kind's table. */
  kolom: string;
  /** Bounds of angka and desimal. */
  min?: number;
  maks?: number;
  /** Longest text of a required teks. */
  panjang?: number;
  /** Message when a required teks is empty. */
  pesanWajib?: string;
  pilihan?: readonly PilihanIsian[];
  /** Message when a value is not one of `pilihan` (else zod's own). */
  pesanPilihan?: string;
  /** Value when left empty (else null). */
  bawaan?: string | number | boolean;
  /** A regular expression the whole text must match (form `pattern` too), and the message. */
  pola?: { regex: string, pesan: string };
  /** Form hint. */
  petunjuk?: string;
  /** A tanggal that may not fall before this other field's date. */
  tidakSebelum?: string;
  /** The import column; absent when the kind has no import sheet. */
  impor?: ImporIsian;
}

export interface DeklarasiRiwayat {
  /** Title of the kind's section (Riwayat Pangkat/Golongan). */
  label: string;
  /** Short title (tab, form heading): Pangkat. */
  judul: string;
  tabel: string;
  /** ORDER BY of the list, on alias r. */
  urutan: string;
  /** Changes the derived current state (golongan, jabatan, unit, pendidikan terakhir). */
  memengaruhiTerkini: boolean;
  isian: readonly IsianRiwayat[];
  /** Natural key (field names) an import upserts on; null when rows have none (keluarga). */
  kunciAlami: readonly string[] | null;
  /** Columns derived from the input, never typed (hukdis tingkat from its jenis), with their SQL types. */
  turunan?: { kolom: readonly (readonly [kolom: string, tipeSql: string])[], hitung: (d: Record<string, unknown>) => Record<string, unknown> };
  /** The import sheet (`riwayat_<jenis>`); absent when the kind is not imported. */
  impor?: { judul: string };
  /** Field order of the form when it differs from `isian` (unit before jabatan). */
  urutanForm?: readonly string[];
}

const daftar = (r: Record<string, string>): PilihanIsian[] => Object.entries(r).map(([nilai, label]) => ({ nilai, label }));

export const PILIHAN_GOLONGAN: readonly PilihanIsian[] = [
  ...GOLONGAN_PNS.map((g) => ({ nilai: g.kode as string, label: labelGolongan(g.kode) })),
  ...GOLONGAN_PPPK.map((g) => ({ nilai: g as string, label: `Golongan ${g} (PPPK)` })),
];
export const PILIHAN_PENDIDIKAN: readonly PilihanIsian[] = KODE_PENDIDIKAN.map((k) => ({ nilai: k, label: labelPendidikan(k) }));
export const LABEL_JENIS_KP: Record<(typeof JENIS_KP)[number], string> = { cpns: 'Pengangkatan CPNS', pns: 'Pengangkatan PNS', reguler: 'Reguler',
  pilihan_struktural: 'Pilihan (struktural)', pilihan_fungsional: 'Pilihan (fungsional)', penyesuaian_ijazah: 'Penyesuaian ijazah', pppk: 'Pengangkatan PPPK', lainnya: 'Lainnya' };
export const LABEL_HUBUNGAN: Record<(typeof HUBUNGAN_KELUARGA)[number], string> = { suami: 'Suami', istri: 'Istri', anak: 'Anak', ayah: 'Ayah', ibu: 'Ibu' };

const TMT = { judul: 'TMT', lebar: 13, petunjuk: 'Tanggal, mis. 01-04-2015 atau 1 April 2015' };
const tmt: IsianRiwayat = { nama: 'tmt', label: 'TMT', tipe: 'tanggal', wajib: true, kolom: 'tmt', impor: TMT };
const nomorSk: IsianRiwayat = { nama: 'nomorSk', label: 'Nomor SK', tipe: 'teks', kolom: 'nomor_sk',
  impor: { judul: 'Nomor SK', maks: 100, lebar: 28, petunjuk: 'Nomor surat keputusan' } };
const tanggalSk: IsianRiwayat = { nama: 'tanggalSk', label: 'Tanggal SK', tipe: 'tanggal', kolom: 'tanggal_sk',
  impor: { judul: 'Tanggal SK', lebar: 13, petunjuk: 'Tanggal surat keputusan' } };

export const DEKLARASI_RIWAYAT: Record<JenisRiwayat, DeklarasiRiwayat> = {
  pangkat: { label: 'Riwayat Pangkat/Golongan', judul: 'Pangkat', tabel: 'riwayat_pangkat', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: true,
    impor: { judul: 'Riwayat pangkat/golongan' }, kunciAlami: ['golongan', 'tmt'], isian: [
      { nama: 'golongan', label: 'Golongan', tipe: 'pilihan', wajib: true, kolom: 'golongan', pilihan: PILIHAN_GOLONGAN, pesanPilihan: 'golongan tidak dikenal (contoh: III/a)',
        impor: { judul: 'Golongan', baca: 'golongan', lebar: 9, petunjuk: 'PNS: I/a s.d. IV/e; PPPK: I s.d. XVII' } },
      { nama: 'jenisKp', label: 'Jenis kenaikan pangkat', tipe: 'pilihan', kolom: 'jenis_kp', pilihan: daftar(LABEL_JENIS_KP), bawaan: 'reguler',
        impor: { judul: 'Jenis KP', lebar: 16, petunjuk: `${JENIS_KP.join(', ')} (kosong = reguler)` } },
      tmt,
      nomorSk,
      tanggalSk,
      { nama: 'mkTahun', label: 'Masa kerja golongan (tahun)', tipe: 'angka', kolom: 'mk_tahun', min: 0, maks: 50, bawaan: 0,
        impor: { judul: 'MK tahun', lebar: 9, petunjuk: 'Masa kerja golongan, tahun' } },
      { nama: 'mkBulan', label: 'Masa kerja golongan (bulan)', tipe: 'angka', kolom: 'mk_bulan', min: 0, maks: 11, bawaan: 0,
        impor: { judul: 'MK bulan', lebar: 9, petunjuk: 'Masa kerja golongan, bulan (0-11)' } },
    ] },
  jabatan: { label: 'Riwayat Jabatan', judul: 'Jabatan', tabel: 'riwayat_jabatan', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: true, impor: { judul: 'Riwayat jabatan' },
    kunciAlami: ['jabatanId', 'tmt'], urutanForm: ['unitId', 'jabatanId', 'tmt', 'nomorSk', 'tanggalSk'], isian: [
      { nama: 'jabatanId', label: 'Jabatan', tipe: 'jabatan', wajib: true, kolom: 'jabatan_id',
        impor: { kunci: 'kode_jabatan', judul: 'Kode jabatan', maks: 60, lebar: 16, petunjuk: 'Kode jabatan seperti pada daftar jabatan SIMASN' } },
      { nama: 'unitId', label: 'Unit kerja', tipe: 'unit', wajib: true, kolom: 'unit_id',
        impor: { kunci: 'kode_unit', judul: 'Kode unit', maks: 60, lebar: 16, petunjuk: 'Kode unit organisasi seperti pada struktur SIMASN' } },
      tmt,
      nomorSk,
      tanggalSk,
    ] },
  pendidikan: { label: 'Riwayat Pendidikan', judul: 'Pendidikan', tabel: 'riwayat_pendidikan', urutan: 'r.tahun_lulus desc, r.id desc', memengaruhiTerkini: true,
    impor: { judul: 'Riwayat pendidikan' }, kunciAlami: ['tingkat', 'tahunLulus'], isian: [
      { nama: 'tingkat', label: 'Tingkat pendidikan', tipe: 'pilihan', wajib: true, kolom: 'tingkat', pilihan: PILIHAN_PENDIDIKAN,
        impor: { judul: 'Tingkat', baca: 'pendidikan', lebar: 9, petunjuk: 'S3, S2, S1, D4, D3, D2, D1, SMA, SMP, SD (S-1, D-III, SLTA... juga diterima)' } },
      { nama: 'namaSekolah', label: 'Nama sekolah/perguruan tinggi', tipe: 'teks', kolom: 'nama_sekolah',
        impor: { judul: 'Nama sekolah/PT', maks: 200, lebar: 28, petunjuk: 'Nama sekolah atau perguruan tinggi' } },
      { nama: 'jurusan', label: 'Jurusan/program studi', tipe: 'teks', kolom: 'jurusan', impor: { judul: 'Jurusan', maks: 200, lebar: 20, petunjuk: 'Program studi/jurusan' } },
      { nama: 'tahunLulus', label: 'Tahun lulus', tipe: 'angka', wajib: true, kolom: 'tahun_lulus', min: 1940, maks: 2100,
        impor: { judul: 'Tahun lulus', lebar: 10, petunjuk: 'Empat digit, mis. 2010' } },
      { nama: 'nomorIjazah', label: 'Nomor ijazah', tipe: 'teks', kolom: 'nomor_ijazah', impor: { judul: 'Nomor ijazah', maks: 100, lebar: 20, petunjuk: 'Nomor ijazah' } },
      { nama: 'tanggalIjazah', label: 'Tanggal ijazah', tipe: 'tanggal', kolom: 'tanggal_ijazah', impor: { judul: 'Tanggal ijazah', lebar: 13, petunjuk: 'Tanggal ijazah' } },
    ] },
  diklat: { label: 'Riwayat Diklat', judul: 'Diklat', tabel: 'riwayat_diklat', urutan: 'r.tanggal_mulai desc, r.id desc', memengaruhiTerkini: false,
    impor: { judul: 'Riwayat diklat' }, kunciAlami: ['jenis', 'nama', 'tanggalMulai'], isian: [
      { nama: 'jenis', label: 'Jenis diklat', tipe: 'pilihan', wajib: true, kolom: 'jenis', pilihan: daftar(LABEL_JENIS_DIKLAT),
        impor: { judul: 'Jenis', lebar: 13, petunjuk: JENIS_DIKLAT.join(', '),
          sinonim: { pim: 'kepemimpinan', struktural: 'kepemimpinan', workshop: 'seminar', bimtek: 'teknis' } } },
      { nama: 'nama', label: 'Nama diklat', tipe: 'teks', wajib: true, kolom: 'nama', panjang: 300, pesanWajib: 'nama diklat wajib diisi',
        impor: { judul: 'Nama diklat', maks: 300, lebar: 34, petunjuk: 'Nama diklat/kursus/seminar' } },
      { nama: 'tingkat', label: 'Tingkat', tipe: 'teks', kolom: 'tingkat', petunjuk: 'Untuk diklat kepemimpinan: PIM II/III/IV, PKN, PKA, PKP',
        impor: { judul: 'Tingkat', maks: 40, lebar: 10, petunjuk: 'Untuk kepemimpinan: PIM II/III/IV, PKN, PKA, PKP' } },
      { nama: 'penyelenggara', label: 'Penyelenggara', tipe: 'teks', kolom: 'penyelenggara',
        impor: { judul: 'Penyelenggara', maks: 200, lebar: 22, petunjuk: 'Lembaga penyelenggara' } },
      { nama: 'tanggalMulai', label: 'Tanggal mulai', tipe: 'tanggal', wajib: true, kolom: 'tanggal_mulai',
        impor: { judul: 'Tanggal mulai', lebar: 13, petunjuk: 'Tanggal mulai' } },
      { nama: 'tanggalSelesai', label: 'Tanggal selesai', tipe: 'tanggal', wajib: true, kolom: 'tanggal_selesai', tidakSebelum: 'tanggalMulai',
        impor: { judul: 'Tanggal selesai', lebar: 13, petunjuk: 'Tanggal selesai' } },
      { nama: 'jumlahJp', label: 'Jumlah JP', tipe: 'angka', kolom: 'jumlah_jp', min: 0, maks: 2000, impor: { judul: 'Jumlah JP', lebar: 9, petunjuk: 'Jam pelajaran' } },
      { nama: 'nomorSertifikat', label: 'Nomor sertifikat', tipe: 'teks', kolom: 'nomor_sertifikat',
        impor: { judul: 'Nomor sertifikat', maks: 100, lebar: 20, petunjuk: 'Nomor sertifikat/STTPP' } },
    ] },
  skp: { label: 'Riwayat SKP', judul: 'SKP', tabel: 'riwayat_skp', urutan: 'r.tahun desc', memengaruhiTerkini: false, impor: { judul: 'Riwayat SKP' }, kunciAlami: ['tahun'],
    isian: [
      { nama: 'tahun', label: 'Tahun penilaian', tipe: 'angka', wajib: true, kolom: 'tahun', min: 1940, maks: 2100,
        impor: { judul: 'Tahun', min: 2000, lebar: 8, petunjuk: 'Tahun penilaian' } },
      { nama: 'predikat', label: 'Predikat', tipe: 'pilihan', wajib: true, kolom: 'predikat', pilihan: daftar(LABEL_PREDIKAT_SKP),
        impor: { judul: 'Predikat', baca: 'predikat', lebar: 16, petunjuk: 'sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang (skala lama: cukup, buruk)' } },
      { nama: 'nilai', label: 'Nilai', tipe: 'desimal', kolom: 'nilai', min: 0, maks: 120, petunjuk: 'Skala lama (PP 46/2011), mis. 85,5',
        impor: { judul: 'Nilai', lebar: 8, petunjuk: 'Nilai angka (skala lama), mis. 85,5' } },
      { nama: 'pejabatPenilai', label: 'Pejabat penilai', tipe: 'teks', kolom: 'pejabat_penilai',
        impor: { judul: 'Pejabat penilai', maks: 200, lebar: 24, petunjuk: 'Nama pejabat penilai kinerja' } },
    ] },
  hukdis: { label: 'Riwayat Hukuman Disiplin', judul: 'Hukuman Disiplin', tabel: 'riwayat_hukdis', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: false,
    impor: { judul: 'Riwayat hukuman disiplin' }, kunciAlami: ['jenis', 'tmt'], turunan: { kolom: [['tingkat', 'text']], hitung: (d) => {
      const j = JENIS_HUKDIS[d.jenis as keyof typeof JENIS_HUKDIS];
      return { tingkat: j.tingkat, masa_bulan: d.masaBulan ?? j.bulan[0] };
    } }, isian: [
      { nama: 'jenis', label: 'Jenis hukuman', tipe: 'pilihan', wajib: true, kolom: 'jenis', pilihan: Object.entries(JENIS_HUKDIS).map(([nilai, j]) => ({ nilai, label: j.label })),
        impor: { judul: 'Jenis hukuman', baca: 'jenis_hukdis', lebar: 22, petunjuk: `Kode PP 94/2021: ${KODE_JENIS_HUKDIS.join(', ')}` } },
      tmt,
      nomorSk,
      tanggalSk,
      { nama: 'masaBulan', label: 'Masa hukuman (bulan)', tipe: 'angka', kolom: 'masa_bulan', min: 0, maks: 60, petunjuk: 'Kosongkan untuk masa sesuai jenis hukuman',
        impor: { judul: 'Masa (bulan)', lebar: 10, petunjuk: 'Lama hukuman; kosong = sesuai jenis' } },
      { nama: 'keterangan', label: 'Keterangan', tipe: 'teks-panjang', kolom: 'keterangan', impor: { judul: 'Keterangan', maks: 500, lebar: 30, petunjuk: 'Keterangan' } },
    ] },
  keluarga: { label: 'Data Keluarga', judul: 'Keluarga', tabel: 'keluarga', urutan: 'r.hubungan, r.tanggal_lahir nulls last, r.id', memengaruhiTerkini: false, kunciAlami: null,
    isian: [
      { nama: 'hubungan', label: 'Hubungan', tipe: 'pilihan', wajib: true, kolom: 'hubungan', pilihan: daftar(LABEL_HUBUNGAN) },
      { nama: 'nama', label: 'Nama', tipe: 'teks', wajib: true, kolom: 'nama', panjang: 200, pesanWajib: 'nama wajib diisi' },
      { nama: 'nik', label: 'NIK', tipe: 'teks', kolom: 'nik', pola: { regex: '\\d{16}', pesan: 'NIK harus 16 digit' }, petunjuk: '16 digit angka' },
      { nama: 'tanggalLahir', label: 'Tanggal lahir', tipe: 'tanggal', kolom: 'tanggal_lahir' },
      { nama: 'jenisKelamin', label: 'Jenis kelamin', tipe: 'pilihan', kolom: 'jenis_kelamin', pilihan: [{ nilai: 'L', label: 'Laki-laki' }, { nilai: 'P', label: 'Perempuan' }] },
      { nama: 'pekerjaan', label: 'Pekerjaan', tipe: 'teks', kolom: 'pekerjaan' },
      { nama: 'tertanggung', label: 'Tertanggung dalam tunjangan keluarga', tipe: 'centang', kolom: 'tertanggung', bawaan: false },
    ] },
};

/** SQL type of a field's column. */
export function tipeSql(m: IsianRiwayat): string {
  switch (m.tipe) {
    case 'tanggal':
      return 'date';
    case 'angka':
      return 'smallint';
    case 'desimal':
      return 'numeric';
    case 'centang':
      return 'boolean';
    case 'jabatan':
    case 'unit':
      return 'bigint';
    default:
      return 'text';
  }
}

/** Every column a row of the kind carries, with its SQL type: derived ones first, then the fields in order. */
export function kolomSql(jenis: JenisRiwayat): [kolom: string, tipe: string][] {
  const d = DEKLARASI_RIWAYAT[jenis];
  return [...(d.turunan?.kolom ?? []).map(([k, t]) => [k, t] as [string, string]), ...d.isian.map((m) => [m.kolom, tipeSql(m)] as [string, string])];
}

/** The fields in the order a form shows them. */
export function isianForm(jenis: JenisRiwayat): IsianRiwayat[] {
  const d = DEKLARASI_RIWAYAT[jenis];
  if (!d.urutanForm) return [...d.isian];
  return d.urutanForm.map((n) => d.isian.find((m) => m.nama === n)!);
}

/** Kinds with an import sheet. */
export const JENIS_RIWAYAT_IMPOR = JENIS_RIWAYAT.filter((j) => DEKLARASI_RIWAYAT[j].impor);
