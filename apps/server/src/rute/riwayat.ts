import type { FastifyInstance } from 'fastify';
import { daftarRiwayat, hapusRiwayat, tambahRiwayat, ubahRiwayat } from '@simasn/kepegawaian';
import { KONTRAK_RIWAYAT } from '@simasn/kepegawaian/kontrak';
import { rute } from './definisi.ts';

export function ruteRiwayat(app: FastifyInstance) {
  rute(app, KONTRAK_RIWAYAT.daftar, ({ ctx, params }) => daftarRiwayat(ctx, params.nip, params.jenis));
  rute(app, KONTRAK_RIWAYAT.tambah, ({ ctx, params, body }) => tambahRiwayat(ctx, params.nip, params.jenis, body));
  rute(app, KONTRAK_RIWAYAT.ubah, ({ ctx, params, body }) => ubahRiwayat(ctx, params.nip, params.jenis, params.id, body));
  rute(app, KONTRAK_RIWAYAT.hapus, async ({ ctx, params, query }) => {
    await hapusRiwayat(ctx, params.nip, params.jenis, params.id, query.versi);
    return { ok: true as const };
  });
}
