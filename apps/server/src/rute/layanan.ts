import type { FastifyInstance } from 'fastify';
import {
  ajukanUsulanLayanan, ambilUsulanLayanan, daftarKgbBulanan, daftarNotifikasi, daftarRiwayatGaji, daftarUsulanLayanan, eksporKgbBkad, konfirmasiKgb,
  lampirkanDokumenUsulan, layananPegawai, prosesUsulanLayanan, skemaAjukanUsulanLayanan, skemaBulanKgb, skemaDaftarNotifikasi,
  skemaDaftarUsulanLayanan, skemaIdUsulanLayanan, skemaKodeDokumenUsulan, skemaKonfirmasiKgb, skemaLayananPegawai, skemaPakaiArsip,
  skemaProsesUsulanLayanan, skemaRiwayatGaji, skemaTandaiDibaca, suratKgb, tandaiNotifikasiDibaca,
} from '@simasn/layanan';
import { UKURAN_MAKS_BERKAS } from '@simasn/kepegawaian';
import { z } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/**
 * The workflow engine's requests (every service: KGB, kenaikan pangkat, pensiun), the monthly
 * KGB (E-Berkala) and the notification bell. Reads are scoped by layanan:baca inside each query;
 * acting on a request also needs a role of the step it waits at (checked by the action).
 */
export function ruteLayanan(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/layanan/usulan', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarUsulanLayanan,
    ringkasan: 'Usulan layanan dalam lingkup: jenis, langkah, status, tenggat (menunggu=1: yang menunggu tindakan peran Anda)',
    handler: ({ ctx, query }) => daftarUsulanLayanan(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/layanan/usulan', akses: 'layanan:ajukan', tag: 'layanan', body: skemaAjukanUsulanLayanan,
    ringkasan: 'Mengajukan usulan layanan untuk seorang pegawai (langkah pertama); dokumen arsip yang sudah ada dilampirkan otomatis',
    handler: ({ ctx, body }) => ajukanUsulanLayanan(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/layanan/usulan/:id', akses: 'layanan:baca', tag: 'layanan', params: skemaIdUsulanLayanan,
    ringkasan: 'Satu usulan: langkah-langkah, jejak waktu, daftar periksa dokumen, aksi yang tersedia bagi Anda',
    handler: ({ ctx, params }) => ambilUsulanLayanan(ctx, params.id),
  });
  rute(app, {
    method: 'POST', url: '/api/layanan/usulan/:id/proses', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan',
    params: skemaIdUsulanLayanan, body: skemaProsesUsulanLayanan,
    ringkasan: 'Meneruskan, mengembalikan (dengan alasan), menolak, menyetujui atau membatalkan usulan (dengan versi)',
    handler: ({ ctx, params, body }) => prosesUsulanLayanan(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/layanan/usulan/:id/dokumen/:kode', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan', params: skemaKodeDokumenUsulan,
    ringkasan: 'Melampirkan dokumen daftar periksa: unggah PDF (multipart, field file) atau pakai berkas arsip ({"berkasId"})',
    handler: async ({ ctx, params, req }) => {
      if (req.isMultipart()) {
        const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BERKAS);
        return lampirkanDokumenUsulan(ctx, params.id, params.kode, { namaBerkas: b.namaBerkas, isi: b.isi });
      }
      return lampirkanDokumenUsulan(ctx, params.id, params.kode, skemaPakaiArsip.parse(req.body ?? {}));
    },
  });
  rute(app, {
    method: 'GET', url: '/api/layanan/saya', akses: 'layanan:baca', tag: 'layanan', query: skemaLayananPegawai,
    ringkasan: 'Semua usulan layanan seorang pegawai (tanpa nip: milik Anda sendiri) dengan langkah dan jejak waktunya',
    handler: ({ ctx, query }) => layananPegawai(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/layanan/kgb', akses: 'layanan:baca', tag: 'layanan', query: skemaBulanKgb,
    ringkasan: 'Daftar KGB bulanan dalam lingkup: jatuh tempo, terhambat beserta alasannya, sedang diusulkan, sudah terbit, data kurang',
    handler: ({ ctx, query }) => daftarKgbBulanan(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/layanan/kgb/ekspor.xlsx', akses: 'layanan:baca', tag: 'layanan', query: skemaBulanKgb, hasil: 'xlsx',
    ringkasan: 'Daftar KGB bulanan untuk BKAD (XLSX): surat terbit, gaji pokok lama/baru, selisih, yang jatuh tempo dan terhambat',
    handler: async ({ ctx, query, reply }) => {
      const x = await eksporKgbBkad(ctx, query);
      return kirimBerkas(reply, x.isi, x.namaBerkas, 'xlsx');
    },
  });
  rute(app, {
    method: 'POST', url: '/api/layanan/kgb/konfirmasi', akses: 'layanan:proses', tag: 'layanan', body: skemaKonfirmasiKgb,
    ringkasan: 'Konfirmasi KGB massal: semua atau tidak sama sekali; menulis riwayat gaji dan menerbitkan surat KGB bernomor',
    handler: ({ ctx, body }) => konfirmasiKgb(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/layanan/kgb/surat/:id', akses: 'layanan:baca', tag: 'layanan', hasil: 'pdf',
    params: z.object({ id: z.coerce.number().int().positive() }), query: z.object({ format: z.enum(['pdf', 'docx']).default('pdf') }),
    ringkasan: 'Surat KGB (PDF atau DOCX) dari riwayat gaji yang sudah terbit',
    handler: async ({ ctx, params, query, reply }) => {
      const s = await suratKgb(ctx, { id: params.id, format: query.format });
      return kirimBerkas(reply, s.isi, s.namaBerkas, query.format, query.format === 'pdf');
    },
  });
  rute(app, {
    method: 'GET', url: '/api/pegawai/:nip/riwayat-gaji', akses: 'pegawai:baca', tag: 'riwayat', params: skemaRiwayatGaji,
    ringkasan: 'Riwayat gaji berkala pegawai (hanya baca: ditulis oleh KGB dan kenaikan pangkat), dengan surat bila boleh dibuka',
    handler: ({ ctx, params }) => daftarRiwayatGaji(ctx, params.nip),
  });
  rute(app, {
    method: 'GET', url: '/api/notifikasi', akses: 'masuk', tag: 'layanan', query: skemaDaftarNotifikasi,
    ringkasan: 'Notifikasi akun Anda (terbaru dahulu) dan jumlah yang belum dibaca',
    handler: ({ ctx, query }) => daftarNotifikasi(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/notifikasi/baca', akses: 'masuk', tag: 'layanan', body: skemaTandaiDibaca,
    ringkasan: 'Menandai notifikasi Anda sudah dibaca (tanpa id: semuanya)',
    handler: ({ ctx, body }) => tandaiNotifikasiDibaca(ctx, body),
  });
}
