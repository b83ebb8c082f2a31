import type { FastifyInstance } from 'fastify';
import { ajukanAktivitas, aktivitasSaya, ambilBuktiAktivitas, antrianAktivitas, belumIsiAktivitas, eksporBelumIsi, hapusAktivitas, putuskanAktivitas, simpanAktivitas,
  unggahBuktiAktivitas } from '@simasn/aktivitas';
import { KONTRAK_AKTIVITAS } from '@simasn/aktivitas/kontrak';
import { UKURAN_MAKS_BUKTI } from '@simasn/indeks';
import { amankanNamaBerkas } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/** Aktivitas harian: the ASN's own log (aktivitas:isi), the atasan's bulk decisions, who has not filled in. */
export function ruteAktivitas(app: FastifyInstance) {
  const k = KONTRAK_AKTIVITAS;
  rute(app, k.saya, ({ ctx, query }) => aktivitasSaya(ctx, query));
  rute(app, k.tambah, ({ ctx, body }) => simpanAktivitas(ctx, body));
  rute(app, k.ubah, ({ ctx, params, body }) => simpanAktivitas(ctx, body, params.id));
  rute(app, k.hapus, ({ ctx, params }) => hapusAktivitas(ctx, params.id));
  rute(app, k.unggahBukti, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
    return unggahBuktiAktivitas(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.bukti, async ({ ctx, params, reply }) => {
    const b = await ambilBuktiAktivitas(ctx, params.id);
    return reply.header('content-type', b.jenisMime).header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`).header('cache-control',
      'private, no-store').send(b.isi);
  });
  rute(app, k.ajukan, ({ ctx, body }) => ajukanAktivitas(ctx, body));
  rute(app, k.antrian, ({ ctx, query }) => antrianAktivitas(ctx, query));
  rute(app, k.putuskan, ({ ctx, body }) => putuskanAktivitas(ctx, body));
  rute(app, k.belumIsi, ({ ctx, query }) => belumIsiAktivitas(ctx, query));
  rute(app, k.eksporBelumIsi, async ({ ctx, query, reply }) => {
    const x = await eksporBelumIsi(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
}
