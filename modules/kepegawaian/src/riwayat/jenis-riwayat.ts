import {
  GOLONGAN_PNS, GOLONGAN_PPPK, HUBUNGAN_KELUARGA, JENIS_DIKLAT, JENIS_HUKDIS, JENIS_KP, KODE_JENIS_HUKDIS,
  KODE_PENDIDIKAN, PREDIKAT_SKP,
} from '@simasn/domain';
import { z, zTanggal, zTeksOpsional } from '@simasn/kontrak';

/**
 * The kinds of riwayat (history) kept per employee, each defined once here: its input schema
 * (what a form, an import row or a change proposal must supply), its table and columns, the
 * natural key an import upserts on, and whether it feeds the derived current state.
 */
export const JENIS_RIWAYAT = ['pangkat', 'jabatan', 'pendidikan', 'diklat', 'skp', 'hukdis', 'keluarga'] as const;
export type JenisRiwayat = (typeof JENIS_RIWAYAT)[number];

const KODE_GOLONGAN: [string, ...string[]] = [GOLONGAN_PNS[0].kode, ...GOLONGAN_PNS.slice(1).map((g) => g.kode), ...GOLONGAN_PPPK];
const tahun = z.coerce.number().int().min(1940).max(2100);

export const SKEMA_RIWAYAT = {
  pangkat: z.object({
    golongan: z.enum(KODE_GOLONGAN, { message: 'golongan tidak dikenal (contoh: III/a)' }),
    jenisKp: z.enum(JENIS_KP).default('reguler'),
    tmt: zTanggal,
    nomorSk: zTeksOpsional,
    tanggalSk: zTanggal.nullish().transform((v) => v ?? null),
    mkTahun: z.coerce.number().int().min(0).max(50).default(0),
    mkBulan: z.coerce.number().int().min(0).max(11).default(0),
  }),
  jabatan: z.object({
    jabatanId: z.coerce.number().int().positive(),
    unitId: z.coerce.number().int().positive(),
    tmt: zTanggal,
    nomorSk: zTeksOpsional,
    tanggalSk: zTanggal.nullish().transform((v) => v ?? null),
  }),
  pendidikan: z.object({
    tingkat: z.enum(KODE_PENDIDIKAN as [string, ...string[]]),
    namaSekolah: zTeksOpsional,
    jurusan: zTeksOpsional,
    tahunLulus: tahun,
    nomorIjazah: zTeksOpsional,
    tanggalIjazah: zTanggal.nullish().transform((v) => v ?? null),
  }),
  diklat: z.object({
    jenis: z.enum(JENIS_DIKLAT),
    nama: z.string().trim().min(1, 'nama diklat wajib diisi').max(300),
    tingkat: zTeksOpsional,
    penyelenggara: zTeksOpsional,
    tanggalMulai: zTanggal,
    tanggalSelesai: zTanggal,
    jumlahJp: z.coerce.number().int().min(0).max(2000).nullish().transform((v) => v ?? null),
    nomorSertifikat: zTeksOpsional,
  }).refine((d) => d.tanggalSelesai >= d.tanggalMulai, { message: 'tanggal selesai sebelum tanggal mulai', path: ['tanggalSelesai'] }),
  skp: z.object({
    tahun: tahun,
    predikat: z.enum(PREDIKAT_SKP),
    nilai: z.coerce.number().min(0).max(120).nullish().transform((v) => v ?? null),
    pejabatPenilai: zTeksOpsional,
  }),
  hukdis: z.object({
    jenis: z.enum(KODE_JENIS_HUKDIS as [string, ...string[]]),
    nomorSk: zTeksOpsional,
    tanggalSk: zTanggal.nullish().transform((v) => v ?? null),
    tmt: zTanggal,
    masaBulan: z.coerce.number().int().min(0).max(60).nullish().transform((v) => v ?? null),
    keterangan: zTeksOpsional,
  }),
  keluarga: z.object({
    hubungan: z.enum(HUBUNGAN_KELUARGA),
    nama: z.string().trim().min(1, 'nama wajib diisi').max(200),
    nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 digit').nullish().transform((v) => v ?? null),
    tanggalLahir: zTanggal.nullish().transform((v) => v ?? null),
    jenisKelamin: z.enum(['L', 'P']).nullish().transform((v) => v ?? null),
    pekerjaan: zTeksOpsional,
    tertanggung: z.coerce.boolean().default(false),
  }),
} satisfies Record<JenisRiwayat, z.ZodType>;

export type DataRiwayat<J extends JenisRiwayat> = z.output<(typeof SKEMA_RIWAYAT)[J]>;

export interface DefinisiRiwayat {
  label: string;
  tabel: string;
  /** Input field -> column. */
  kolom: Record<string, string>;
  /** Natural key (columns) an import upserts on; null when rows have none (keluarga). */
  kunciAlami: string[] | null;
  urutan: string;
  /** Changes the derived current state (golongan, jabatan, unit, pendidikan terakhir). */
  memengaruhiTerkini: boolean;
  /** Columns derived from the input, never typed (hukdis tingkat from its jenis). */
  turunan?: (d: Record<string, unknown>) => Record<string, unknown>;
}

export const DEFINISI_RIWAYAT: Record<JenisRiwayat, DefinisiRiwayat> = {
  pangkat: {
    label: 'Riwayat Pangkat/Golongan', tabel: 'riwayat_pangkat', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: true,
    kolom: { golongan: 'golongan', jenisKp: 'jenis_kp', tmt: 'tmt', nomorSk: 'nomor_sk', tanggalSk: 'tanggal_sk', mkTahun: 'mk_tahun', mkBulan: 'mk_bulan' },
    kunciAlami: ['golongan', 'tmt'],
  },
  jabatan: {
    label: 'Riwayat Jabatan', tabel: 'riwayat_jabatan', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: true,
    kolom: { jabatanId: 'jabatan_id', unitId: 'unit_id', tmt: 'tmt', nomorSk: 'nomor_sk', tanggalSk: 'tanggal_sk' },
    kunciAlami: ['jabatan_id', 'tmt'],
  },
  pendidikan: {
    label: 'Riwayat Pendidikan', tabel: 'riwayat_pendidikan', urutan: 'r.tahun_lulus desc, r.id desc', memengaruhiTerkini: true,
    kolom: { tingkat: 'tingkat', namaSekolah: 'nama_sekolah', jurusan: 'jurusan', tahunLulus: 'tahun_lulus', nomorIjazah: 'nomor_ijazah', tanggalIjazah: 'tanggal_ijazah' },
    kunciAlami: ['tingkat', 'tahun_lulus'],
  },
  diklat: {
    label: 'Riwayat Diklat', tabel: 'riwayat_diklat', urutan: 'r.tanggal_mulai desc, r.id desc', memengaruhiTerkini: false,
    kolom: {
      jenis: 'jenis', nama: 'nama', tingkat: 'tingkat', penyelenggara: 'penyelenggara', tanggalMulai: 'tanggal_mulai',
      tanggalSelesai: 'tanggal_selesai', jumlahJp: 'jumlah_jp', nomorSertifikat: 'nomor_sertifikat',
    },
    kunciAlami: ['jenis', 'nama', 'tanggal_mulai'],
  },
  skp: {
    label: 'Riwayat SKP', tabel: 'riwayat_skp', urutan: 'r.tahun desc', memengaruhiTerkini: false,
    kolom: { tahun: 'tahun', predikat: 'predikat', nilai: 'nilai', pejabatPenilai: 'pejabat_penilai' },
    kunciAlami: ['tahun'],
  },
  hukdis: {
    label: 'Riwayat Hukuman Disiplin', tabel: 'riwayat_hukdis', urutan: 'r.tmt desc, r.id desc', memengaruhiTerkini: false,
    kolom: { jenis: 'jenis', nomorSk: 'nomor_sk', tanggalSk: 'tanggal_sk', tmt: 'tmt', masaBulan: 'masa_bulan', keterangan: 'keterangan' },
    kunciAlami: ['jenis', 'tmt'],
    turunan: (d) => {
      const j = JENIS_HUKDIS[d.jenis as keyof typeof JENIS_HUKDIS];
      return { tingkat: j.tingkat, masa_bulan: d.masaBulan ?? j.bulan[0] };
    },
  },
  keluarga: {
    label: 'Data Keluarga', tabel: 'keluarga', urutan: 'r.hubungan, r.tanggal_lahir nulls last, r.id', memengaruhiTerkini: false,
    kolom: {
      hubungan: 'hubungan', nama: 'nama', nik: 'nik', tanggalLahir: 'tanggal_lahir', jenisKelamin: 'jenis_kelamin',
      pekerjaan: 'pekerjaan', tertanggung: 'tertanggung',
    },
    kunciAlami: null,
  },
};

/** Input data -> column values, derived columns included. */
export function keKolom(jenis: JenisRiwayat, data: Record<string, unknown>): Record<string, unknown> {
  const def = DEFINISI_RIWAYAT[jenis];
  const hasil: Record<string, unknown> = {};
  for (const [field, kolom] of Object.entries(def.kolom)) hasil[kolom] = data[field] ?? null;
  return { ...hasil, ...(def.turunan?.(data) ?? {}) };
}

/** A row from the table -> the input-shaped object (for diffs and forms). */
export function dariKolom(jenis: JenisRiwayat, baris: Record<string, unknown>): Record<string, unknown> {
  const def = DEFINISI_RIWAYAT[jenis];
  const hasil: Record<string, unknown> = {};
  for (const [field, kolom] of Object.entries(def.kolom)) hasil[field] = baris[kolom] ?? null;
  return hasil;
}

export function jenisRiwayatSah(s: string): s is JenisRiwayat {
  return (JENIS_RIWAYAT as readonly string[]).includes(s);
}
