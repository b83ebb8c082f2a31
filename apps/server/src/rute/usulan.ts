import type { FastifyInstance } from 'fastify';
import { ajukanUsulan, ambilUsulan, batalkanUsulan, daftarUsulan, eksporUsulan, setujuiUsulan, tolakUsulan } from '@simasn/kepegawaian';
import { KONTRAK_USULAN } from '@simasn/kepegawaian/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

export function ruteUsulan(app: FastifyInstance) {
  rute(app, KONTRAK_USULAN.daftar, ({ ctx, query }) => daftarUsulan(ctx, query));
  rute(app, KONTRAK_USULAN.ekspor, async ({ ctx, query, reply }) => {
    const x = await eksporUsulan(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_USULAN.ajukan, ({ ctx, body }) => ajukanUsulan(ctx, body));
  rute(app, KONTRAK_USULAN.ambil, ({ ctx, params }) => ambilUsulan(ctx, params.id));
  rute(app, KONTRAK_USULAN.setujui, ({ ctx, params, body }) => setujuiUsulan(ctx, params.id, body ?? {}));
  rute(app, KONTRAK_USULAN.tolak, ({ ctx, params, body }) => tolakUsulan(ctx, params.id, body));
  rute(app, KONTRAK_USULAN.batalkan, ({ ctx, params }) => batalkanUsulan(ctx, params.id));
}
