import { z } from '@simasn/kontrak';

/** Response of POST /api/sakip/renstra/:id/impor (200 when written, 422 with the same shape when refused). */

export const skemaMasalahImporRenstra = z.object({ lembar: z.string(), baris: z.number(), kolom: z.string(), nilai: z.string().nullable(), pesan: z.string() });
export type MasalahImporRenstra = z.output<typeof skemaMasalahImporRenstra>;

const zHitungan = z.object({ baru: z.number(), diubah: z.number() });
export const skemaHasilImporRenstra = z.object({ ok: z.boolean(), jumlahBaris: z.number(), masalah: z.array(skemaMasalahImporRenstra),
  ditulis: z.object({ tujuan: zHitungan, sasaran: zHitungan, program: zHitungan, indikator: zHitungan }).nullable() });
export type HasilImporRenstra = z.output<typeof skemaHasilImporRenstra>;
