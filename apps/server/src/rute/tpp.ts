import type { FastifyInstance } from 'fastify';
import { barisTpp, berkasBankTpp, buatPenyesuaianTpp, bulanTpp, cetakNominatifTpp, daftarGajiTpp, daftarKelasJabatan, eksporGajiTpp, imporGajiTpp, templatGajiTpp,
  daftarRekeningTpp, eksporKelasJabatan, eksporNominatifTpp, eksporRekeningTpp, hitungBulanTpp, imporKelasJabatan, imporRekeningTpp, kunciTpp, rincianTpp, simpanRekeningTpp,
  templatRekeningTpp, tinjauTpp, ubahKelasJabatanTpp } from '@simasn/tpp';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { GalatAplikasi } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

const UKURAN_MAKS_IMPOR = 10 * 1024 * 1024;

/** TPP monthly (compute, review, lock, adjustments, nominatif, bank file) and kelas jabatan. */
export function ruteTpp(app: FastifyInstance) {
  const k = KONTRAK_TPP;
  rute(app, k.bulan, ({ ctx, query }) => bulanTpp(ctx, query));
  rute(app, k.baris, async ({ ctx, query }) => {
    const h = await barisTpp(ctx, query);
    return { total: h.total, page: h.page, limit: h.limit, items: h.items };
  });
  rute(app, k.rincian, ({ ctx, query }) => rincianTpp(ctx, query));
  rute(app, k.hitung, ({ ctx, body }) => hitungBulanTpp(ctx, body));
  rute(app, k.tinjau, ({ ctx, body }) => tinjauTpp(ctx, body));
  rute(app, k.kunci, ({ ctx, body }) => kunciTpp(ctx, body));
  rute(app, k.penyesuaian, ({ ctx, body }) => buatPenyesuaianTpp(ctx, body));
  rute(app, k.nominatifXlsx, async ({ ctx, query, reply }) => {
    const x = await eksporNominatifTpp(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.nominatifPdf, async ({ ctx, query, reply }) => {
    const x = await cetakNominatifTpp(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'pdf');
  });
  rute(app, k.bank, async ({ ctx, query, reply }) => {
    const x = await berkasBankTpp(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'csv');
  });
  rute(app, k.rekening, ({ ctx, params, body }) => simpanRekeningTpp(ctx, params.nip, body));
  rute(app, k.daftarRekening, ({ ctx, query }) => daftarRekeningTpp(ctx, query));
  rute(app, k.eksporRekening, async ({ ctx, query, reply }) => {
    const x = await eksporRekeningTpp(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.templatRekening, async ({ ctx, reply }) => {
    const x = await templatRekeningTpp(ctx);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.imporRekening, async ({ ctx, query, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR);
    if (b.isi.length > UKURAN_MAKS_IMPOR) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 10 MB.');
    const h = await imporRekeningTpp(ctx, { namaBerkas: b.namaBerkas, isi: b.isi }, { dryRun: query.dryRun });
    return h.ok ? h : reply.status(422).send(h);
  });
  rute(app, k.daftarGaji, ({ ctx, query }) => daftarGajiTpp(ctx, query));
  rute(app, k.eksporGaji, async ({ ctx, query, reply }) => {
    const x = await eksporGajiTpp(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.templatGaji, async ({ ctx, reply }) => {
    const x = await templatGajiTpp(ctx);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.imporGaji, async ({ ctx, query, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR);
    if (b.isi.length > UKURAN_MAKS_IMPOR) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 10 MB.');
    const h = await imporGajiTpp(ctx, { namaBerkas: b.namaBerkas, isi: b.isi }, { bulan: query.bulan, dryRun: query.dryRun });
    return h.ok ? h : reply.status(422).send(h);
  });
  rute(app, k.kelas, ({ ctx, query }) => daftarKelasJabatan(ctx, query));
  rute(app, k.ubahKelas, ({ ctx, params, body }) => ubahKelasJabatanTpp(ctx, params.id, body));
  rute(app, k.eksporKelas, async ({ ctx, query, reply }) => {
    const x = await eksporKelasJabatan(ctx, query);
    return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
  });
  rute(app, k.imporKelas, async ({ ctx, req, reply }) => {
    const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR);
    if (b.isi.length > UKURAN_MAKS_IMPOR) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 10 MB.');
    const h = await imporKelasJabatan(ctx, { namaBerkas: b.namaBerkas, isi: b.isi });
    return h.ok ? h : reply.status(422).send(h);
  });
}
