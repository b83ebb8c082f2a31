import { z, zHalaman, zTanggal, zWaktu } from '@simasn/kontrak';
import { skemaUsulanRinci } from '@simasn/platform/alur/kontrak';
import { JENIS_ABSEN, LINGKUP_DISPENSASI, STATUS_HARI } from './aturan/jenis-absen.ts';

/**
 * Request and response schemas of the leave endpoints (/api/cuti...). Pure: the actions parse
 * their input with them and the web checks its forms with the same ones.
 */

const zKoordinat = (min: number, max: number, nama: string) =>
  z.coerce.number({ message: `${nama} harus angka` }).min(min, `${nama} di luar rentang`).max(max, `${nama} di luar rentang`);

/** POST /api/cuti: the ASN's request. */
export const skemaAjukanCuti = z.object({
  jenis: z.enum(JENIS_ABSEN, { message: 'pilih jenis cuti atau izin' }),
  dari: zTanggal,
  sampai: zTanggal,
  alasan: z.string().trim().min(3, 'tuliskan alasannya (paling sedikit 3 huruf)').max(1000),
  alamatSelama: z.string().trim().max(500).nullish().transform((s) => s || null),
  /** Dinas luar / kerja fleksibel: the destination and its check-in point. */
  tujuan: z.string().trim().max(300).nullish().transform((s) => s || null),
  lat: zKoordinat(-90, 90, 'lintang').nullish(),
  lon: zKoordinat(-180, 180, 'bujur').nullish(),
  radiusMeter: z.coerce.number().int('radius harus bilangan bulat').min(10, 'radius paling kecil 10 meter').max(5000, 'radius paling besar 5.000 meter').nullish(),
  /** Dispensasi: from what the employee is excused. */
  lingkupDispensasi: z.enum(LINGKUP_DISPENSASI, { message: 'pilih lingkup dispensasi' }).nullish(),
}).refine((x) => x.sampai >= x.dari, { path: ['sampai'], message: 'tanggal selesai tidak boleh sebelum tanggal mulai' });

/** POST /api/cuti/:id/proses: teruskan (send on), setujui, tolak/kembalikan (reason), batalkan (withdraw). */
export const skemaProsesCuti = z.object({ aksi: z.enum(['teruskan', 'setujui', 'tolak', 'kembalikan', 'batalkan'], { message: 'aksi tidak dikenal' }),
  versi: z.coerce.number().int().min(1, 'versi usulan wajib disertakan'), alasan: z.string().trim().max(1000).nullish() });

/** POST /api/cuti/:id/pembatalan: the ASN asks to cancel an approved request from `mulai` (the first day back at work). */
export const skemaAjukanPembatalanCuti = z.object({ mulai: zTanggal,
  alasan: z.string().trim().min(3, 'tuliskan alasan pembatalan (paling sedikit 3 huruf)').max(1000, 'alasan paling panjang 1.000 huruf') });

/** POST /api/cuti/:id/pembatalan/proses: the atasan approves or rejects (reason); the ASN withdraws. */
export const skemaProsesPembatalanCuti = z.object({ aksi: z.enum(['setujui', 'tolak', 'batalkan'], { message: 'aksi tidak dikenal' }),
  versi: z.coerce.number().int().min(1, 'versi permohonan wajib disertakan'), alasan: z.string().trim().max(1000).nullish() });

export const skemaIdCuti = z.object({ id: z.coerce.number().int().positive() });
export const skemaDokumenCuti = z.object({ id: z.coerce.number().int().positive(), kode: z.string().trim().regex(/^[a-z0-9_]{1,40}$/, 'kode dokumen tidak sah') });

/** GET /api/cuti/saya */
export const skemaCutiSaya = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() });

/** GET /api/cuti/persetujuan: requests waiting for the caller (atasan or BKD). */
export const skemaPersetujuanCuti = z.object({ q: z.string().trim().max(100).optional(), page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50) });

/** GET /api/cuti/pratinjau: working days and balance before sending (the form's preview). */
export const skemaPratinjauCuti = z.object({ jenis: z.enum(JENIS_ABSEN, { message: 'pilih jenis cuti atau izin' }), dari: zTanggal, sampai: zTanggal });

// ---- Responses ----------------------------------------------------------------------------

export const skemaSaldoTahun = z.object({ tahun: z.number(), hak: z.number(), bawaan: z.number(), batasBawaan: z.number(), total: z.number(), terpakai: z.number(),
  diproses: z.number(), sisa: z.number(), penjelasan: z.string() });

/** One leave request as lists show it. */
export const skemaCuti = z.object({
  id: z.number(),
  pegawaiId: z.number(),
  nip: z.string(),
  nama: z.string(),
  unit: z.string().nullable(),
  jenis: z.enum(JENIS_ABSEN),
  labelJenis: z.string(),
  dari: z.string(),
  sampai: z.string(),
  hariKerja: z.number(),
  alasan: z.string(),
  alamatSelama: z.string().nullable(),
  tujuan: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  radiusMeter: z.number().nullable(),
  lingkupDispensasi: z.enum(LINGKUP_DISPENSASI).nullable(),
  langkah: z.string(),
  labelLangkah: z.string(),
  status: z.string(),
  labelStatus: z.string(),
  versi: z.number(),
  diajukanPada: zWaktu,
  /** Documents the checklist still needs before it can be sent. */
  dokumenKurang: z.array(z.object({ kode: z.string(), label: z.string() })),
  /** Documents attached (open them through /api/cuti/:id/dokumen/:kode). */
  dokumenAda: z.array(z.object({ kode: z.string(), label: z.string() })),
  /** The latest reason given (returned, rejected). */
  alasanTerakhir: z.string().nullable(),
  /** What the caller may do now. */
  aksi: z.array(z.enum(['teruskan', 'setujui', 'tolak', 'kembalikan', 'batalkan'])),
  /** The approved last day before a cancellation shortened it (null: never cancelled). */
  sampaiSemula: z.string().nullable(),
  /** The owner may ask to cancel it (approved, not over, no cancellation yet). */
  bolehMintaBatal: z.boolean(),
  /** The latest cancellation request of this leave, with what the caller may do with it. */
  pembatalan: z.object({ id: z.number(), mulai: z.string(), alasan: z.string(), hariKembali: z.number(), status: z.string(), labelStatus: z.string(), langkah: z.string(),
    versi: z.number(), alasanTerakhir: z.string().nullable(), aksi: z.array(z.enum(['setujui', 'tolak', 'batalkan'])) }).nullable(),
});

export const skemaResponsCutiSaya = z.object({ pegawai: z.object({ nip: z.string(), nama: z.string() }), tahun: z.number(), saldo: z.array(skemaSaldoTahun),
  saldoTahunIni: skemaSaldoTahun.nullable(), usulan: z.array(skemaCuti) });

export const skemaResponsPersetujuanCuti = zHalaman(skemaCuti);

export const skemaResponsPratinjauCuti = z.object({ hariKerja: z.number(), hariKalender: z.number(), kalender: z.string(),
  hariLibur: z.array(z.object({ tanggal: z.string(), alasan: z.string() })), saldo: skemaSaldoTahun.nullable(), masalah: z.array(z.string()) });

export const skemaResponsCuti = skemaCuti;
export const skemaResponsCutiRinci = skemaUsulanRinci;

/** The status an approved request sets on a day (statusHariUsulan). */
export const skemaStatusHari = z.object({ pegawaiId: z.number(), tanggal: zTanggal, status: z.enum(STATUS_HARI).nullable(), jenis: z.enum(JENIS_ABSEN), usulanId: z.number(),
  hariKerja: z.boolean(), bebasPresensi: z.boolean(), bebasAktivitas: z.boolean(), keterangan: z.string() });
