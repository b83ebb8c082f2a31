import type { FastifyInstance } from 'fastify';
import { ambilPegawai, cariPegawai, cetakDrh, eksporPegawai, tambahPegawai, ubahPegawai } from '@simasn/kepegawaian';
import { KONTRAK_PEGAWAI } from '@simasn/kepegawaian/kontrak';
import { sql } from '@simasn/db';
import { tidakDitemukan } from '@simasn/platform';
import { kirimBerkas } from './kirim.ts';
import { rute } from './definisi.ts';

/** Kept for the other route files that take a `:nip` (the contract is where it lives). */
export { paramNip } from '@simasn/kepegawaian/kontrak';

export function rutePegawai(app: FastifyInstance) {
  rute(app, KONTRAK_PEGAWAI.cari, ({ ctx, query }) => cariPegawai(ctx, query));
  rute(app, KONTRAK_PEGAWAI.ekspor, async ({ ctx, query, reply }) => {
    const h = await eksporPegawai(ctx, query);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
  });
  rute(app, KONTRAK_PEGAWAI.tambah, ({ ctx, body }) => tambahPegawai(ctx, body));
  rute(app, KONTRAK_PEGAWAI.ambil, ({ ctx, params }) => ambilPegawai(ctx, params.nip));
  rute(app, KONTRAK_PEGAWAI.drh, async ({ ctx, params, reply }) => {
    const h = await cetakDrh(ctx, params.nip);
    return kirimBerkas(reply, h.isi, h.namaBerkas, 'pdf', true);
  });
  rute(app, KONTRAK_PEGAWAI.ubah, ({ ctx, params, body }) => ubahPegawai(ctx, params.nip, body));
  rute(app, KONTRAK_PEGAWAI.saya, async ({ ctx }) => {
    const id = ctx.pemanggil!.pegawaiId;
    const r = id ? await ctx.db.maybeOne<{ nip: string }>(sql`select nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${id}`) : undefined;
    if (!r) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
    return ambilPegawai(ctx, r.nip);
  });
}
