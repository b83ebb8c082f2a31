import type { FastifyInstance } from 'fastify';
import {
  ambilPegawai, cariPegawai, eksporPegawai, skemaCariPegawai, skemaTambahPegawai, skemaUbahPegawai, tambahPegawai, ubahPegawai,
} from '@simasn/kepegawaian';
import { sql } from '@simasn/db';
import { tidakDitemukan, z } from '@simasn/platform';
import { kirimBerkas } from './kirim.ts';
import { rute } from './definisi.ts';

export const paramNip = z.object({ nip: z.string().min(1).max(30).describe('NIP 18 digit (spasi boleh)') });

export function rutePegawai(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/pegawai', akses: 'pegawai:baca', tag: 'pegawai',
    ringkasan: 'Cari dan daftar pegawai dalam lingkup pemanggil (NIP awal atau kata nama), dengan filter dan halaman',
    query: skemaCariPegawai,
    handler: ({ ctx, query }) => cariPegawai(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/pegawai/ekspor.xlsx', akses: 'pegawai:ekspor', tag: 'pegawai', hasil: 'xlsx',
    ringkasan: 'Daftar pegawai (filter dan lingkup yang sama dengan layar) sebagai XLSX',
    query: skemaCariPegawai.omit({ page: true, limit: true }),
    handler: async ({ ctx, query, reply }) => {
      const h = await eksporPegawai(ctx, query);
      return kirimBerkas(reply, h.isi, h.namaBerkas, 'xlsx');
    },
  });
  rute(app, {
    method: 'POST', url: '/api/pegawai', akses: 'pegawai:ubah', tag: 'pegawai',
    ringkasan: 'Mendaftarkan pegawai baru beserta penempatan (jabatan dan unit) pertamanya', body: skemaTambahPegawai,
    handler: ({ ctx, body }) => tambahPegawai(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip', akses: 'pegawai:baca', tag: 'pegawai',
    ringkasan: 'Profil pegawai: identitas, keadaan terkini dari riwayat, masa kerja, BUP; 404 di luar lingkup', params: paramNip,
    handler: ({ ctx, params }) => ambilPegawai(ctx, params.nip),
  });
  rute(app, {
    method: 'PATCH', url: '/api/pegawai/:nip', akses: 'pegawai:ubah', tag: 'pegawai',
    ringkasan: 'Memperbaiki data identitas pegawai (dengan versi untuk mencegah tumpang tindih)', params: paramNip, body: skemaUbahPegawai,
    handler: ({ ctx, params, body }) => ubahPegawai(ctx, params.nip, body),
  });
  rute(app, {
    method: 'GET', url: '/api/saya', akses: 'masuk', tag: 'pegawai', ringkasan: 'Profil pegawai milik akun yang sedang masuk',
    handler: async ({ ctx }) => {
      const id = ctx.pemanggil!.pegawaiId;
      const r = id ? await ctx.db.maybeOne<{ nip: string }>(sql`select nip from pegawai where instansi_id = ${ctx.instansiId} and id = ${id}`) : undefined;
      if (!r) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
      return ambilPegawai(ctx, r.nip);
    },
  });
}
