import type { FastifyInstance } from 'fastify';
import { daftarRiwayat, hapusRiwayat, JENIS_RIWAYAT, tambahRiwayat, ubahRiwayat } from '@simasn/kepegawaian';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';

const paramJenis = z.object({ nip: z.string().min(1).max(30), jenis: z.enum(JENIS_RIWAYAT) });
const paramEntri = paramJenis.extend({ id: z.coerce.number().int().positive() });
/** The body is checked by the kind's own schema inside the action (SKEMA_RIWAYAT). */
const isian = z.record(z.string(), z.unknown()).describe('Isian sesuai jenis riwayat (lihat SKEMA_RIWAYAT)');

export function ruteRiwayat(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip/riwayat/:jenis', akses: 'pegawai:baca', tag: 'riwayat',
    ringkasan: 'Riwayat pegawai satu jenis (pangkat, jabatan, pendidikan, diklat, skp, hukdis, keluarga) beserta dokumennya',
    params: paramJenis,
    handler: ({ ctx, params }) => daftarRiwayat(ctx, params.nip, params.jenis),
  });
  rute(app, {
    method: 'POST', url: '/api/pegawai/:nip/riwayat/:jenis', akses: 'pegawai:ubah', tag: 'riwayat',
    ringkasan: 'Menambah satu entri riwayat; keadaan terkini pegawai dihitung ulang', params: paramJenis, body: isian,
    handler: ({ ctx, params, body }) => tambahRiwayat(ctx, params.nip, params.jenis, body),
  });
  rute(app, {
    method: 'PUT', url: '/api/pegawai/:nip/riwayat/:jenis/:id', akses: 'pegawai:ubah', tag: 'riwayat',
    ringkasan: 'Mengubah satu entri riwayat (sertakan versi)', params: paramEntri, body: isian,
    handler: ({ ctx, params, body }) => ubahRiwayat(ctx, params.nip, params.jenis, params.id, body),
  });
  rute(app, {
    method: 'DELETE', url: '/api/pegawai/:nip/riwayat/:jenis/:id', akses: 'pegawai:ubah', tag: 'riwayat',
    ringkasan: 'Menghapus satu entri riwayat (sertakan versi); dokumennya tetap di arsip', params: paramEntri,
    query: z.object({ versi: z.coerce.number().int().min(1) }),
    handler: async ({ ctx, params, query }) => {
      await hapusRiwayat(ctx, params.nip, params.jenis, params.id, query.versi);
      return { ok: true };
    },
  });
}
