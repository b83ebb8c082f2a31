import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buatTemplateImpor, DAFTAR_LEMBAR, imporPegawai, laporanMasalahXlsx } from '@simasn/kepegawaian';
import { GalatAplikasi, tidakValid, z } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

const UKURAN_MAKS_IMPOR = 50 * 1024 * 1024;

async function bacaUnggahan(req: FastifyRequest): Promise<{ nama: string; isi: Buffer }> {
  if (!req.isMultipart()) throw tidakValid('Kirim berkas sebagai multipart/form-data.', [{ kolom: 'file', pesan: 'wajib' }]);
  const f = await req.file({ limits: { fileSize: UKURAN_MAKS_IMPOR } });
  if (!f) throw tidakValid('Berkas belum dipilih.', [{ kolom: 'file', pesan: 'wajib' }]);
  const isi = await f.toBuffer();
  if (f.file.truncated) throw new GalatAplikasi(413, 'terlalu_besar', 'Berkas impor lebih dari 50 MB.');
  return { nama: f.filename, isi };
}

export function ruteImpor(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/impor/template.xlsx', akses: 'pegawai:impor', tag: 'impor', hasil: 'xlsx',
    ringkasan: 'Template XLSX impor pegawai dan riwayat, dengan petunjuk per kolom',
    handler: async ({ reply }) => kirimBerkas(reply, await buatTemplateImpor(), 'template-impor-simasn.xlsx', 'xlsx'),
  });

  rute(app, {
    method: 'POST', url: '/api/impor/pegawai', akses: 'pegawai:impor', tag: 'impor',
    ringkasan: 'Impor pegawai dan riwayat dari XLSX/CSV (multipart "file"): semua baris diperiksa dulu, lalu semua atau tidak sama sekali. ' +
      'Dengan Accept: application/x-ndjson jawabannya aliran kemajuan lalu hasil.',
    query: z.object({
      dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
      lembar: z.enum(DAFTAR_LEMBAR).optional().describe('Untuk CSV: jenis datanya (bawaan pegawai)'),
    }),
    handler: async ({ ctx, query, req, reply }) => {
      const berkas = await bacaUnggahan(req);
      const masukan = { namaBerkas: berkas.nama, isi: berkas.isi, lembar: query.lembar };
      if (!String(req.headers.accept ?? '').includes('application/x-ndjson')) {
        const h = await imporPegawai(ctx, masukan, { dryRun: query.dryRun });
        return reply.status(h.ok ? 200 : 422).send(h);
      }
      const aliran = new PassThrough();
      reply.type('application/x-ndjson').header('cache-control', 'no-store').send(aliran);
      let terakhir = 0;
      imporPegawai(ctx, masukan, {
        dryRun: query.dryRun,
        progres: (p) => {
          const kini = Date.now();
          if (kini - terakhir < 100 && p.selesai < p.total) return;
          terakhir = kini;
          aliran.write(`${JSON.stringify({ progres: p })}\n`);
        },
      })
        .then((h) => aliran.end(`${JSON.stringify({ hasil: h })}\n`))
        .catch((e: Error) => {
          req.log.error(e);
          aliran.end(`${JSON.stringify({ galat: { pesan: e instanceof GalatAplikasi ? e.message : 'Impor gagal karena kesalahan server; tidak ada data yang disimpan.' } })}\n`);
        });
      return reply;
    },
  });

  rute(app, {
    method: 'POST', url: '/api/impor/laporan.xlsx', akses: 'pegawai:impor', tag: 'impor', hasil: 'xlsx',
    ringkasan: 'Laporan masalah impor sebagai XLSX (dari daftar masalah hasil pemeriksaan)',
    body: z.object({
      namaBerkas: z.string().max(200),
      masalah: z.array(z.object({ lembar: z.string(), baris: z.number(), kolom: z.string(), nilai: z.string().nullable(), pesan: z.string() })).max(5000),
    }),
    handler: async ({ body, reply }) => kirimBerkas(reply, await laporanMasalahXlsx(body.masalah, body.namaBerkas), 'laporan-impor.xlsx', 'xlsx'),
  });
}
