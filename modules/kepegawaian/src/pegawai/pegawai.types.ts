import { JENIS_JABATAN, KODE_PENDIDIKAN, STATUS_KEPEGAWAIAN } from '@simasn/domain';
import { z, zHari, zNip, zRujukan, zWaktu } from '@simasn/kontrak';
import { SKEMA_RIWAYAT } from '../riwayat/jenis-riwayat.ts';
import { KEDUDUKAN, skemaIdentitas } from './identitas.types.ts';

/** `:nip` in a path. */
export const paramNip = z.object({ nip: z.string().min(1).max(30).describe('NIP 18 digit (spasi boleh)') });

/** GET /api/pegawai */
export const skemaCariPegawai = z.object({ q: z.string().trim().max(100).optional(), unitId: z.coerce.number().int().positive().optional(),
  golongan: z.string().trim().max(8).optional(), jenisJabatan: z.enum(JENIS_JABATAN).optional(), status: z.enum(STATUS_KEPEGAWAIAN).optional(),
  pendidikan: z.enum(KODE_PENDIDIKAN as [string, ...string[]]).optional(), jenisKelamin: z.enum(['L', 'P']).optional(), kedudukan: z.enum([...KEDUDUKAN, 'semua']).default('aktif'),
  page: z.coerce.number().int().min(1).max(100_000).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) });
export type FilterPegawai = z.input<typeof skemaCariPegawai>;

/** GET /api/pegawai/ekspor.xlsx: the list's filters without paging. */
export const skemaEksporPegawai = skemaCariPegawai.omit({ page: true, limit: true });

export const zPegawaiRingkas = z.object({ nip: z.string(), nama: z.string(), namaLengkap: z.string(), golongan: z.string().nullable(), jabatan: z.string().nullable(),
  jenisJabatan: z.string().nullable(), statusKepegawaian: z.string(), kedudukan: z.string(), pendidikanTerakhir: z.string().nullable(), unit: zRujukan.nullable(),
  perangkatDaerah: zRujukan.nullable() });
export type PegawaiRingkas = z.output<typeof zPegawaiRingkas>;

/**
 * How a text query was read: digits are a NIP prefix; words are prefixes of words of the name;
 * `bagian` is the fallback when that finds nothing (each word anywhere inside the name).
 */
export const zModusCari = z.enum(['nip', 'awal_kata', 'bagian']).nullable();
export type ModusCari = z.output<typeof zModusCari>;

export const skemaHasilCari = z.object({ total: z.number(), page: z.number(), limit: z.number(), items: z.array(zPegawaiRingkas), modus: zModusCari });
export type HasilCari = z.output<typeof skemaHasilCari>;

/** POST /api/pegawai */
export const skemaTambahPegawai = skemaIdentitas.extend({
  nip: zNip,
  /** Where the new employee works: without it nobody but the BKD could find them. */
  penempatan: SKEMA_RIWAYAT.jabatan,
  pangkat: SKEMA_RIWAYAT.pangkat.optional(),
});
export const skemaPegawaiBaru = z.object({ nip: z.string() });

/** PATCH /api/pegawai/:nip */
export const skemaUbahPegawai = skemaIdentitas.partial().extend({ versi: z.coerce.number().int().min(1, 'versi data wajib disertakan') });
export const skemaHasilUbahPegawai = z.object({ versi: z.number(), berubah: z.array(z.string()) });

/** GET /api/pegawai/:nip and GET /api/saya: the profile (personal fields masked or null without the personal-data reach). */
export const skemaProfilPegawai = z.object({ nip: z.string(), nipTampil: z.string(), nama: z.string(), gelarDepan: z.string().nullable(), gelarBelakang: z.string().nullable(),
  namaLengkap: z.string(), tempatLahir: z.string().nullable(), tanggalLahir: zHari, usia: z.number(), jenisKelamin: z.enum(['L', 'P']), agama: z.string().nullable(),
  statusPerkawinan: z.string().nullable(), statusKepegawaian: z.string(), kedudukan: z.string(), tmtCpns: zHari.nullable(), tmtPns: zHari.nullable(),
  masaKerja: z.object({ tahun: z.number(), bulan: z.number() }).nullable(),
  golongan: z.object({ kode: z.string(), pangkat: z.string().nullable(), tmt: zHari.nullable(), mkTahun: z.number().nullable(), mkBulan: z.number().nullable() }).nullable(),
  jabatan: z.object({ id: z.number(), nama: z.string(), jenis: z.string(), tingkatStruktural: z.string().nullable(), eselon: z.string().nullable(), jenjang: z.string().nullable(),
    kelasJabatan: z.number().nullable(), tmt: zHari.nullable() }).nullable(),
  unit: z.object({ id: z.number(), nama: z.string(), jalur: z.array(z.object({ id: z.number(), nama: z.string(), kode: z.string() })) }).nullable(),
  pendidikanTerakhir: z.string().nullable(), pensiun: z.object({ bup: z.number(), tanggalBup: zHari, tmtPensiun: zHari }).nullable(), dataPribadiTerlihat: z.boolean(),
  nik: z.string().nullable(), alamat: z.string().nullable(), email: z.string().nullable(), telepon: z.string().nullable(), versi: z.number(), diubahPada: zWaktu });
export type ProfilPegawai = z.output<typeof skemaProfilPegawai>;
