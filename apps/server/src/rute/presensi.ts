import type { FastifyInstance } from 'fastify';
import { ambilSwafoto, catatPresensi, daftarPerangkat, daftarSinyal, daftarTitik, dasborHariIni, eksporSinyal, mintaPerangkat, presensiSaya, putuskanPerangkat, putuskanSinyal,
  tambahTitik, trenBulanan, ubahTitik } from '@simasn/presensi';
import { KONTRAK_PRESENSI as K } from '@simasn/presensi/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/**
 * Presensi (contract: KONTRAK_PRESENSI in modules/presensi/src/kontrak.ts): the ASN's own
 * check-in (POST /api/presensi), device binding, check-in points, the review queue, the dashboard.
 */
export function rutePresensi(app: FastifyInstance) {
  rute(app, K.catat, ({ ctx, body }) => catatPresensi(ctx, body));
  rute(app, K.saya, ({ ctx, query }) => presensiSaya(ctx, query));
  rute(app, K.mintaPerangkat, ({ ctx, body }) => mintaPerangkat(ctx, body));
  rute(app, K.daftarPerangkat, ({ ctx, query }) => daftarPerangkat(ctx, query));
  rute(app, K.putuskanPerangkat, ({ ctx, params, body }) => putuskanPerangkat(ctx, params.id, body));
  rute(app, K.daftarTitik, ({ ctx, query }) => daftarTitik(ctx, query));
  rute(app, K.tambahTitik, ({ ctx, body }) => tambahTitik(ctx, body));
  rute(app, K.ubahTitik, ({ ctx, params, body }) => ubahTitik(ctx, params.id, body));
  rute(app, K.daftarSinyal, ({ ctx, query }) => daftarSinyal(ctx, query));
  rute(app, K.eksporSinyal, async ({ ctx, query, reply }) => {
    const b = await eksporSinyal(ctx, query);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx');
  });
  rute(app, K.putuskanSinyal, ({ ctx, params, body }) => putuskanSinyal(ctx, params.id, body));
  rute(app, K.swafoto, async ({ ctx, params, reply }) => {
    const f = await ambilSwafoto(ctx, params.id);
    return reply.header('content-type', f.jenisMime).header('content-disposition', 'inline').header('cache-control', 'private, no-store').send(f.isi);
  });
  rute(app, K.dasbor, ({ ctx, query }) => dasborHariIni(ctx, query));
  rute(app, K.tren, ({ ctx, query }) => trenBulanan(ctx, query));
}
