import { kueriDaftar, z, zHalaman, zNip, zTanggal, zWaktu } from '@simasn/kontrak';

/** Request and response schemas of /api/rekap-presensi... Pure: actions and web pages share them. */

export const zBulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan harus berformat YYYY-MM (mis. 2026-11)');

export const STATUS_HARI_REKAP = ['hadir', 'dinas_luar', 'cuti', 'tugas_belajar', 'diklat', 'sakit', 'izin', 'alpa', 'libur'] as const;

/** GET /api/rekap-presensi/saya: the caller's month (or, with `nip`, a pegawai in the caller's reach). */
export const skemaBulanSaya = z.object({ bulan: zBulan.optional(), nip: zNip.optional() });

/** GET /api/rekap-presensi/bulan (and its XLSX/PDF): the month per pegawai, searched, filtered, paged. */
export const URUT_REKAP = ['nama', 'nip', 'unit', 'alpa', 'terlambat', 'potongan'] as const;
export const skemaRekapBulan = kueriDaftar(URUT_REKAP).extend({ bulan: zBulan.optional(), unitId: z.coerce.number().int().positive().optional(),
  saring: z.enum(['semua', 'alpa', 'terlambat', 'tinjau']).optional() });

/** GET /api/rekap-presensi/disiplin: the PP 94/2021 tracker of a year. */
export const skemaDaftarDisiplin = kueriDaftar(['nama', 'alpa', 'dibuat'] as const).extend({ tahun: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['menunggu', 'diputuskan', 'dikesampingkan', 'semua']).optional() });

export const skemaIdUsulanHukdis = z.object({ id: z.coerce.number().int().positive() });

/** POST /api/rekap-presensi/disiplin/:id/putuskan: the authorised official decides (SK) or sets aside (with a reason). */
export const skemaPutuskanHukdis = z.discriminatedUnion('keputusan', [
  z.object({ keputusan: z.literal('tetapkan'), jenis: z.enum([
    'teguran_lisan',
    'teguran_tertulis',
    'pernyataan_tidak_puas',
    'potong_tukin_6',
    'potong_tukin_9',
    'potong_tukin_12',
    'penurunan_jabatan',
    'pembebasan_jabatan',
    'pdhtaps',
  ], { message: 'pilih jenis hukuman' }), nomorSk: z.string().trim().min(3, 'nomor SK wajib diisi').max(100), tanggalSk: zTanggal, tmt: zTanggal,
    catatan: z.string().trim().max(1000).nullish(), versi: z.coerce.number().int().min(1) }),
  z.object({ keputusan: z.literal('kesampingkan'), catatan: z.string().trim().min(5, 'tuliskan alasannya (paling sedikit 5 huruf)').max(1000),
    versi: z.coerce.number().int().min(1) }),
], { message: 'pilih tetapkan atau kesampingkan' });

/** POST /api/rekap-presensi/hitung-ulang: store a month again (after a rule or calendar change). */
export const skemaHitungUlangBulan = z.object({ bulan: zBulan, unitId: z.coerce.number().int().positive().optional() });

// ---- Responses ----------------------------------------------------------------------------

export const skemaHariRekap = z.object({
  tanggal: z.string(),
  hariKerja: z.boolean(),
  /** null: no mark (a future day, a day still running with nothing yet, or before presensi started). */
  status: z.enum(STATUS_HARI_REKAP).nullable(),
  tanda: z.string(),
  jenisAbsen: z.string().nullable(),
  kodeMasuk: z.string().nullable(),
  terlambatMenit: z.number(),
  kodePulang: z.string().nullable(),
  pulangCepatMenit: z.number(),
  jamMasuk: z.string().nullable(),
  jamPulang: z.string().nullable(),
  potonganPersen: z.number(),
  menungguTinjau: z.boolean(),
  keterangan: z.string(),
  versiAturan: z.string().nullable(),
  /** tersimpan (closed day), berjalan (computed live), jadwal (future: the schedule only), belum (before the OPD started). */
  sumber: z.enum(['tersimpan', 'berjalan', 'jadwal', 'belum']),
});

export const skemaRingkasBulan = z.object({ hariKerja: z.number(), hadir: z.number(), dinasLuar: z.number(), cuti: z.number(), tugasBelajar: z.number(), diklat: z.number(),
  sakit: z.number(), izin: z.number(), alpa: z.number(), tl: z.object({ TL1: z.number(), TL2: z.number(), TL3: z.number(), TL4: z.number() }),
  psw: z.object({ PSW1: z.number(), PSW2: z.number(), PSW3: z.number(), PSW4: z.number() }), terlambatMenit: z.number(), pulangCepatMenit: z.number(), potonganPersen: z.number(),
  menungguTinjau: z.number() });

export const skemaResponsBulanSaya = z.object({
  bulan: z.string(),
  pegawai: z.object({ nip: z.string(), nama: z.string(), unit: z.string().nullable() }),
  hari: z.array(skemaHariRekap),
  ringkas: skemaRingkasBulan,
  /** Alpa of the year so far and the longest run (PP 94/2021), with the step it has reached. */
  disiplin: z.object({ tahun: z.number(), alpaSetahun: z.number(), alpaBerturutMaks: z.number(), usulan: z.string().nullable(), sisaKeAmbang: z.number().nullable() }),
  ditutupSampai: z.string().nullable(),
});

export const skemaBarisRekap = skemaRingkasBulan.extend({ pegawaiId: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable() });

export const skemaResponsRekapBulan = zHalaman(skemaBarisRekap).extend({ bulan: z.string(), ditutupSampai: z.string().nullable(),
  jumlah: skemaRingkasBulan.extend({ pegawai: z.number() }),
  perUnit: z.array(
    z.object({ unitId: z.number().nullable(), nama: z.string(), pegawai: z.number(), hariKerja: z.number(), hadir: z.number(), alpa: z.number(), terlambat: z.number(),
      potonganRataPersen: z.number() }),
  ) });

export const skemaUsulanHukdis = z.object({ id: z.number(), pegawaiId: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), tahun: z.number(),
  usulan: z.string(), labelUsulan: z.string(), alpaSetahun: z.number(), alpaBerturutMaks: z.number(), status: z.enum(['menunggu', 'diputuskan', 'dikesampingkan']),
  jenisHukdis: z.string().nullable(), nomorSk: z.string().nullable(), tanggalSk: z.string().nullable(), tmt: z.string().nullable(), catatan: z.string().nullable(),
  dibuatPada: zWaktu, diputuskanPada: zWaktu.nullable(), versi: z.number() });

export const skemaResponsDaftarDisiplin = zHalaman(skemaUsulanHukdis).extend({
  tahun: z.number(),
  /** The instansi's Indeks Disiplin of the year so far (the SAKIP indicator). */
  indeksDisiplin: z.object({ nilai: z.number().nullable(), jumlahPegawai: z.number(), pegawaiDihukum: z.number() }),
});

export const skemaResponsHitungUlang = z.object({ bulan: z.string(), hari: z.number(), pegawai: z.number() });

/** GET /api/rekap-presensi/jadwal-shift: a shift unit's roster of a month (the roster page), with approved leave beside each day. */
export const skemaJadwalShiftUnit = z.object({ unitId: z.coerce.number().int().positive().optional(), bulan: zBulan });

export const skemaResponsJadwalShiftUnit = z.object({
  bulan: z.string(),
  /** The units in the caller's reach that work in shifts (the picker); `unit` is the one shown (null: none). */
  pilihanUnit: z.array(z.object({ id: z.number(), nama: z.string() })),
  unit: z.object({ id: z.number(), nama: z.string() }).nullable(),
  /** The shifts of the unit's pattern(s) in the month. */
  shift: z.array(z.object({ kode: z.string(), nama: z.string(), masuk: z.string(), pulang: z.string(), lintasTengahMalam: z.boolean() })),
  hari: z.array(z.object({ tanggal: z.string(), libur: z.string().nullable() })),
  pegawai: z.array(z.object({ id: z.number(), nip: z.string(), nama: z.string(), unit: z.string().nullable(), hari: z.array(z.object({
    tanggal: z.string(),
    /** The shift of the day (null: day off). */
    kodeShift: z.string().nullable(),
    /** Set in the roster (false: the pattern's rotation). */
    dariRoster: z.boolean(),
    /** The pegawai's unit works in shifts that day (else the cell cannot be set). */
    bolehShift: z.boolean(),
    /** An approved request covers the day (cuti, dinas luar...): its words, shown as a conflict when a shift is set. */
    cuti: z.string().nullable(),
  })) })),
  istirahatMinimalMenit: z.number(),
});
