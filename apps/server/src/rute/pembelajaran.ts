import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ambilKursusAdmin, bukaKursus, cabutSertifikat, cetakSertifikat, daftarJp, daftarKursus, eksporJp, ikutiKursus, jpPegawai, katalogKursus, kirimKuis, selesaiModul,
  simpanKursus, ubahStatusKursus, unduhPdfModul, unggahPdfModul, verifikasiSertifikat } from '@simasn/pembelajaran';
import { KONTRAK_PEMBELAJARAN, UKURAN_MAKS_PDF_MODUL } from '@simasn/pembelajaran/kontrak';
import { GalatAplikasi } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/** Where the public verification page lives, as the caller reached this server. */
const dasarUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** E-learning (courses, learning, certificates with the public check) and the 20 JP. */
export function rutePembelajaran(app: FastifyInstance) {
  const k = KONTRAK_PEMBELAJARAN;
  rute(app, k.daftarKursus, ({ ctx, query }) => daftarKursus(ctx, query));
  rute(app, k.ambilKursus, ({ ctx, params }) => ambilKursusAdmin(ctx, params.id));
  rute(app, k.buatKursus, ({ ctx, body }) => simpanKursus(ctx, null, body));
  rute(app, k.ubahKursus, ({ ctx, params, body }) => simpanKursus(ctx, params.id, body));
  rute(app, k.statusKursus, ({ ctx, params, body }) => ubahStatusKursus(ctx, params.id, body));
  rute(app, k.unggahPdf, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_PDF_MODUL);
    if (b.isi.length > UKURAN_MAKS_PDF_MODUL) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas PDF modul lebih dari 10 MB.');
    return unggahPdfModul(ctx, params.id, params.modulId, b);
  });
  rute(app, k.unduhPdf, async ({ ctx, params, reply }) => {
    const b = await unduhPdfModul(ctx, params.id, params.modulId);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'pdf', true);
  });
  rute(app, k.katalog, ({ ctx, query }) => katalogKursus(ctx, query));
  rute(app, k.buka, ({ ctx, params }) => bukaKursus(ctx, params.id));
  rute(app, k.ikuti, ({ ctx, params }) => ikutiKursus(ctx, params.id));
  rute(app, k.selesaiModul, ({ ctx, params }) => selesaiModul(ctx, params.id, params.modulId));
  rute(app, k.kuis, ({ ctx, params, body }) => kirimKuis(ctx, params.id, params.modulId, body));
  rute(app, k.sertifikat, async ({ ctx, params, req, reply }) => {
    const b = await cetakSertifikat(ctx, params, dasarUrl(req));
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'pdf', true);
  });
  rute(app, k.cabutSertifikat, ({ ctx, params, body }) => cabutSertifikat(ctx, params, body));
  rute(app, k.verifikasi, async ({ ctx, params, reply }) => {
    reply.header('cache-control', 'no-store');
    return verifikasiSertifikat(ctx, params);
  });
  rute(app, k.jpPegawai, ({ ctx, query }) => jpPegawai(ctx, query));
  rute(app, k.daftarJp, ({ ctx, query }) => daftarJp(ctx, query));
  rute(app, k.eksporJp, async ({ ctx, query, reply }) => {
    const b = await eksporJp(ctx, query);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx');
  });
}
