import type { FastifyInstance } from 'fastify';
import { daftarPensiun, periksaKeluarga, periksaKeluargaPensiun, skemaDaftarPensiun, skemaIdUsulanLayanan } from '@simasn/layanan';
import { rute } from './definisi.ts';
import { paramNip } from './pegawai.ts';

/**
 * SIMANTUN TANDUK: the BUP list and the family check against the population registry. The
 * request itself moves through the workflow engine's routes (/api/layanan/usulan, jenis pensiun).
 */
export function rutePensiun(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/pensiun', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarPensiun,
    ringkasan: 'Pegawai yang mencapai BUP dalam 24 bulan ke depan (atau sudah lewat): BUP, tanggal BUP, TMT pensiun, usulannya',
    handler: ({ ctx, query }) => daftarPensiun(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/pensiun/usulan/:id/periksa-keluarga', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan', params: skemaIdUsulanLayanan,
    ringkasan: 'Memeriksa ulang data keluarga usulan pensiun ke data kependudukan dan menyimpan hasilnya pada usulan',
    handler: ({ ctx, params }) => periksaKeluargaPensiun(ctx, params.id),
  });
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip/kependudukan', akses: 'pegawai:data_pribadi', tag: 'layanan', params: paramNip,
    ringkasan: 'Kartu keluarga pegawai menurut data kependudukan (Dukcapil atau daftar lokal) dan perbedaannya dengan data keluarga di SIMASN',
    handler: ({ ctx, params }) => periksaKeluarga(ctx, params.nip),
  });
}
