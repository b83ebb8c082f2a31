import { DIMENSI_IP_ASN } from '@simasn/domain';
import { z, zTanggal } from '@simasn/kontrak';

/** What every IP ASN request may name: the year or an exact reference date, and a rule set. */
export const skemaAcuanIpAsn = z.object({ tahun: z.coerce.number().int().min(2015).max(2100).optional(), tanggal: zTanggal.optional(), aturan: z.string().trim().max(60).optional(),
  unitId: z.coerce.number().int().positive().optional() });
export type AcuanIpAsn = z.output<typeof skemaAcuanIpAsn>;

/** The codes of what an employee may lack (the filter of the per-employee list). */
export const KODE_KEKURANGAN = [
  'pendidikan_kosong',
  'diklat_kepemimpinan',
  'diklat_fungsional',
  'diklat_teknis',
  'seminar',
  'skp_kosong',
  'predikat_kinerja',
  'hukuman_disiplin',
] as const;

/** GET /api/indeks/ip-asn/pegawai */
export const skemaDaftarKekurangan = skemaAcuanIpAsn.extend({ kekurangan: z.enum(KODE_KEKURANGAN).optional(), q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) });

/** POST /api/indeks/ip-asn/rencana-pelatihan */
export const skemaRencanaPelatihan = skemaAcuanIpAsn.extend({
  anggaran: z.coerce.number().positive().max(1e13),
  /** Cost per participant per kind of training; a kind left out is not planned. */
  biaya: z.object({ teknis: z.coerce.number().positive().optional(), seminar: z.coerce.number().positive().optional(), kepemimpinan: z.coerce.number().positive().optional(),
    fungsional: z.coerce.number().positive().optional() }).refine((b) => Object.values(b).some((x) => x !== undefined), {
      message: 'isi biaya per peserta untuk sedikitnya satu jenis pelatihan',
    }),
  batasDaftar: z.coerce.number().int().min(1).max(5000).default(500),
});

// ---- Responses ------------------------------------------------------------------------------

/** The four dimension scores and their total. */
export const zNilaiIpAsn = z.object({ kualifikasi: z.number(), kompetensi: z.number(), kinerja: z.number(), disiplin: z.number(), total: z.number() });

/** GET /api/indeks/ip-asn/aturan: the rule versions known. */
export const skemaResponsAturanIpAsn = z.array(z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), berlakuMulai: z.string(), varian: z.boolean() }));

/** GET /api/indeks/ip-asn: the index of the reach on a reference date. */
export const skemaResponsIpAsn = z.object({
  aturan: z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string() }),
  tanggalAcuan: z.string(),
  jumlahPegawai: z.number(),
  rataRata: zNilaiIpAsn,
  kategori: z.string().nullable(),
  maksimum: z.record(z.enum(DIMENSI_IP_ASN), z.number()),
  celahData: z.object({ tanpaJabatan: z.number(), tanpaPendidikan: z.number(), tanpaSkp: z.number() }),
  /** Where the points are lost, largest potential first. */
  kekurangan: z.array(z.object({ dimensi: z.string(), kode: z.string(), jenis: z.string(), uraian: z.string(), pegawai: z.number(), potensiKenaikan: z.number() })),
  perUnit: z.array(z.object({ unitId: z.number(), nama: z.string(), jumlahPegawai: z.number(), rataRata: zNilaiIpAsn, kategori: z.string() })),
});
export type ResponsIpAsn = z.output<typeof skemaResponsIpAsn>;

/** GET /api/indeks/ip-asn/pegawai: per employee, the scores and what is lacking. */
export const skemaResponsDaftarKekurangan = z.object({ aturan: z.string(), tanggalAcuan: z.string(), total: z.number(), page: z.number(), limit: z.number(),
  items: z.array(
    z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable(), jabatan: z.string().nullable(), jenisJabatan: z.string(), nilai: zNilaiIpAsn, kategori: z.string(),
      kekurangan: z.array(z.object({ dimensi: z.string(), kode: z.string(), uraian: z.string(), tambahan: z.number() })) }),
  ) });

const zNilaiKelompok = zNilaiIpAsn.extend({ tepat: z.number(), kategori: z.string() });

/** POST /api/indeks/ip-asn/rencana-pelatihan: the plan, the index before and after. */
export const skemaResponsRencanaPelatihan = z.object({ aturan: z.string(), tanggalAcuan: z.string(), jumlahPegawai: z.number(), anggaran: z.number(), biayaTerpakai: z.number(),
  sisaAnggaran: z.number(), jumlahKursi: z.number(), perJenis: z.record(z.string(), z.number()), kandidatTersedia: z.number(), sebelum: zNilaiKelompok, sesudah: zNilaiKelompok,
  kenaikan: z.number(),
  peserta: z.array(
    z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable(), jenisJabatan: z.string(), pelatihan: z.string(), labelPelatihan: z.string(),
      tambahanPoin: z.number(), biaya: z.number() }),
  ) });
