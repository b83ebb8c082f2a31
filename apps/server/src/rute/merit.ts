import type { FastifyInstance } from 'fastify';
import {
  ambilBuktiMerit, ambilPenilaianMerit, bukaKembaliMerit, simpanInstrumenMerit, skemaBukaKembaliMerit, skemaSimpanInstrumenMerit, ambilPenilaianNspk, bekukanNspk, bukaPenilaianMerit, daftarInstrumenMerit, daftarPenilaianMerit,
  daftarPenilaianNspk, finalisasiMerit, simpanPenilaianNspk, skemaBekukanNspk, skemaBuktiMerit, skemaBukaPenilaianMerit, skemaFinalisasiMerit,
  skemaIdPenilaianMerit, skemaKodeSubAspek, skemaSimpanPenilaianNspk, skemaTahunNspk, skemaUbahSkorMerit, skemaUbahTargetMerit, ubahSkorMerit,
  ubahTargetMerit, UKURAN_MAKS_BUKTI, unggahBuktiMerit,
} from '@simasn/indeks';
import { amankanNamaBerkas } from '@simasn/platform';
import { rute } from './definisi.ts';
import { bacaBerkasMultipart } from './unggah.ts';

/**
 * The Sistem Merit self-assessment (scores per sub-aspect, evidence, finalisation) and the NSPK
 * assessment. Reads are open to every holder of indeks:baca (instansi aggregates, not personal
 * data); changes need indeks:kelola.
 */
export function ruteMerit(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/indeks/merit/instrumen', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Instrumen Sistem Merit yang dapat dipakai (milik instansi dan bawaan): aspek, sub-aspek, bobot',
    handler: ({ ctx }) => daftarInstrumenMerit(ctx),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/merit/instrumen', akses: 'indeks:kelola', tag: 'indeks', body: skemaSimpanInstrumenMerit,
    ringkasan: 'Menyimpan instrumen Sistem Merit milik instansi (aspek, sub-aspek, bobot) dengan id baru; 409 bila id sudah dipakai',
    handler: ({ ctx, body }) => simpanInstrumenMerit(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/merit', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Penilaian mandiri Sistem Merit per tahun: status, total, indeks, kategori',
    handler: ({ ctx }) => daftarPenilaianMerit(ctx),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/merit', akses: 'indeks:kelola', tag: 'indeks', body: skemaBukaPenilaianMerit,
    ringkasan: 'Membuka penilaian Sistem Merit suatu tahun (yang ada, atau draf baru dengan instrumen pilihan, mulai dari skor tahun lalu)',
    handler: ({ ctx, body }) => bukaPenilaianMerit(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/merit/:id', akses: 'indeks:baca', tag: 'indeks', params: skemaIdPenilaianMerit,
    ringkasan: 'Satu penilaian Sistem Merit: skor per sub-aspek, nilai per aspek, total, indeks, kategori, tahun lalu, capaian, usulan naik kategori',
    handler: ({ ctx, params }) => ambilPenilaianMerit(ctx, params.id),
  });
  rute(app, {
    method: 'PATCH', url: '/api/indeks/merit/:id', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaUbahTargetMerit,
    ringkasan: 'Mengubah target tahunan dan target akhir Renstra penilaian Sistem Merit (dengan versi)',
    handler: ({ ctx, params, body }) => ubahTargetMerit(ctx, params.id, body),
  });
  rute(app, {
    method: 'PUT', url: '/api/indeks/merit/:id/skor/:kode', akses: 'indeks:kelola', tag: 'indeks', params: skemaKodeSubAspek, body: skemaUbahSkorMerit,
    ringkasan: 'Memberi skor 1-4 dan catatan satu sub-aspek (dengan versi skor; 0 bila belum dinilai)',
    handler: ({ ctx, params, body }) => ubahSkorMerit(ctx, params.id, params.kode, body),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/merit/:id/skor/:kode/bukti', akses: 'indeks:kelola', tag: 'indeks', params: skemaKodeSubAspek,
    ringkasan: 'Melampirkan dokumen bukti (multipart: file PDF/PNG/JPEG, versi) pada sub-aspek yang sudah dinilai',
    handler: async ({ ctx, params, req }) => {
      const { namaBerkas, isi, medan } = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
      return unggahBuktiMerit(ctx, params.id, params.kode, { namaBerkas, isi, versi: medan.versi });
    },
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/merit/:id/bukti/:dokumenId', akses: 'indeks:baca', tag: 'indeks', params: skemaBuktiMerit,
    hasil: 'pdf', ringkasan: 'Membuka dokumen bukti penilaian Sistem Merit (PDF, PNG atau JPEG)',
    handler: async ({ ctx, params, reply }) => {
      const b = await ambilBuktiMerit(ctx, params.id, params.dokumenId);
      return reply
        .header('content-type', b.jenisMime)
        .header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`)
        .header('cache-control', 'private, no-store')
        .send(b.isi);
    },
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/merit/:id/finalisasi', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaFinalisasiMerit,
    ringkasan: 'Memfinalkan penilaian Sistem Merit: semua sub-aspek dinilai, nilai dibekukan dengan rinciannya dan versi aturannya',
    handler: ({ ctx, params, body }) => finalisasiMerit(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/merit/:id/buka-kembali', akses: 'indeks:kelola', tag: 'indeks', params: skemaIdPenilaianMerit, body: skemaBukaKembaliMerit,
    ringkasan: 'Membuka kembali penilaian Sistem Merit yang sudah final (alasan wajib, dengan versi); nilai final sebelumnya tetap tersimpan di riwayat',
    handler: ({ ctx, params, body }) => bukaKembaliMerit(ctx, params.id, body),
  });

  rute(app, {
    method: 'GET', url: '/api/indeks/nspk', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Penilaian Indeks Implementasi NSPK per tahun: indeks dan kategori',
    handler: ({ ctx }) => daftarPenilaianNspk(ctx),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/nspk/:tahun', akses: 'indeks:baca', tag: 'indeks', params: skemaTahunNspk,
    ringkasan: 'Penilaian NSPK suatu tahun: nilai 18 elemen, indeks, kategori A-E, elemen terlemah',
    handler: ({ ctx, params }) => ambilPenilaianNspk(ctx, params.tahun),
  });
  rute(app, {
    method: 'PUT', url: '/api/indeks/nspk/:tahun', akses: 'indeks:kelola', tag: 'indeks', params: skemaTahunNspk, body: skemaSimpanPenilaianNspk,
    ringkasan: 'Mencatat nilai 0-100 elemen NSPK suatu tahun (dengan versi; 0 untuk tahun yang belum dicatat)',
    handler: ({ ctx, params, body }) => simpanPenilaianNspk(ctx, params.tahun, body),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/nspk/:tahun/bekukan', akses: 'indeks:kelola', tag: 'indeks', params: skemaTahunNspk, body: skemaBekukanNspk,
    ringkasan: 'Membekukan indeks NSPK suatu tahun beserta versi aturannya',
    handler: ({ ctx, params, body }) => bekukanNspk(ctx, params.tahun, body),
  });
}
