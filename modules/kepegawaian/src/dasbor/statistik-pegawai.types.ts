import { z } from '@simasn/kontrak';

/** GET /api/dasbor/statistik */
export const skemaStatistik = z.object({ unitId: z.coerce.number().int().positive().optional() });

/** One row of a composition table, split Laki-laki / Perempuan. */
export const zBarisRekap = z.object({ kunci: z.string(), l: z.number(), p: z.number(), jumlah: z.number() });
export type BarisRekap = z.output<typeof zBarisRekap>;

export const skemaHasilStatistik = z.object({ total: z.object({ l: z.number(), p: z.number(), jumlah: z.number() }), jabatan: z.array(zBarisRekap), status: z.array(zBarisRekap),
  pendidikan: z.array(zBarisRekap), golongan: z.array(zBarisRekap), unit: z.array(zBarisRekap) });
export type Statistik = z.output<typeof skemaHasilStatistik>;
