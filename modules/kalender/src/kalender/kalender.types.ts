import { STATUS_HARI } from '@simasn/domain';
import { z, zTanggal, zTeksOpsional } from '@simasn/kontrak';

/** Request and response schemas of the kalender endpoints (pure: the web checks its forms with them). */

export const zId = z.coerce.number().int().positive('id tidak sah');
const zBulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan harus berbentuk YYYY-MM');
const zKode = z.string().trim().min(1, 'wajib dipilih').max(100);

const zJamKerja = z.object({ masuk: z.string(), pulang: z.string(), istirahatMenit: z.number().optional() });
const zPola = z.object({
  id: z.string(),
  nama: z.string(),
  jenis: z.enum(['mingguan', 'shift']),
  ikutLibur: z.boolean(),
  /** Weekly: hours by day 0 (Minggu)..6 (Sabtu); null = no obligation. */
  hari: z.array(zJamKerja.nullable()).nullable(),
  ramadan: z.array(zJamKerja.nullable()).nullable(),
  shift: z.array(zJamKerja.extend({ kode: z.string(), nama: z.string() })).nullable(),
  rotasi: z.object({ mulai: z.string(), urutan: z.array(z.string().nullable()) }).nullable(),
});
export const skemaAturanPresensi = z.object({ id: z.string(), nama: z.string(), dasarHukum: z.string(), berlakuMulai: z.string(), catatan: z.string().nullable(),
  pola: z.array(zPola), polaBawaan: z.string(), ramadan: z.array(z.object({ dari: z.string(), sampai: z.string() })), gantiWaktuMenit: z.number().nullable(),
  potonganTerlambat: z.array(z.number()), potonganStatus: z.record(z.string(), z.number()), batasPotonganPersen: z.number() });

const zVersiKalender = z.object({ id: z.number(), unitId: z.number().nullable(), unitNama: z.string().nullable(), berlakuMulai: z.string(), aturanId: z.string(), pola: z.string(),
  keterangan: z.string().nullable(), dibuatPada: z.string(), sudahBerlaku: z.boolean() });
export type VersiKalenderRespons = z.output<typeof zVersiKalender>;
const zBerlaku = z.object({ aturanId: z.string(), pola: z.string(), berlakuMulai: z.string().nullable(), dariUnitId: z.number().nullable(), kalenderId: z.number().nullable() });

/** GET /api/kalender */
export const skemaResponsDaftarKalender = z.object({ aturan: z.array(skemaAturanPresensi), hariIni: z.string(), bolehKelola: z.boolean(),
  instansi: z.object({ berlaku: zBerlaku, versi: z.array(zVersiKalender) }),
  unit: z.array(
    z.object({ id: z.number(), kode: z.string(), nama: z.string(), jenis: z.string(), indukId: z.number().nullable(), jalur: z.string(), berlaku: zBerlaku,
      versi: z.array(zVersiKalender) }),
  ) });

/** POST /api/kalender/versi */
export const skemaTambahKalenderUnit = z.object({
  /** null: the instansi's default calendar. */
  unitId: zId.nullable(),
  berlakuMulai: zTanggal,
  aturanId: zKode,
  pola: zKode,
  keterangan: zTeksOpsional,
});
export const skemaResponsVersiKalender = zVersiKalender;

/** POST /api/kalender/versi/:id/hapus */
export const skemaParamId = z.object({ id: zId });
export const skemaResponsHapusKalender = z.object({ id: z.number() });

const zJadwalHari = z.object({ tanggal: z.string(), hariKerja: z.boolean(), alasan: z.string().nullable(), masuk: z.string().nullable(), pulang: z.string().nullable(),
  lintasTengahMalam: z.boolean(), ramadan: z.boolean(), pola: z.string(), shift: z.object({ kode: z.string(), nama: z.string() }).nullable(), versiAturan: z.string(),
  versiKalender: z.string().nullable() });
export type JadwalHariRespons = z.output<typeof zJadwalHari>;

/** GET /api/kalender/jadwal?unitId=&bulan= : the month of a unit (its office pattern). */
export const skemaJadwalUnit = z.object({ unitId: zId.optional(), bulan: zBulan });
export const skemaResponsJadwalUnit = z.object({ unitId: z.number().nullable(), bulan: z.string(), hari: z.array(zJadwalHari),
  ringkas: z.object({ hariKerja: z.number(), menitKerja: z.number() }) });

/** GET /api/kalender/pegawai/:id?bulan= : one pegawai's month (with their shift roster). */
export const skemaJadwalPegawai = z.object({ bulan: zBulan });
export const skemaResponsJadwalPegawai = z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), bulan: z.string(), hari: z.array(zJadwalHari) });

/** PUT /api/kalender/pegawai/:id/shift : the roster of days of one pegawai (kodeShift null = day off; `hapus` = back to the rotation). */
export const skemaSimpanJadwalShift = z.object({
  jadwal: z.array(z.object({ tanggal: zTanggal, kodeShift: z.string().trim().min(1).max(20).nullable(), hapus: z.boolean().optional() })).min(1, 'isi paling sedikit satu hari')
    .max(62, 'paling banyak 62 hari sekali simpan'),
});
export const skemaResponsJadwalShift = z.object({ pegawaiId: z.number(), disimpan: z.number() });

/**
 * PUT /api/kalender/roster : a unit's roster changes for a month in one save (the roster page):
 * each change is one cell (pegawai, day) set to a shift code, null for a day off, or `hapus` to
 * go back to the rotation. All or nothing.
 */
export const skemaSimpanRosterUnit = z.object({ unitId: zId, bulan: zBulan,
  perubahan: z.array(z.object({ pegawaiId: zId, tanggal: zTanggal, kodeShift: z.string().trim().min(1).max(20).nullable(), hapus: z.boolean().optional() })).min(1,
    'belum ada perubahan jadwal').max(5000, 'paling banyak 5.000 perubahan sekali simpan') });
export const skemaResponsSimpanRoster = z.object({ unitId: z.number(), bulan: z.string(), disimpan: z.number(), pegawai: z.number() });

/** POST /api/kalender/hitung-ulang : days under another rule version, nothing stored. */
export const skemaHitungUlang = z.object({
  aturanId: zKode,
  bulan: zBulan,
  unitId: zId.optional(),
  /** The day inputs (nip, tanggal, status, jam); without them, the stored ones (presensi's source) or the schedules only. */
  hari: z.array(
    z.object({ nip: z.string().regex(/^\d{18}$/, 'NIP 18 digit'), tanggal: zTanggal, status: z.enum(STATUS_HARI),
      jamMasuk: z.string().regex(/^\d{2}:\d{2}$/, 'jam belum benar: tulis jam dan menit, contoh 07.30').nullable(),
      jamPulang: z.string().regex(/^\d{2}:\d{2}$/, 'jam belum benar: tulis jam dan menit, contoh 07.30').nullable() }),
  ).max(20_000).optional(),
});
const zNilai = z.object({ hariKerja: z.boolean(), status: z.string(), kodeMasuk: z.string().nullable(), terlambatMenit: z.number(), kodePulang: z.string().nullable(),
  pulangCepatMenit: z.number(), potonganPersen: z.number(), keterangan: z.string(), versiAturan: z.string() });
const zHasilHari = z.object({ tanggal: z.string(), jadwalSekarang: zJadwalHari, jadwalUlang: zJadwalHari, nilaiSekarang: zNilai.nullable(), nilaiUlang: zNilai.nullable(),
  berubah: z.boolean() });
export const skemaResponsHitungUlang = z.object({ aturanId: z.string(), bulan: z.string(), sumber: z.enum(['masukan', 'tersimpan', 'jadwal']),
  pegawai: z.array(
    z.object({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), hari: z.array(zHasilHari),
      ringkas: z.object({ potonganSekarang: z.number(), potonganUlang: z.number(), hariBerubah: z.number() }) }),
  ) });
