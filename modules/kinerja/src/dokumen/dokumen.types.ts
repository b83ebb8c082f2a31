import { z } from '@simasn/kontrak';
import { PERIODE_SKP } from '../aturan-kinerja.ts';

/** GET /api/kinerja/skp/:id/cetak: the SKP (rencana) or the evaluation of a period, as PDF or DOCX (pure). */
export const skemaCetakSkp = z.object({ jenis: z.enum(['rencana', 'evaluasi'], { error: 'pilih dokumen: rencana (SKP) atau evaluasi' }).default('rencana'),
  periode: z.enum(PERIODE_SKP, { error: 'pilih periode penilaian' }).default('tahunan'), format: z.enum(['pdf', 'docx'], { error: 'format harus pdf atau docx' }).default('pdf') });
