import type { FastifyInstance } from 'fastify';
import { ambilPekerjaan, daftarPekerjaan, skemaIdPekerjaan, unduhHasilPekerjaan, z, type PelariPekerjaan } from '@simasn/platform';
import {
  ambilNarasiLkjip, ambilSaranaPrasarana, cetakPk, JENIS_PEKERJAAN_LKJIP, mintaLkjip, skemaAmbilNarasiLkjip, skemaAmbilSaranaPrasarana,
  skemaBuatLkjip, simpanNarasiLkjip, simpanSaranaPrasarana, skemaSimpanNarasiLkjip, skemaSimpanSaranaPrasarana, skemaSusunLkjip, susunLaporanLkjip,
} from '@simasn/sakip';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

const skemaCetak = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });
const skemaIdPk = z.object({ id: z.coerce.number().int().positive() });

/**
 * The LKjIP: generated in the background (start, poll progress, download), its narrative parts and
 * sarana prasarana list, the consistency check preview, and the Perjanjian Kinerja print. Reading
 * and generating need sakip:baca over the unit; writing narratives needs sakip:kelola. A job is
 * its requester's only.
 */
export function ruteLkjip(app: FastifyInstance, o: { pekerjaan: PelariPekerjaan }) {
  rute(app, {
    method: 'POST', url: '/api/sakip/lkjip', akses: 'sakip:baca', tag: 'sakip', body: skemaBuatLkjip,
    ringkasan: 'Meminta LKjIP sebuah perangkat daerah (tahun atau tribulan) sebagai DOCX atau PDF; dibuat di latar belakang, jawabannya id pekerjaan',
    handler: ({ ctx, body }) => mintaLkjip(ctx, o.pekerjaan, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/pekerjaan', akses: 'sakip:baca', tag: 'sakip',
    ringkasan: 'Pekerjaan LKjIP terakhir milik pemanggil (status, progres, langkah)',
    handler: ({ ctx }) => daftarPekerjaan(ctx, JENIS_PEKERJAAN_LKJIP),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/pekerjaan/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaIdPekerjaan,
    ringkasan: 'Status pembuatan LKjIP: antri, berjalan (progres 0-100 dan langkah), selesai, atau gagal beserta temuan ketidakkonsistenan',
    handler: ({ ctx, params }) => ambilPekerjaan(ctx, params.id, JENIS_PEKERJAAN_LKJIP),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/pekerjaan/:id/berkas', akses: 'sakip:baca', tag: 'sakip', params: skemaIdPekerjaan, hasil: 'pdf',
    ringkasan: 'Mengunduh berkas LKjIP yang sudah selesai (DOCX atau PDF); 409 bila belum selesai atau gagal',
    handler: async ({ ctx, params, reply }) => {
      const b = await unduhHasilPekerjaan(ctx, params.id, JENIS_PEKERJAAN_LKJIP);
      return kirimBerkas(reply, b.isi, b.namaBerkas, b.namaBerkas.endsWith('.pdf') ? 'pdf' : 'docx');
    },
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/periksa', akses: 'sakip:baca', tag: 'sakip', query: skemaSusunLkjip,
    ringkasan: 'Memeriksa konsistensi tabel LKjIP (capaian, penyerapan, efisiensi, jumlah, target PK) tanpa membuat berkas',
    handler: async ({ ctx, query }) => {
      const l = await susunLaporanLkjip(ctx, query);
      return { unit: l.unit, tahun: l.tahun, tribulan: l.tribulan, jumlahIndikator: l.indikator.length, temuan: l.temuan };
    },
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/narasi', akses: 'sakip:baca', tag: 'sakip', query: skemaAmbilNarasiLkjip,
    ringkasan: 'Bagian naratif LKjIP (ikhtisar, analisis, strategi...) sebuah unit per tahun dan periode, dengan versi dan asal bawaan',
    handler: ({ ctx, query }) => ambilNarasiLkjip(ctx, query),
  });
  rute(app, {
    method: 'PUT', url: '/api/sakip/lkjip/narasi', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanNarasiLkjip,
    ringkasan: 'Menyimpan satu bagian naratif LKjIP (dengan versi; 409 bila sudah diubah orang lain)',
    handler: ({ ctx, body }) => simpanNarasiLkjip(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/lkjip/sarana', akses: 'sakip:baca', tag: 'sakip', query: skemaAmbilSaranaPrasarana,
    ringkasan: 'Daftar sarana dan prasarana perangkat daerah pada suatu tahun (Bab I LKjIP)',
    handler: ({ ctx, query }) => ambilSaranaPrasarana(ctx, query),
  });
  rute(app, {
    method: 'PUT', url: '/api/sakip/lkjip/sarana', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanSaranaPrasarana,
    ringkasan: 'Menyimpan daftar sarana dan prasarana suatu tahun (dengan versi)',
    handler: ({ ctx, body }) => simpanSaranaPrasarana(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/pk/:id/cetak', akses: 'sakip:baca', tag: 'sakip', params: skemaIdPk, query: skemaCetak, hasil: 'pdf',
    ringkasan: 'Cetakan resmi Perjanjian Kinerja (Pihak Pertama, Pihak Kedua, tanda tangan, lampiran) sebagai PDF atau DOCX',
    handler: async ({ ctx, params, query, reply }) => {
      const c = await cetakPk(ctx, { id: params.id, format: query.format });
      return kirimBerkas(reply, c.isi, c.namaBerkas, query.format, query.format === 'pdf');
    },
  });
}
