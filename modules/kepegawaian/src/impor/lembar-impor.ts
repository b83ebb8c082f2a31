import {
  AGAMA, dariSerialExcel, JENIS_DIKLAT, JENIS_HUKDIS, JENIS_KP, KODE_JENIS_HUKDIS, parseAngka, parseGolonganPns, parseNip,
  parsePendidikan, parsePredikatSkp, parseTanggal, GOLONGAN_PPPK, KODE_PENDIDIKAN, GOLONGAN_PNS, PREDIKAT_SKP, STATUS_KEPEGAWAIAN,
  type Hasil, berhasil, gagal,
} from '@simasn/domain';

/**
 * The import format: one sheet per kind of data, a header row of column keys, one record per
 * row. Every column says how to read a cell typed by a person in Excel: Indonesian dates and
 * numbers, codes in their usual spellings. The template (template-impor.ts), the validator and
 * the error report all read these definitions.
 */
export type { NilaiSel } from '@simasn/platform';
import type { NilaiSel } from '@simasn/platform';

export interface KolomImpor {
  kunci: string;
  judul: string;
  wajib?: boolean;
  /** Reads one non-empty cell; returns the value to store or a reason. */
  baca: (v: NilaiSel) => Hasil<unknown>;
  petunjuk: string;
  /** Allowed values, for the template's drop-down lists. */
  pilihan?: readonly string[];
  lebar?: number;
}

const teks = (maks = 300) => (v: NilaiSel): Hasil<string> => {
  const s = String(v instanceof Date ? v.toISOString().slice(0, 10) : v).trim();
  return s.length > maks ? gagal(`terlalu panjang (maksimal ${maks} karakter)`) : berhasil(s);
};

export const bacaTanggal = (v: NilaiSel): Hasil<string> => {
  if (v instanceof Date) {
    // Excel stores a date cell as local midnight; exceljs hands it over as UTC midnight.
    return berhasil(v.toISOString().slice(0, 10));
  }
  if (typeof v === 'number') {
    if (v > 10000 && v < 80000) return berhasil(dariSerialExcel(v));
    return gagal(`${v} bukan tanggal`);
  }
  return parseTanggal(String(v));
};

const bulat = (min: number, maks: number) => (v: NilaiSel): Hasil<number> => {
  const h = parseAngka(typeof v === 'number' ? v : String(v), { bulat: true });
  if (!h.ok) return h;
  return h.nilai < min || h.nilai > maks ? gagal(`harus antara ${min} dan ${maks}`) : h;
};

const desimal = (min: number, maks: number) => (v: NilaiSel): Hasil<number> => {
  const h = parseAngka(typeof v === 'number' ? v : String(v));
  if (!h.ok) return h;
  return h.nilai < min || h.nilai > maks ? gagal(`harus antara ${min} dan ${maks}`) : h;
};

const kunciTeks = (v: NilaiSel) => String(v).trim().toLowerCase().replace(/[\s/-]+/g, '_');

function pilihan(daftar: readonly string[], sinonim: Record<string, string> = {}) {
  return (v: NilaiSel): Hasil<string> => {
    const k = kunciTeks(v);
    const cocok = daftar.find((d) => kunciTeks(d) === k) ?? sinonim[k];
    return cocok ? berhasil(cocok) : gagal(`"${String(v).trim()}" bukan pilihan yang sah (${daftar.join(', ')})`);
  };
}

const bacaNip = (v: NilaiSel): Hasil<string> => {
  if (typeof v === 'number') return gagal('NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai teks');
  const h = parseNip(String(v));
  return h.ok ? berhasil(h.nilai.nip) : gagal(h.alasan);
};

const bacaNik = (v: NilaiSel): Hasil<string> => {
  if (typeof v === 'number') return gagal('NIK tersimpan sebagai angka sehingga digitnya rusak; format kolom NIK sebagai teks');
  const s = String(v).replace(/\s/g, '');
  return /^\d{16}$/.test(s) ? berhasil(s) : gagal(`NIK harus 16 digit angka, ditemukan ${s.length} karakter`);
};

const bacaGolongan = (v: NilaiSel): Hasil<string> => {
  const s = String(v).trim().toUpperCase();
  if ((GOLONGAN_PPPK as readonly string[]).includes(s)) return berhasil(s);
  return parseGolonganPns(String(v));
};

const bacaPendidikan = (v: NilaiSel) => parsePendidikan(String(v));

const bacaPredikat = (v: NilaiSel): Hasil<string> => {
  const p = parsePredikatSkp(String(v));
  return p ? berhasil(p) : gagal(`predikat "${v}" tidak dikenal (${PREDIKAT_SKP.join(', ')})`);
};

const bacaJenisHukdis = (v: NilaiSel): Hasil<string> => {
  const k = kunciTeks(v);
  if ((KODE_JENIS_HUKDIS as string[]).includes(k)) return berhasil(k);
  const menurutLabel = Object.entries(JENIS_HUKDIS).find(([, j]) => kunciTeks(j.label) === k);
  return menurutLabel ? berhasil(menurutLabel[0]) : gagal(`jenis hukuman "${v}" tidak dikenal (${KODE_JENIS_HUKDIS.join(', ')})`);
};

const nip: KolomImpor = { kunci: 'nip', judul: 'NIP', wajib: true, baca: bacaNip, lebar: 22, petunjuk: '18 digit; boleh ditulis dengan spasi (19660710 199203 1 007). Format sel sebagai Teks.' };
const tmt: KolomImpor = { kunci: 'tmt', judul: 'TMT', wajib: true, baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal, mis. 01-04-2015 atau 1 April 2015' };
const nomorSk: KolomImpor = { kunci: 'nomor_sk', judul: 'Nomor SK', baca: teks(100), lebar: 28, petunjuk: 'Nomor surat keputusan' };
const tanggalSk: KolomImpor = { kunci: 'tanggal_sk', judul: 'Tanggal SK', baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal surat keputusan' };

export const LEMBAR_IMPOR = {
  pegawai: {
    judul: 'Data pegawai',
    kolom: [
      nip,
      { kunci: 'nik', judul: 'NIK', baca: bacaNik, lebar: 20, petunjuk: '16 digit (KTP). Format sel sebagai Teks.' },
      { kunci: 'gelar_depan', judul: 'Gelar depan', baca: teks(40), lebar: 10, petunjuk: 'mis. Dr., dr., Ir., H.' },
      { kunci: 'nama', judul: 'Nama', wajib: true, baca: teks(200), lebar: 30, petunjuk: 'Nama tanpa gelar' },
      { kunci: 'gelar_belakang', judul: 'Gelar belakang', baca: teks(80), lebar: 14, petunjuk: 'mis. S.Pd., M.Si.' },
      { kunci: 'tempat_lahir', judul: 'Tempat lahir', baca: teks(100), lebar: 14, petunjuk: 'Kota/kabupaten kelahiran' },
      { kunci: 'tanggal_lahir', judul: 'Tanggal lahir', wajib: true, baca: bacaTanggal, lebar: 13, petunjuk: 'Harus sama dengan 8 digit pertama NIP' },
      { kunci: 'jenis_kelamin', judul: 'Jenis kelamin', wajib: true, baca: pilihan(['L', 'P'], { laki_laki: 'L', perempuan: 'P', pria: 'L', wanita: 'P', '1': 'L', '2': 'P' }), pilihan: ['L', 'P'], lebar: 8, petunjuk: 'L atau P; harus sesuai digit ke-15 NIP' },
      { kunci: 'agama', judul: 'Agama', baca: pilihan(AGAMA, { kristen_protestan: 'Kristen', protestan: 'Kristen', budha: 'Buddha' }), pilihan: AGAMA, lebar: 11, petunjuk: AGAMA.join(', ') },
      { kunci: 'status_perkawinan', judul: 'Status perkawinan', baca: pilihan(['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'], { menikah: 'kawin', belum_menikah: 'belum_kawin', janda: 'cerai_hidup', duda: 'cerai_hidup' }), pilihan: ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'], lebar: 14, petunjuk: 'belum_kawin, kawin, cerai_hidup, cerai_mati' },
      { kunci: 'status_kepegawaian', judul: 'Status kepegawaian', wajib: true, baca: pilihan(STATUS_KEPEGAWAIAN), pilihan: STATUS_KEPEGAWAIAN, lebar: 10, petunjuk: 'PNS, CPNS atau PPPK; harus sesuai format NIP' },
      { kunci: 'tmt_cpns', judul: 'TMT CPNS', baca: bacaTanggal, lebar: 13, petunjuk: 'Bulan dan tahunnya harus sesuai digit 9-14 NIP' },
      { kunci: 'tmt_pns', judul: 'TMT PNS', baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal pengangkatan sebagai PNS' },
      { kunci: 'alamat', judul: 'Alamat', baca: teks(300), lebar: 30, petunjuk: 'Alamat tempat tinggal' },
      { kunci: 'email', judul: 'Email', baca: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v).trim()) ? berhasil(String(v).trim()) : gagal('alamat email tidak sah')), lebar: 24, petunjuk: 'Alamat email' },
      { kunci: 'telepon', judul: 'Telepon', baca: (v) => (/^\+?[0-9 ()-]{6,20}$/.test(String(v).trim()) ? berhasil(String(v).trim()) : gagal('nomor telepon tidak sah')), lebar: 16, petunjuk: 'Nomor telepon/HP' },
    ],
  },
  riwayat_pangkat: {
    judul: 'Riwayat pangkat/golongan',
    kolom: [
      nip,
      { kunci: 'golongan', judul: 'Golongan', wajib: true, baca: bacaGolongan, pilihan: [...GOLONGAN_PNS.map((g) => g.kode), ...GOLONGAN_PPPK], lebar: 9, petunjuk: 'PNS: I/a s.d. IV/e; PPPK: I s.d. XVII' },
      { kunci: 'jenis_kp', judul: 'Jenis KP', baca: pilihan(JENIS_KP), pilihan: JENIS_KP, lebar: 16, petunjuk: JENIS_KP.join(', ') + ' (kosong = reguler)' },
      tmt, nomorSk, tanggalSk,
      { kunci: 'mk_tahun', judul: 'MK tahun', baca: bulat(0, 50), lebar: 9, petunjuk: 'Masa kerja golongan, tahun' },
      { kunci: 'mk_bulan', judul: 'MK bulan', baca: bulat(0, 11), lebar: 9, petunjuk: 'Masa kerja golongan, bulan (0-11)' },
    ],
  },
  riwayat_jabatan: {
    judul: 'Riwayat jabatan',
    kolom: [
      nip,
      { kunci: 'kode_jabatan', judul: 'Kode jabatan', wajib: true, baca: teks(60), lebar: 16, petunjuk: 'Kode jabatan seperti pada daftar jabatan SIMASN' },
      { kunci: 'kode_unit', judul: 'Kode unit', wajib: true, baca: teks(60), lebar: 16, petunjuk: 'Kode unit organisasi seperti pada struktur SIMASN' },
      tmt, nomorSk, tanggalSk,
    ],
  },
  riwayat_pendidikan: {
    judul: 'Riwayat pendidikan',
    kolom: [
      nip,
      { kunci: 'tingkat', judul: 'Tingkat', wajib: true, baca: bacaPendidikan, pilihan: KODE_PENDIDIKAN, lebar: 9, petunjuk: 'S3, S2, S1, D4, D3, D2, D1, SMA, SMP, SD (S-1, D-III, SLTA... juga diterima)' },
      { kunci: 'nama_sekolah', judul: 'Nama sekolah/PT', baca: teks(200), lebar: 28, petunjuk: 'Nama sekolah atau perguruan tinggi' },
      { kunci: 'jurusan', judul: 'Jurusan', baca: teks(200), lebar: 20, petunjuk: 'Program studi/jurusan' },
      { kunci: 'tahun_lulus', judul: 'Tahun lulus', wajib: true, baca: bulat(1940, 2100), lebar: 10, petunjuk: 'Empat digit, mis. 2010' },
      { kunci: 'nomor_ijazah', judul: 'Nomor ijazah', baca: teks(100), lebar: 20, petunjuk: 'Nomor ijazah' },
      { kunci: 'tanggal_ijazah', judul: 'Tanggal ijazah', baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal ijazah' },
    ],
  },
  riwayat_diklat: {
    judul: 'Riwayat diklat',
    kolom: [
      nip,
      { kunci: 'jenis', judul: 'Jenis', wajib: true, baca: pilihan(JENIS_DIKLAT, { pim: 'kepemimpinan', struktural: 'kepemimpinan', workshop: 'seminar', bimtek: 'teknis' }), pilihan: JENIS_DIKLAT, lebar: 13, petunjuk: JENIS_DIKLAT.join(', ') },
      { kunci: 'nama', judul: 'Nama diklat', wajib: true, baca: teks(300), lebar: 34, petunjuk: 'Nama diklat/kursus/seminar' },
      { kunci: 'tingkat', judul: 'Tingkat', baca: teks(40), lebar: 10, petunjuk: 'Untuk kepemimpinan: PIM II/III/IV, PKN, PKA, PKP' },
      { kunci: 'penyelenggara', judul: 'Penyelenggara', baca: teks(200), lebar: 22, petunjuk: 'Lembaga penyelenggara' },
      { kunci: 'tanggal_mulai', judul: 'Tanggal mulai', wajib: true, baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal mulai' },
      { kunci: 'tanggal_selesai', judul: 'Tanggal selesai', wajib: true, baca: bacaTanggal, lebar: 13, petunjuk: 'Tanggal selesai' },
      { kunci: 'jumlah_jp', judul: 'Jumlah JP', baca: bulat(0, 2000), lebar: 9, petunjuk: 'Jam pelajaran' },
      { kunci: 'nomor_sertifikat', judul: 'Nomor sertifikat', baca: teks(100), lebar: 20, petunjuk: 'Nomor sertifikat/STTPP' },
    ],
  },
  riwayat_skp: {
    judul: 'Riwayat SKP',
    kolom: [
      nip,
      { kunci: 'tahun', judul: 'Tahun', wajib: true, baca: bulat(2000, 2100), lebar: 8, petunjuk: 'Tahun penilaian' },
      { kunci: 'predikat', judul: 'Predikat', wajib: true, baca: bacaPredikat, pilihan: PREDIKAT_SKP, lebar: 16, petunjuk: 'sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang (skala lama: cukup, buruk)' },
      { kunci: 'nilai', judul: 'Nilai', baca: desimal(0, 120), lebar: 8, petunjuk: 'Nilai angka (skala lama), mis. 85,5' },
      { kunci: 'pejabat_penilai', judul: 'Pejabat penilai', baca: teks(200), lebar: 24, petunjuk: 'Nama pejabat penilai kinerja' },
    ],
  },
  riwayat_hukdis: {
    judul: 'Riwayat hukuman disiplin',
    kolom: [
      nip,
      { kunci: 'jenis', judul: 'Jenis hukuman', wajib: true, baca: bacaJenisHukdis, pilihan: KODE_JENIS_HUKDIS, lebar: 22, petunjuk: 'Kode PP 94/2021: ' + KODE_JENIS_HUKDIS.join(', ') },
      tmt, nomorSk, tanggalSk,
      { kunci: 'masa_bulan', judul: 'Masa (bulan)', baca: bulat(0, 60), lebar: 10, petunjuk: 'Lama hukuman; kosong = sesuai jenis' },
      { kunci: 'keterangan', judul: 'Keterangan', baca: teks(500), lebar: 30, petunjuk: 'Keterangan' },
    ],
  },
} as const satisfies Record<string, { judul: string; kolom: readonly KolomImpor[] }>;

export type LembarImpor = keyof typeof LEMBAR_IMPOR;
export const DAFTAR_LEMBAR = Object.keys(LEMBAR_IMPOR) as LembarImpor[];

/** Sheet name as typed by a person -> sheet key (`Riwayat Pangkat` -> riwayat_pangkat). */
export function kenaliLembar(nama: string): LembarImpor | null {
  const k = kunciTeks(nama);
  if ((DAFTAR_LEMBAR as string[]).includes(k)) return k as LembarImpor;
  if (k === 'data_pegawai') return 'pegawai';
  const tanpaRiwayat = DAFTAR_LEMBAR.find((l) => l === `riwayat_${k}`);
  return tanpaRiwayat ?? null;
}

/** Header cell -> column key (`Tanggal Lahir` -> tanggal_lahir). */
export function kenaliKolom(lembar: LembarImpor, judul: string): KolomImpor | undefined {
  const k = kunciTeks(judul);
  return (LEMBAR_IMPOR[lembar].kolom as readonly KolomImpor[]).find((c) => c.kunci === k || kunciTeks(c.judul) === k);
}
