import type { FastifyInstance } from 'fastify';
import { unduhHasilPekerjaan, type PelariPekerjaan } from '@simasn/platform';
import { ambilNarasiLkjip, ambilPekerjaanLkjip, ambilSaranaPrasarana, cetakPk, daftarPekerjaanLkjip, JENIS_PEKERJAAN_LKJIP, mintaLkjip, simpanNarasiLkjip, simpanSaranaPrasarana,
  susunLaporanLkjip } from '@simasn/sakip';
import { KONTRAK_LKJIP as K } from '@simasn/sakip/kontrak';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/**
 * The LKjIP (contract: KONTRAK_LKJIP in modules/sakip/src/kontrak.ts): generated in the background
 * (start, poll progress, download), its narrative parts and sarana prasarana list, the consistency
 * check preview, and the Perjanjian Kinerja print. Reading and generating need sakip:baca over the
 * unit; writing narratives needs sakip:kelola. A job is its requester's only.
 */
export function ruteLkjip(app: FastifyInstance, o: { pekerjaan: PelariPekerjaan }) {
  rute(app, K.minta, ({ ctx, body }) => mintaLkjip(ctx, o.pekerjaan, body));
  rute(app, K.daftarPekerjaan, ({ ctx }) => daftarPekerjaanLkjip(ctx));
  rute(app, K.pekerjaan, ({ ctx, params }) => ambilPekerjaanLkjip(ctx, params.id));
  rute(app, K.berkas, async ({ ctx, params, reply }) => {
    const b = await unduhHasilPekerjaan(ctx, params.id, JENIS_PEKERJAAN_LKJIP);
    return kirimBerkas(reply, b.isi, b.namaBerkas, b.namaBerkas.endsWith('.pdf') ? 'pdf' : 'docx');
  });
  rute(app, K.periksa, async ({ ctx, query }) => {
    const l = await susunLaporanLkjip(ctx, query);
    return { unit: l.unit, tahun: l.tahun, tribulan: l.tribulan, jumlahIndikator: l.indikator.length, temuan: l.temuan };
  });
  rute(app, K.narasi, ({ ctx, query }) => ambilNarasiLkjip(ctx, query));
  rute(app, K.simpanNarasi, ({ ctx, body }) => simpanNarasiLkjip(ctx, body));
  rute(app, K.sarana, ({ ctx, query }) => ambilSaranaPrasarana(ctx, query));
  rute(app, K.simpanSarana, ({ ctx, body }) => simpanSaranaPrasarana(ctx, body));
  rute(app, K.cetakPk, async ({ ctx, params, query, reply }) => {
    const c = await cetakPk(ctx, { id: params.id, format: query.format });
    return kirimBerkas(reply, c.isi, c.namaBerkas, query.format, query.format === 'pdf');
  });
}
