import type { FastifyInstance } from 'fastify';
import {
  ajukanKenaikanPangkat, daftarKenaikanPangkat, jalankanTmtLayanan, skemaAjukanKenaikanPangkat, skemaDaftarKenaikanPangkat, unduhSkKenaikanPangkat,
} from '@simasn/layanan';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

const paramSk = z.object({ id: z.coerce.number().int().positive(), format: z.enum(['pdf', 'docx'], { message: 'format: pdf atau docx' }) });

/**
 * E-Pangkat: the period list, the OPD's usulan (one or many), the SK download, and the TMT job.
 * The usulan then moves through the workflow engine's routes (/api/layanan/usulan/...).
 */
export function ruteKenaikanPangkat(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/kenaikan-pangkat', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarKenaikanPangkat,
    ringkasan: 'Daftar kenaikan pangkat satu periode dalam jangkauan: yang memenuhi syarat per jenis, dan yang sudah waktunya tetapi terhalang beserta alasannya',
    handler: ({ ctx, query }) => daftarKenaikanPangkat(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/kenaikan-pangkat/usulan', akses: 'layanan:ajukan', tag: 'layanan', body: skemaAjukanKenaikanPangkat,
    ringkasan: 'Admin OPD mengusulkan kenaikan pangkat satu atau banyak pegawai satu periode (semua atau tidak sama sekali; baris yang ditolak disebut)',
    handler: ({ ctx, body }) => ajukanKenaikanPangkat(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/kenaikan-pangkat/usulan/:id/sk/:format', akses: 'layanan:baca', tag: 'layanan', params: paramSk, hasil: 'pdf',
    ringkasan: 'SK kenaikan pangkat yang sudah diterbitkan: PDF tersimpan, atau DOCX yang dapat disunting',
    handler: async ({ ctx, params, reply }) => {
      const b = await unduhSkKenaikanPangkat(ctx, params.id, params.format);
      return kirimBerkas(reply, b.isi, b.namaBerkas, params.format, params.format === 'pdf');
    },
  });
  rute(app, {
    method: 'POST', url: '/api/layanan/tmt/jalankan', akses: 'layanan:proses', tag: 'layanan',
    ringkasan: 'Menjalankan langkah TMT yang sudah tiba (riwayat golongan KP, kedudukan pensiun); dijalankan harian oleh server dan CLI',
    handler: ({ ctx }) => jalankanTmtLayanan(ctx),
  });
}
