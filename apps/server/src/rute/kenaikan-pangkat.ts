import type { FastifyInstance } from 'fastify';
import { ajukanKenaikanPangkat, daftarKenaikanPangkat, eksporKenaikanPangkat, jalankanTmtLayanan, unduhSkKenaikanPangkat } from '@simasn/layanan';
import { KONTRAK_KENAIKAN_PANGKAT } from '@simasn/layanan/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/**
 * E-Pangkat: the period list, the OPD's usulan (one or many), the SK download, and the TMT job.
 * The usulan then moves through the workflow engine's routes (/api/layanan/usulan/...).
 */
export function ruteKenaikanPangkat(app: FastifyInstance) {
  const k = KONTRAK_KENAIKAN_PANGKAT;
  rute(app, k.daftar, ({ ctx, query }) => daftarKenaikanPangkat(ctx, query));
  rute(app, k.ekspor, async ({ ctx, query, reply }) => {
    const x = await eksporKenaikanPangkat(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.ajukan, ({ ctx, body }) => ajukanKenaikanPangkat(ctx, body));
  rute(app, k.sk, async ({ ctx, params, reply }) => {
    const b = await unduhSkKenaikanPangkat(ctx, params.id, params.format);
    return kirimBerkas(reply, b.isi, b.namaBerkas, params.format, params.format === 'pdf');
  });
  rute(app, k.jalankanTmt, ({ ctx }) => jalankanTmtLayanan(ctx));
}
