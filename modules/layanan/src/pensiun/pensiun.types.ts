import { BULAN_DAFTAR_PENSIUN } from '@simasn/domain';
import { z } from '@simasn/kontrak';

/** Request and response schemas of SIMANTUN TANDUK and the population-registry check (pure: shared with the web). */

/** GET /api/pensiun */
export const skemaDaftarPensiun = z.object({ unitId: z.coerce.number().int().positive().optional(), bulan: z.coerce.number().int().min(1).max(60).default(BULAN_DAFTAR_PENSIUN) });

/** One employee reaching BUP: BUP, tanggal BUP, TMT pensiun (PP 11/2017) and the open request. */
export const skemaBarisPensiun = z.object({
  pegawaiId: z.number(),
  nip: z.string(),
  nama: z.string(),
  tanggalLahir: z.string(),
  golongan: z.string().nullable(),
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
  perangkatDaerah: z.string().nullable(),
  bup: z.number(),
  tanggalBup: z.string(),
  tmtPensiun: z.string(),
  /** The BUP rule version, or `bup-khusus`. */
  aturan: z.string(),
  lewatBup: z.boolean(),
  usulan: z.object({ id: z.number(), status: z.string(), langkah: z.string() }).nullable(),
});

export const skemaResponsDaftarPensiun = z.object({ hariIni: z.string(), bulan: z.number(), pegawai: z.array(skemaBarisPensiun) });

/** A person on the family card as the registry holds them. */
export const skemaPenduduk = z.object({ nik: z.string(), noKk: z.string(), nama: z.string(), tanggalLahir: z.string().nullable(), jenisKelamin: z.enum(['L', 'P']).nullable(),
  hubungan: z.string(), meninggal: z.boolean().optional() });

/** A family member as recorded in SIMASN. */
export const skemaAnggotaKeluargaSimasn = z.object({ id: z.number(), hubungan: z.string(), nama: z.string(), nik: z.string().nullable(), tanggalLahir: z.string().nullable(),
  jenisKelamin: z.enum(['L', 'P']).nullable() });

export const skemaSelisihKeluarga = z.object({ jenis: z.string(), keluargaId: z.number().nullable(), nik: z.string().nullable(), nama: z.string(), uraian: z.string() });

/**
 * GET /api/pegawai/:nip/kependudukan and POST /api/pensiun/usulan/:id/periksa-keluarga: the
 * family card of the employee's NIK compared with the keluarga records.
 */
export const skemaHasilPeriksaKeluarga = z.object({
  /** Whose family (the personal-data rule decides by it who sees the NIKs in clear). */
  nip: z.string(),
  sumber: z.enum(['lokal', 'dukcapil']),
  diperiksaPada: z.string(),
  nikPegawai: z.string().nullable(),
  /** The employee's NIK is known to the registry. */
  nikDitemukan: z.boolean(),
  kartuKeluarga: z.array(skemaPenduduk),
  keluargaSimasn: z.array(skemaAnggotaKeluargaSimasn),
  selisih: z.array(skemaSelisihKeluarga),
});

/** What the pension request keeps of the last check (`data.pemeriksaanKeluarga`). */
export type PemeriksaanKeluarga = Omit<z.infer<typeof skemaHasilPeriksaKeluarga>, 'nip' | 'kartuKeluarga' | 'keluargaSimasn'> & { jumlahAnggotaKk: number };

/** GET /api/pegawai/:nip/kependudukan (the same NIP parameter as the other /api/pegawai/:nip routes). */
export const skemaParamNipKependudukan = z.object({ nip: z.string().min(1).max(30).describe('NIP 18 digit (spasi boleh)') });
