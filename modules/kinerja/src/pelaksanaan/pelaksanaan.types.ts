import { z, zTanggal } from '@simasn/kontrak';
import { PERIODE_SKP } from '../aturan-kinerja.ts';

/** Schemas of the year's work on an SKP: realisasi, feedback, dialog kinerja (pure). */

const zId = z.coerce.number({ error: 'harus nomor' }).int().positive();
const zPeriode = z.enum(PERIODE_SKP, { error: 'pilih periode (bulan, triwulan, atau tahunan)' });

export const skemaIdRealisasi = z.object({ id: zId });

/** POST /api/kinerja/skp/:id/realisasi: the ASN reports what an RHK achieved in a period (replacing that period's report). */
export const skemaSimpanRealisasi = z.object({ rhkAkarId: zId, periode: zPeriode,
  realisasi: z.string({ error: 'uraikan realisasinya' }).trim().min(3, 'uraikan realisasinya (paling sedikit 3 huruf)').max(2000),
  nilai: z.coerce.number({ error: 'nilai harus angka' }).min(0, 'nilai tidak boleh negatif').max(1e15).nullish(), versi: z.coerce.number().int().min(1).optional() });

/** POST /api/kinerja/skp/:id/umpan-balik: the atasan's feedback, on an RHK, a BerAKHLAK value, or the whole. */
export const skemaUmpanBalik = z.object({ rhkAkarId: zId.nullish(), perilakuKode: z.string().trim().regex(/^[a-z_]{2,40}$/, 'nilai perilaku tidak dikenal').nullish(),
  periode: zPeriode.nullish(), isi: z.string({ error: 'tuliskan umpan baliknya' }).trim().min(3, 'tuliskan umpan baliknya (paling sedikit 3 huruf)').max(2000) }).refine(
    (x) => !(x.rhkAkarId && x.perilakuKode),
    { path: ['perilakuKode'], message: 'pilih RHK atau perilaku, tidak keduanya' },
  );

/** POST /api/kinerja/skp/:id/dialog: a dialog kinerja held (date, notes, agreed follow-ups). */
export const skemaDialog = z.object({ tanggal: zTanggal, catatan: z.string({ error: 'tuliskan catatan dialog' }).trim().min(3, 'tuliskan catatan dialog').max(4000),
  tindakLanjut: z.string({ error: 'tuliskan tindak lanjut yang disepakati' }).trim().min(3, 'tuliskan tindak lanjut yang disepakati').max(4000) });

/** POST /api/kinerja/skp/:id/aktivitas: the ASN links daily activities of the SKP's year to one RHK (an activity serves one RHK; linking again moves it). */
export const skemaTautkanAktivitas = z.object({ rhkAkarId: zId,
  aktivitasIds: z.array(zId, { error: 'pilih aktivitas harian' }).min(1, 'pilih aktivitas harian').max(200, 'paling banyak 200 aktivitas sekaligus') });
/** DELETE /api/kinerja/skp/:id/aktivitas/:aktivitasId */
export const skemaIdAktivitasSkp = z.object({ id: zId, aktivitasId: zId });

/** A linked daily activity as the SKP shows it (evidence of the RHK's realisasi). */
export const skemaAktivitasRhk = z.object({ id: z.number(), tanggal: z.string(), uraian: z.string(), kuantitas: z.number(), satuan: z.string(),
  status: z.enum(['konsep', 'diajukan', 'disetujui', 'ditolak']), labelStatus: z.string() });
