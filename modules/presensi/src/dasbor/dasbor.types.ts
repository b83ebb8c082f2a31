import { z, zTanggal } from '@simasn/kontrak';

/** Today's attendance dashboard and the monthly trend (pure schemas). */

const zId = z.coerce.number().int().positive();

/** GET /api/presensi/dasbor */
export const skemaDasborHariIni = z.object({ unitId: zId.optional(), tanggal: zTanggal.optional() });
export const skemaResponsDasbor = z.object({
  tanggal: z.string(),
  hariKerja: z.boolean(),
  alasanLibur: z.string().nullable(),
  jadwalMasuk: z.string().nullable(),
  jumlah: z.object({
    pegawai: z.number(),
    hadir: z.number(),
    tepatWaktu: z.number(),
    terlambat: z.number(),
    belumHadir: z.number(),
    cuti: z.number(),
    dinas: z.number(),
    /** Not obliged today by their own calendar or shift (not counted as absent). */
    libur: z.number(),
    diLuarRadius: z.number(),
    perluTinjau: z.number(),
  }),
  /** The check-in points of the units shown, and today's check-ins as map markers. */
  titik: z.array(z.object({ nama: z.string(), lat: z.number(), lon: z.number(), radiusMeter: z.number() })),
  presensi: z.array(z.object({ lat: z.number(), lon: z.number(), diDalam: z.boolean(), terlambat: z.boolean(), jam: z.string(), nama: z.string() })),
  /** Unit breakdown (direct children of the unit shown, or the perangkat daerah). */
  perUnit: z.array(z.object({ unitId: z.number(), nama: z.string(), pegawai: z.number(), hadir: z.number(), terlambat: z.number() })),
  /** Cuti and dinas luar counts come from approved requests once modules/cuti is wired in. */
});

/** GET /api/presensi/tren */
export const skemaTrenBulanan = z.object({ unitId: zId.optional(), tahun: z.coerce.number().int().min(2000).max(2100) });
/** `hadirPersen` null: no working day yet, or no check-in recorded that month (no data: a gap, never 0%). `hariKerja`: days on which someone shown had to work (to today). */
export const skemaResponsTren = z.object({ tahun: z.number(),
  bulan: z.array(z.object({ bulan: z.number(), hariKerja: z.number(), hadirPersen: z.number().nullable(), terlambat: z.number(), pulangCepat: z.number(), sinyal: z.number() })) });
