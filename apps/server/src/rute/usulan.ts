import type { FastifyInstance } from 'fastify';
import {
  ajukanUsulan, ambilUsulan, batalkanUsulan, daftarUsulan, setujuiUsulan, skemaAjukanUsulan, skemaDaftarUsulan, skemaSetujui,
  skemaTolak, tolakUsulan,
} from '@simasn/kepegawaian';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';

const paramId = z.object({ id: z.coerce.number().int().positive() });

export function ruteUsulan(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/usulan', akses: 'usulan:baca', tag: 'usulan',
    ringkasan: 'Antrian verifikasi (verifikator) atau usulan sendiri (ASN)', query: skemaDaftarUsulan,
    handler: ({ ctx, query }) => daftarUsulan(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/usulan', akses: 'usulan:ajukan', tag: 'usulan',
    ringkasan: 'ASN mengusulkan perubahan datanya sendiri dengan dokumen pendukung yang sudah diunggah', body: skemaAjukanUsulan,
    handler: ({ ctx, body }) => ajukanUsulan(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/usulan/:id', akses: 'usulan:baca', tag: 'usulan',
    ringkasan: 'Satu usulan dengan perbandingan per isian: saat diusulkan, saat ini, usulan', params: paramId,
    handler: ({ ctx, params }) => ambilUsulan(ctx, params.id),
  });
  rute(app, {
    method: 'POST', url: '/api/usulan/:id/setujui', akses: 'usulan:verifikasi', tag: 'usulan',
    ringkasan: 'Menyetujui dan menerapkan usulan secara atomik; 409 bila sudah diputus orang lain', params: paramId, body: skemaSetujui.optional(),
    handler: ({ ctx, params, body }) => setujuiUsulan(ctx, params.id, body ?? {}),
  });
  rute(app, {
    method: 'POST', url: '/api/usulan/:id/tolak', akses: 'usulan:verifikasi', tag: 'usulan',
    ringkasan: 'Menolak usulan dengan alasan; 409 bila sudah diputus orang lain', params: paramId, body: skemaTolak,
    handler: ({ ctx, params, body }) => tolakUsulan(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/usulan/:id/batalkan', akses: 'usulan:ajukan', tag: 'usulan',
    ringkasan: 'ASN membatalkan usulannya yang belum diputus', params: paramId,
    handler: ({ ctx, params }) => batalkanUsulan(ctx, params.id),
  });
}
