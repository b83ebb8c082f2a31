import type { FastifyInstance } from 'fastify';
import { daftarPensiun, eksporPensiun, periksaKeluarga, periksaKeluargaPensiun } from '@simasn/layanan';
import { KONTRAK_PENSIUN } from '@simasn/layanan/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/**
 * SIMANTUN TANDUK: the BUP list and the family check against the population registry. The
 * request itself moves through the workflow engine's routes (/api/layanan/usulan, jenis pensiun).
 */
export function rutePensiun(app: FastifyInstance) {
  const k = KONTRAK_PENSIUN;
  rute(app, k.daftar, ({ ctx, query }) => daftarPensiun(ctx, query));
  rute(app, k.ekspor, async ({ ctx, query, reply }) => {
    const x = await eksporPensiun(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.periksaKeluarga, ({ ctx, params }) => periksaKeluargaPensiun(ctx, params.id));
  rute(app, k.kependudukan, ({ ctx, params }) => periksaKeluarga(ctx, params.nip));
}
