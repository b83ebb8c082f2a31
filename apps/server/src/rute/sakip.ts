import type { FastifyInstance } from 'fastify';
import { UKURAN_MAKS_BUKTI } from '@simasn/indeks';
import { amankanNamaBerkas, tidakValid } from '@simasn/platform';
import { ajukanPk, ambilBuktiRealisasi, ambilPk, ambilRenstra, buatPk, buatRenstra, daftarPk, daftarRenstra, eksporRealisasi, eksporRenstra, hapusUnsurRenstra, hitungCapaianUnit,
  imporRenstra, templatRenstra, isiRealisasiOtomatis, revisiPk, ringkasanAnggaranUnit, setujuiPk, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran,
  simpanSasaran, simpanTujuan, ubahPk, ubahRenstra, unggahBuktiRealisasi } from '@simasn/sakip';
import { KONTRAK_SAKIP as K } from '@simasn/sakip/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

const UKURAN_MAKS_IMPOR_RENSTRA = 10 * 1024 * 1024;

/**
 * SAKIP (contract: KONTRAK_SAKIP in modules/sakip/src/kontrak.ts): Renstra, Perjanjian Kinerja
 * (signed by pihak pertama, approved by pihak kedua: checked inside the actions, so those two
 * routes need only sakip:baca), realisasi per tribulan with evidence, capaian and budget.
 */
export function ruteSakip(app: FastifyInstance) {
  rute(app, K.daftarRenstra, ({ ctx, query }) => daftarRenstra(ctx, query));
  rute(app, K.buatRenstra, ({ ctx, body }) => buatRenstra(ctx, body));
  rute(app, K.renstra, ({ ctx, params }) => ambilRenstra(ctx, params.id));
  rute(app, K.ubahRenstra, ({ ctx, params, body }) => ubahRenstra(ctx, params.id, body));
  rute(app, K.simpanTujuan, ({ ctx, params, body }) => simpanTujuan(ctx, params.id, body));
  rute(app, K.simpanSasaran, ({ ctx, params, body }) => simpanSasaran(ctx, params.id, body));
  rute(app, K.simpanProgram, ({ ctx, params, body }) => simpanProgramKegiatan(ctx, params.id, body));
  rute(app, K.simpanIndikator, ({ ctx, params, body }) => simpanIndikator(ctx, params.id, body));
  rute(app, K.hapusUnsur, ({ ctx, params, body }) => hapusUnsurRenstra(ctx, params.id, body));
  rute(app, K.eksporRenstra, async ({ ctx, params, reply }) => {
    const b = await eksporRenstra(ctx, params.id);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx');
  });
  rute(app, K.templatRenstra, async ({ ctx, params, reply }) => {
    const b = await templatRenstra(ctx, params.id);
    return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx');
  });
  rute(app, K.imporRenstra, async ({ ctx, params, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR_RENSTRA);
    if (b.isi.length > UKURAN_MAKS_IMPOR_RENSTRA) throw tidakValid('Berkas terlalu besar.', [{ kolom: 'file', pesan: 'berkas impor Renstra paling besar 10 MB' }]);
    const h = await imporRenstra(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
    return reply.status(h.ok ? 200 : 422).send(h);
  });
  rute(app, K.realisasiOtomatis, ({ ctx, params, body }) => isiRealisasiOtomatis(ctx, { ...body, renstraId: params.id }));

  rute(app, K.daftarPk, ({ ctx, query }) => daftarPk(ctx, query));
  rute(app, K.buatPk, ({ ctx, body }) => buatPk(ctx, body));
  rute(app, K.pk, ({ ctx, params }) => ambilPk(ctx, params.id));
  rute(app, K.ubahPk, ({ ctx, params, body }) => ubahPk(ctx, params.id, body));
  rute(app, K.ajukanPk, ({ ctx, params, body }) => ajukanPk(ctx, params.id, body));
  rute(app, K.setujuiPk, ({ ctx, params, body }) => setujuiPk(ctx, params.id, body));
  rute(app, K.revisiPk, ({ ctx, params, body }) => revisiPk(ctx, params.id, body));

  rute(app, K.simpanRealisasi, ({ ctx, body }) => simpanRealisasi(ctx, body));
  rute(app, K.unggahBukti, async ({ ctx, params, req }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
    return unggahBuktiRealisasi(ctx, params.id, { ...b.isian, namaBerkas: b.namaBerkas, isi: b.isi } as Parameters<typeof unggahBuktiRealisasi>[2]);
  });
  rute(app, K.bukti, async ({ ctx, params, reply }) => {
    const b = await ambilBuktiRealisasi(ctx, params.id, params.dokumenId);
    return reply.header('content-type', b.jenisMime).header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`).header('cache-control',
      'private, no-store').send(b.isi);
  });
  rute(app, K.simpanRealisasiAnggaran, ({ ctx, body }) => simpanRealisasiAnggaran(ctx, body));
  rute(app, K.capaian, ({ ctx, query }) => hitungCapaianUnit(ctx, query));
  rute(app, K.eksporRealisasi, async ({ ctx, query, reply }) => {
    const h = await eksporRealisasi(ctx, query);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, K.anggaran, ({ ctx, query }) => ringkasanAnggaranUnit(ctx, query));
}
