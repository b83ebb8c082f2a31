import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buatTemplateImpor, DAFTAR_LEMBAR, imporPegawai, laporanMasalahXlsx, type LembarImpor } from '@simasn/kepegawaian';
import { KONTRAK_IMPOR, NAMA_LEMBAR_IMPOR } from '@simasn/kepegawaian/kontrak';
import { GalatAplikasi } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

// The contract's list of sheets and the import format's agree (both ways, at compile time).
NAMA_LEMBAR_IMPOR satisfies readonly LembarImpor[];
DAFTAR_LEMBAR satisfies readonly (typeof NAMA_LEMBAR_IMPOR)[number][];

const UKURAN_MAKS_IMPOR = 50 * 1024 * 1024;

async function bacaUnggahan(req: FastifyRequest): Promise<{ nama: string, isi: Buffer }> {
  const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR);
  if (b.isi.length > UKURAN_MAKS_IMPOR) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 50 MB.');
  return { nama: b.namaBerkas, isi: b.isi };
}

export function ruteImpor(app: FastifyInstance) {
  rute(app, KONTRAK_IMPOR.template, async ({ reply }) => kirimBerkas(reply, await buatTemplateImpor(), 'template-impor-simasn.xlsx', 'xlsx'));

  rute(app, KONTRAK_IMPOR.pegawai, async ({ ctx, query, req, reply }) => {
    const berkas = await bacaUnggahan(req);
    const masukan = { namaBerkas: berkas.nama, isi: berkas.isi, lembar: query.lembar };
    if (!String(req.headers.accept ?? '').includes('application/x-ndjson')) {
      const h = await imporPegawai(ctx, masukan, { dryRun: query.dryRun });
      // 422 is not a 2xx: the same shape, sent as it is.
      return h.ok ? h : reply.status(422).send(h);
    }
    const aliran = new PassThrough();
    reply.type('application/x-ndjson').header('cache-control', 'no-store').send(aliran);
    let terakhir = 0;
    imporPegawai(ctx, masukan, { dryRun: query.dryRun, progres: (p) => {
      const kini = Date.now();
      if (kini - terakhir < 100 && p.selesai < p.total) return;
      terakhir = kini;
      aliran.write(`${JSON.stringify({ progres: p })}\n`);
    } }).then((h) => aliran.end(`${JSON.stringify({ hasil: h })}\n`)).catch((e: Error) => {
      if (!(e instanceof GalatAplikasi)) req.log.error({ err: e, idPermintaan: req.id, method: req.method, url: req.url }, 'galat server');
      const pesan = e instanceof GalatAplikasi
        ? e.message
        : `Impor gagal karena kesalahan server; tidak ada data yang disimpan. Kejadian ini sudah dicatat dengan nomor ${req.id}.`;
      aliran.end(`${JSON.stringify({ galat: { pesan } })}\n`);
    });
    return reply;
  });

  rute(app, KONTRAK_IMPOR.laporan, async ({ body, reply }) => kirimBerkas(reply, await laporanMasalahXlsx(body.masalah, body.namaBerkas), 'laporan-impor.xlsx', 'xlsx'));
}
