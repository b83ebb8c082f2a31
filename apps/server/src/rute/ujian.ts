import type { FastifyInstance } from 'fastify';
import { ambilGambarButir, ambilGambarPercobaan, ambilPercobaan, analisisTes, catatSinyal, daftarBank, daftarButir, daftarTes, eksporAnalisis, eksporBank, hasilPercobaan,
  imporBank, mulaiPercobaan, pantauTes, selesaikanPercobaan, simpanButir, simpanJawaban, tambahBank, tambahTes, tesSaya, ubahStatusButir, UKURAN_MAKS_GAMBAR,
  UKURAN_MAKS_IMPOR_BUTIR, UKURAN_MAKS_IMPOR_QTI, unggahGambarButir, eksporBankQti, imporBankQti } from '@simasn/ujian';
import { KONTRAK_UJIAN } from '@simasn/ujian/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/** Uji kompetensi (CAT): banks and tests (ujian:kelola), proctoring (ujian:awasi), taking a test (ujian:ikut). */
export function ruteUjian(app: FastifyInstance) {
  const k = KONTRAK_UJIAN;
  rute(app, k.daftarBank, ({ ctx }) => daftarBank(ctx));
  rute(app, k.tambahBank, ({ ctx, body }) => tambahBank(ctx, body));
  rute(app, k.eksporBank, async ({ ctx, params, reply }) => {
    const x = await eksporBank(ctx, params.id);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.imporBank, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR_BUTIR);
    return imporBank(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.eksporBankQti, async ({ ctx, params, query, reply }) => {
    const x = await eksporBankQti(ctx, params.id, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'zip');
  });
  rute(app, k.imporBankQti, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR_QTI);
    return imporBankQti(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.daftarButir, ({ ctx, query }) => daftarButir(ctx, query));
  rute(app, k.tambahButir, ({ ctx, body }) => simpanButir(ctx, body));
  rute(app, k.ubahButir, ({ ctx, params, body }) => simpanButir(ctx, body, params.id));
  rute(app, k.statusButir, ({ ctx, params, body }) => ubahStatusButir(ctx, params.id, body));
  rute(app, k.unggahGambar, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_GAMBAR);
    return unggahGambarButir(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
  });
  rute(app, k.gambarButir, async ({ ctx, params, reply }) => {
    const g = await ambilGambarButir(ctx, params.id);
    return reply.header('content-type', g.jenisMime).header('cache-control', 'private, no-store').send(g.isi);
  });
  rute(app, k.daftarTes, ({ ctx }) => daftarTes(ctx));
  rute(app, k.tambahTes, ({ ctx, body }) => tambahTes(ctx, body));
  rute(app, k.pantau, ({ ctx, params }) => pantauTes(ctx, params.id));
  rute(app, k.analisis, ({ ctx, params }) => analisisTes(ctx, params.id));
  rute(app, k.eksporAnalisis, async ({ ctx, params, reply }) => {
    const x = await eksporAnalisis(ctx, params.id);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.saya, ({ ctx }) => tesSaya(ctx));
  rute(app, k.mulai, ({ ctx, params, body }) => mulaiPercobaan(ctx, params.id, body));
  rute(app, k.percobaan, ({ ctx, params }) => ambilPercobaan(ctx, params.id));
  rute(app, k.jawab, ({ ctx, params, body }) => simpanJawaban(ctx, params.id, body));
  rute(app, k.sinyal, ({ ctx, params, body }) => catatSinyal(ctx, params.id, body));
  rute(app, k.gambar, async ({ ctx, params, reply }) => {
    const g = await ambilGambarPercobaan(ctx, params.id, params.urutan);
    return reply.header('content-type', g.jenisMime).header('cache-control', 'private, no-store').send(g.isi);
  });
  rute(app, k.selesai, ({ ctx, params }) => selesaikanPercobaan(ctx, params.id));
  rute(app, k.hasil, ({ ctx, params }) => hasilPercobaan(ctx, params.id));
}
