import {
  AGAMA, formatAngka, GOLONGAN_PNS, GOLONGAN_PPPK, JENIS_HUKDIS, LABEL_JENIS_DIKLAT, LABEL_PREDIKAT_SKP, LABEL_STATUS_PERKAWINAN,
  labelGolongan, labelPendidikan, KODE_PENDIDIKAN, parseAngka,
} from '@simasn/domain';
import { LABEL_HUBUNGAN, LABEL_JENIS_KP } from './format.ts';

/**
 * The riwayat kinds as the screens show and edit them. Field names and rules follow the
 * server's SKEMA_RIWAYAT (modules/kepegawaian/src/riwayat/jenis-riwayat.ts).
 */
export const JENIS_RIWAYAT = ['pangkat', 'jabatan', 'pendidikan', 'diklat', 'skp', 'hukdis', 'keluarga'] as const;
export type JenisRiwayat = (typeof JENIS_RIWAYAT)[number];

export const JUDUL_RIWAYAT: Record<JenisRiwayat, string> = {
  pangkat: 'Pangkat', jabatan: 'Jabatan', pendidikan: 'Pendidikan', diklat: 'Diklat', skp: 'SKP',
  hukdis: 'Hukuman Disiplin', keluarga: 'Keluarga',
};

/** Kinds an ASN may propose (hukuman disiplin is never self-reported). */
export const RIWAYAT_USULAN: JenisRiwayat[] = ['pendidikan', 'diklat', 'skp', 'keluarga', 'pangkat', 'jabatan'];

export interface Pilihan {
  nilai: string;
  label: string;
}

export interface Medan {
  nama: string;
  label: string;
  tipe: 'teks' | 'tanggal' | 'angka' | 'desimal' | 'pilihan' | 'centang' | 'jabatan' | 'unit' | 'teks-panjang' | 'email';
  wajib?: boolean;
  pilihan?: Pilihan[];
  petunjuk?: string;
  min?: number;
  maks?: number;
  pola?: string;
}

const daftar = (r: Record<string, string>): Pilihan[] => Object.entries(r).map(([nilai, label]) => ({ nilai, label }));

export const PILIHAN_GOLONGAN: Pilihan[] = [
  ...GOLONGAN_PNS.map((g) => ({ nilai: g.kode as string, label: labelGolongan(g.kode) })),
  ...GOLONGAN_PPPK.map((g) => ({ nilai: g as string, label: `Golongan ${g} (PPPK)` })),
];
export const PILIHAN_PENDIDIKAN: Pilihan[] = KODE_PENDIDIKAN.map((k) => ({ nilai: k, label: labelPendidikan(k) }));
export const PILIHAN_AGAMA: Pilihan[] = AGAMA.map((a) => ({ nilai: a, label: a }));
export const PILIHAN_STATUS_PERKAWINAN: Pilihan[] = daftar(LABEL_STATUS_PERKAWINAN);
export const PILIHAN_JENIS_KELAMIN: Pilihan[] = [{ nilai: 'L', label: 'Laki-laki' }, { nilai: 'P', label: 'Perempuan' }];

export const MEDAN_RIWAYAT: Record<JenisRiwayat, Medan[]> = {
  pangkat: [
    { nama: 'golongan', label: 'Golongan', tipe: 'pilihan', wajib: true, pilihan: PILIHAN_GOLONGAN },
    { nama: 'jenisKp', label: 'Jenis kenaikan pangkat', tipe: 'pilihan', pilihan: daftar(LABEL_JENIS_KP) },
    { nama: 'tmt', label: 'TMT', tipe: 'tanggal', wajib: true },
    { nama: 'nomorSk', label: 'Nomor SK', tipe: 'teks' },
    { nama: 'tanggalSk', label: 'Tanggal SK', tipe: 'tanggal' },
    { nama: 'mkTahun', label: 'Masa kerja golongan (tahun)', tipe: 'angka', min: 0, maks: 50 },
    { nama: 'mkBulan', label: 'Masa kerja golongan (bulan)', tipe: 'angka', min: 0, maks: 11 },
  ],
  jabatan: [
    { nama: 'unitId', label: 'Unit kerja', tipe: 'unit', wajib: true },
    { nama: 'jabatanId', label: 'Jabatan', tipe: 'jabatan', wajib: true },
    { nama: 'tmt', label: 'TMT', tipe: 'tanggal', wajib: true },
    { nama: 'nomorSk', label: 'Nomor SK', tipe: 'teks' },
    { nama: 'tanggalSk', label: 'Tanggal SK', tipe: 'tanggal' },
  ],
  pendidikan: [
    { nama: 'tingkat', label: 'Tingkat pendidikan', tipe: 'pilihan', wajib: true, pilihan: PILIHAN_PENDIDIKAN },
    { nama: 'namaSekolah', label: 'Nama sekolah/perguruan tinggi', tipe: 'teks' },
    { nama: 'jurusan', label: 'Jurusan/program studi', tipe: 'teks' },
    { nama: 'tahunLulus', label: 'Tahun lulus', tipe: 'angka', wajib: true, min: 1940, maks: 2100 },
    { nama: 'nomorIjazah', label: 'Nomor ijazah', tipe: 'teks' },
    { nama: 'tanggalIjazah', label: 'Tanggal ijazah', tipe: 'tanggal' },
  ],
  diklat: [
    { nama: 'jenis', label: 'Jenis diklat', tipe: 'pilihan', wajib: true, pilihan: daftar(LABEL_JENIS_DIKLAT) },
    { nama: 'nama', label: 'Nama diklat', tipe: 'teks', wajib: true },
    { nama: 'tingkat', label: 'Tingkat', tipe: 'teks', petunjuk: 'Untuk diklat kepemimpinan: PIM II/III/IV, PKN, PKA, PKP' },
    { nama: 'penyelenggara', label: 'Penyelenggara', tipe: 'teks' },
    { nama: 'tanggalMulai', label: 'Tanggal mulai', tipe: 'tanggal', wajib: true },
    { nama: 'tanggalSelesai', label: 'Tanggal selesai', tipe: 'tanggal', wajib: true },
    { nama: 'jumlahJp', label: 'Jumlah JP', tipe: 'angka', min: 0, maks: 2000 },
    { nama: 'nomorSertifikat', label: 'Nomor sertifikat', tipe: 'teks' },
  ],
  skp: [
    { nama: 'tahun', label: 'Tahun penilaian', tipe: 'angka', wajib: true, min: 1940, maks: 2100 },
    { nama: 'predikat', label: 'Predikat', tipe: 'pilihan', wajib: true, pilihan: daftar(LABEL_PREDIKAT_SKP) },
    { nama: 'nilai', label: 'Nilai', tipe: 'desimal', min: 0, maks: 120, petunjuk: 'Skala lama (PP 46/2011), mis. 85,5' },
    { nama: 'pejabatPenilai', label: 'Pejabat penilai', tipe: 'teks' },
  ],
  hukdis: [
    {
      nama: 'jenis', label: 'Jenis hukuman', tipe: 'pilihan', wajib: true,
      pilihan: Object.entries(JENIS_HUKDIS).map(([nilai, j]) => ({ nilai, label: j.label })),
    },
    { nama: 'tmt', label: 'TMT', tipe: 'tanggal', wajib: true },
    { nama: 'nomorSk', label: 'Nomor SK', tipe: 'teks' },
    { nama: 'tanggalSk', label: 'Tanggal SK', tipe: 'tanggal' },
    { nama: 'masaBulan', label: 'Masa hukuman (bulan)', tipe: 'angka', min: 0, maks: 60, petunjuk: 'Kosongkan untuk masa sesuai jenis hukuman' },
    { nama: 'keterangan', label: 'Keterangan', tipe: 'teks-panjang' },
  ],
  keluarga: [
    { nama: 'hubungan', label: 'Hubungan', tipe: 'pilihan', wajib: true, pilihan: daftar(LABEL_HUBUNGAN) },
    { nama: 'nama', label: 'Nama', tipe: 'teks', wajib: true },
    { nama: 'nik', label: 'NIK', tipe: 'teks', pola: '\\d{16}', petunjuk: '16 digit angka' },
    { nama: 'tanggalLahir', label: 'Tanggal lahir', tipe: 'tanggal' },
    { nama: 'jenisKelamin', label: 'Jenis kelamin', tipe: 'pilihan', pilihan: PILIHAN_JENIS_KELAMIN },
    { nama: 'pekerjaan', label: 'Pekerjaan', tipe: 'teks' },
    { nama: 'tertanggung', label: 'Tertanggung dalam tunjangan keluarga', tipe: 'centang' },
  ],
};

/** Identity fields an ASN may propose to change (birth date and sex are fixed by the NIP). */
export const MEDAN_IDENTITAS_USULAN: Medan[] = [
  { nama: 'nik', label: 'NIK', tipe: 'teks', pola: '\\d{16}', petunjuk: '16 digit angka' },
  { nama: 'gelarDepan', label: 'Gelar depan', tipe: 'teks' },
  { nama: 'nama', label: 'Nama (tanpa gelar)', tipe: 'teks', wajib: true },
  { nama: 'gelarBelakang', label: 'Gelar belakang', tipe: 'teks' },
  { nama: 'tempatLahir', label: 'Tempat lahir', tipe: 'teks' },
  { nama: 'agama', label: 'Agama', tipe: 'pilihan', pilihan: PILIHAN_AGAMA },
  { nama: 'statusPerkawinan', label: 'Status perkawinan', tipe: 'pilihan', pilihan: PILIHAN_STATUS_PERKAWINAN },
  { nama: 'alamat', label: 'Alamat', tipe: 'teks-panjang' },
  { nama: 'email', label: 'Email', tipe: 'email' },
  { nama: 'telepon', label: 'Telepon', tipe: 'teks' },
];

/** Identity fields an admin may correct. */
export const MEDAN_IDENTITAS_ADMIN: Medan[] = [
  ...MEDAN_IDENTITAS_USULAN.slice(0, 5),
  { nama: 'tanggalLahir', label: 'Tanggal lahir', tipe: 'tanggal', wajib: true, petunjuk: 'Harus sesuai NIP' },
  { nama: 'jenisKelamin', label: 'Jenis kelamin', tipe: 'pilihan', wajib: true, pilihan: PILIHAN_JENIS_KELAMIN },
  ...MEDAN_IDENTITAS_USULAN.slice(5),
  { nama: 'statusKepegawaian', label: 'Status kepegawaian', tipe: 'pilihan', wajib: true, pilihan: ['PNS', 'CPNS', 'PPPK'].map((s) => ({ nilai: s, label: s })) },
  { nama: 'tmtCpns', label: 'TMT CPNS', tipe: 'tanggal' },
  { nama: 'tmtPns', label: 'TMT PNS', tipe: 'tanggal' },
  {
    nama: 'kedudukan', label: 'Kedudukan', tipe: 'pilihan', wajib: true,
    pilihan: [
      { nilai: 'aktif', label: 'Aktif' }, { nilai: 'cltn', label: 'Cuti di luar tanggungan negara' },
      { nilai: 'tugas_belajar', label: 'Tugas belajar' }, { nilai: 'pensiun', label: 'Pensiun' },
      { nilai: 'berhenti', label: 'Berhenti' }, { nilai: 'meninggal', label: 'Meninggal dunia' }, { nilai: 'pindah', label: 'Pindah instansi' },
    ],
  },
];

/**
 * Form state is text; this turns it into the values the API expects. An empty field is left out
 * (the server's schema then applies its default or stores nothing), or sent as null with
 * `kosong: 'null'` (identity corrections, where leaving a field out means "unchanged").
 */
export function keNilaiApi(medan: Medan[], isian: Record<string, string | boolean>, opsi: { kosong?: 'null' | 'hilang' } = {}): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  for (const m of medan) {
    const v = isian[m.nama];
    if (m.tipe === 'centang') {
      hasil[m.nama] = !!v;
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : '';
    if (s === '') {
      if (opsi.kosong === 'null') hasil[m.nama] = null;
      continue;
    }
    if (m.tipe === 'angka' || m.tipe === 'jabatan' || m.tipe === 'unit') hasil[m.nama] = Number(s);
    else if (m.tipe === 'desimal') {
      const h = parseAngka(s);
      hasil[m.nama] = h.ok ? h.nilai : s;
    }
    else hasil[m.nama] = s;
  }
  return hasil;
}

/** API values -> form state. */
export function keIsian(medan: Medan[], data: Record<string, unknown> | null | undefined): Record<string, string | boolean> {
  const hasil: Record<string, string | boolean> = {};
  for (const m of medan) {
    const v = data?.[m.nama];
    if (m.tipe === 'centang') hasil[m.nama] = !!v;
    else if (v === null || v === undefined) hasil[m.nama] = '';
    else if (m.tipe === 'desimal' && typeof v === 'number') hasil[m.nama] = formatAngka(v, 2);
    else hasil[m.nama] = String(v);
  }
  return hasil;
}
