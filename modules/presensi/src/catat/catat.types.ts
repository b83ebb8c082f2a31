import { z, zWaktu } from '@simasn/kontrak';
import { JENIS_PRESENSI } from '../label-presensi.ts';

/** Request and response schemas of check-in/check-out (pure: the web checks its input with them). */

export const SUMBER_PRESENSI = ['ponsel', 'kiosk', 'sidik_jari', 'koreksi'] as const;
export type SumberPresensi = (typeof SUMBER_PRESENSI)[number];
export const LABEL_SUMBER_PRESENSI: Record<SumberPresensi, string> = { ponsel: 'Ponsel', kiosk: 'Kios presensi', sidik_jari: 'Sidik jari', koreksi: 'Koreksi manual' };

/** An optional selfie (JPEG/PNG/WebP as base64), at most about 400 KB. */
export const zSwafoto = z.object({ jenisMime: z.enum(['image/jpeg', 'image/png', 'image/webp'], { message: 'swafoto harus JPEG, PNG atau WebP' }),
  data: z.string().max(560_000, 'swafoto terlalu besar (paling besar 400 KB)').regex(/^[A-Za-z0-9+/]+=*$/, 'swafoto tidak terbaca') });

/** POST /api/presensi: the caller's own check-in or check-out. */
export const skemaCatatPresensi = z.object({
  jenis: z.enum(JENIS_PRESENSI, { message: 'jenis harus masuk atau pulang' }),
  /** Chosen by the app once per tap; a resend with the same key gets the same answer. */
  kunci: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'kunci presensi harus 8-100 huruf, angka, - atau _'),
  lat: z.number({ error: 'lintang harus angka' }).min(-90, 'lintang antara -90 dan 90').max(90, 'lintang antara -90 dan 90'),
  lon: z.number({ error: 'bujur harus angka' }).min(-180, 'bujur antara -180 dan 180').max(180, 'bujur antara -180 dan 180'),
  /** The accuracy the device reports, in metres. */
  akurasi: z.number({ error: 'akurasi harus angka' }).min(0, 'akurasi tidak boleh negatif').max(100_000).optional(),
  /** True when the browser or app says the location is simulated (mock location). */
  lokasiPalsu: z.boolean().optional(),
  /** The device's random id, kept by the app. */
  perangkat: z.string().trim().min(8, 'penanda perangkat minimal 8 karakter').max(200),
  keteranganPerangkat: z.string().trim().max(200).optional(),
  /** Made offline and sent later: `waktuPerangkat` is when the ASN tapped. */
  luring: z.boolean().default(false),
  waktuPerangkat: z.iso.datetime({ offset: true, message: 'waktu perangkat tidak sah' }).optional(),
  swafoto: zSwafoto.optional(),
}).refine((f) => !f.luring || f.waktuPerangkat !== undefined, { path: ['waktuPerangkat'], message: 'presensi luring wajib menyertakan waktu perangkat' });

/** The answer of a check-in: shown at once, the same on every resend of the same key. */
export const skemaHasilPresensi = z.object({
  id: z.number(),
  jenis: z.enum(JENIS_PRESENSI),
  tanggal: z.string(),
  waktu: zWaktu,
  /** Local time `07.25`, with the zone's abbreviation beside it. */
  jam: z.string(),
  zona: z.string(),
  luring: z.boolean(),
  diDalam: z.boolean(),
  jarakMeter: z.number().nullable(),
  titik: z.object({ nama: z.string(), radiusMeter: z.number() }).nullable(),
  hariKerja: z.boolean(),
  /** tepat, TL1-TL4 or PSW1-PSW4; null when not evaluated (outside the radius, not a working day). */
  kode: z.string().nullable(),
  menit: z.number(),
  pesan: z.string(),
  sinyal: z.array(z.string()),
  perluTinjau: z.boolean(),
  perangkatTerikat: z.boolean(),
});
export type HasilPresensi = z.output<typeof skemaHasilPresensi>;

/** GET /api/presensi/saya: the caller's day (points, schedule, today's records). */
export const skemaPresensiSaya = z.object({ tanggal: z.string(), zona: z.string(),
  jadwal: z.object({ hariKerja: z.boolean(), alasan: z.string().nullable(), masuk: z.string().nullable(), pulang: z.string().nullable(), versiAturan: z.string() }),
  titik: z.array(z.object({ id: z.number(), nama: z.string(), lat: z.number(), lon: z.number(), radiusMeter: z.number(), unit: z.string() })), hariIni: z.array(skemaHasilPresensi),
  perangkat: z.object({ terikat: z.boolean(), menunggu: z.boolean(), ada: z.boolean() }), retensiSwafotoHari: z.number() });
export const skemaQueryPresensiSaya = z.object({ perangkat: z.string().trim().max(200).optional() });
