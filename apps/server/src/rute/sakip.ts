import type { FastifyInstance } from 'fastify';
import { UKURAN_MAKS_BUKTI } from '@simasn/indeks';
import { amankanNamaBerkas, tidakValid, z } from '@simasn/platform';
import {
  ajukanPk, ambilBuktiRealisasi, ambilPk, ambilRenstra, buatPk, buatRenstra, daftarPk, daftarRenstra, eksporRenstra, hapusUnsurRenstra, hitungCapaianUnit, imporRenstra, templatRenstra,
  isiRealisasiOtomatis, revisiPk, ringkasanAnggaranUnit, setujuiPk, simpanIndikator, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran,
  simpanSasaran, simpanTujuan, skemaAjukanPk, skemaBuatPk, skemaBuatRenstra, skemaDaftarPk, skemaDaftarRenstra, skemaHapusUnsurRenstra,
  skemaHitungCapaianUnit, skemaIsiRealisasiOtomatis, skemaRevisiPk, skemaRingkasanAnggaranUnit, skemaSetujuiPk, skemaSimpanIndikator,
  skemaSimpanProgramKegiatan, skemaSimpanRealisasi, skemaSimpanRealisasiAnggaran, skemaSimpanSasaran, skemaSimpanTujuan, skemaUbahPk,
  skemaUbahRenstra, ubahPk, ubahRenstra, unggahBuktiRealisasi,
} from '@simasn/sakip';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';
import { bacaBerkasMultipart } from './unggah.ts';

const skemaId = z.object({ id: z.coerce.number().int().positive() });
const skemaBukti = z.object({ id: z.coerce.number().int().positive(), dokumenId: z.coerce.number().int().positive() });
const skemaOtomatis = skemaIsiRealisasiOtomatis.omit({ renstraId: true });
const UKURAN_MAKS_IMPOR_RENSTRA = 10 * 1024 * 1024;

/**
 * SAKIP: Renstra (tujuan, sasaran, indikator with targets, program tree with pagu), Perjanjian
 * Kinerja (signed by pihak pertama, approved by pihak kedua: checked inside the actions, so those
 * two routes need only sakip:baca), realisasi per tribulan with evidence, capaian and budget.
 */
export function ruteSakip(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/sakip/renstra', akses: 'sakip:baca', tag: 'sakip', query: skemaDaftarRenstra,
    ringkasan: 'Renstra perangkat daerah yang dapat dibaca pemanggil',
    handler: ({ ctx, query }) => daftarRenstra(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra', akses: 'sakip:kelola', tag: 'sakip', body: skemaBuatRenstra,
    ringkasan: 'Membuat Renstra (draf) perangkat daerah untuk suatu periode',
    handler: ({ ctx, body }) => buatRenstra(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/renstra/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaId,
    ringkasan: 'Pohon Renstra: tujuan, sasaran, indikator dengan target per tahun, program/kegiatan/sub kegiatan dengan pagu',
    handler: ({ ctx, params }) => ambilRenstra(ctx, params.id),
  });
  rute(app, {
    method: 'PATCH', url: '/api/sakip/renstra/:id', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaUbahRenstra,
    ringkasan: 'Mengubah nama atau status Renstra (dengan versi)',
    handler: ({ ctx, params, body }) => ubahRenstra(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/tujuan', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaSimpanTujuan,
    ringkasan: 'Menambah atau mengubah (dengan id dan versi) tujuan Renstra',
    handler: ({ ctx, params, body }) => simpanTujuan(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/sasaran', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaSimpanSasaran,
    ringkasan: 'Menambah atau mengubah sasaran Renstra di bawah suatu tujuan',
    handler: ({ ctx, params, body }) => simpanSasaran(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/program', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaSimpanProgramKegiatan,
    ringkasan: 'Menambah atau mengubah program, kegiatan atau sub kegiatan (dengan pagu per tahun untuk sub kegiatan)',
    handler: ({ ctx, params, body }) => simpanProgramKegiatan(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/indikator', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaSimpanIndikator,
    ringkasan: 'Menambah atau mengubah indikator kinerja dengan target per tahun dan program pendukungnya',
    handler: ({ ctx, params, body }) => simpanIndikator(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/hapus', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaHapusUnsurRenstra,
    ringkasan: 'Menghapus tujuan, sasaran, program/kegiatan atau indikator (ditolak bila sudah dipakai Perjanjian Kinerja)',
    handler: ({ ctx, params, body }) => hapusUnsurRenstra(ctx, params.id, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/renstra/:id/ekspor.xlsx', akses: 'sakip:baca', tag: 'sakip', params: skemaId, hasil: 'xlsx',
    ringkasan: 'Renstra sebagai XLSX (tujuan, sasaran, program dengan pagu per tahun, indikator dengan target per tahun) yang dapat diimpor kembali',
    handler: async ({ ctx, params, reply }) => { const b = await eksporRenstra(ctx, params.id); return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx'); },
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/renstra/:id/templat.xlsx', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, hasil: 'xlsx',
    ringkasan: 'Template XLSX kosong untuk periode Renstra: baris judul tiap lembar dan lembar Petunjuk dengan contoh per kolom',
    handler: async ({ ctx, params, reply }) => { const b = await templatRenstra(ctx, params.id); return kirimBerkas(reply, b.isi, b.namaBerkas, 'xlsx'); },
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/impor', akses: 'sakip:kelola', tag: 'sakip', params: skemaId,
    ringkasan: 'Impor Renstra dari XLSX (multipart "file"): semua baris diperiksa dulu; bila ada masalah tidak ada yang disimpan (422 dengan lembar, baris, kolom, alasan)',
    handler: async ({ ctx, params, req, reply }) => {
      const b = await bacaBerkasMultipart(req, UKURAN_MAKS_IMPOR_RENSTRA);
      if (b.isi.length > UKURAN_MAKS_IMPOR_RENSTRA) throw tidakValid('Berkas terlalu besar.', [{ kolom: 'file', pesan: 'berkas impor Renstra paling besar 10 MB' }]);
      const h = await imporRenstra(ctx, params.id, { namaBerkas: b.namaBerkas, isi: b.isi });
      return reply.status(h.ok ? 200 : 422).send(h);
    },
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/renstra/:id/realisasi-otomatis', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaOtomatis,
    ringkasan: 'Mengisi realisasi indikator yang diukur SIMASN sendiri (IP ASN, Sistem Merit, IKM, NSPK, jumlah SK) untuk suatu tribulan',
    handler: ({ ctx, params, body }) => isiRealisasiOtomatis(ctx, { ...body, renstraId: params.id }),
  });

  rute(app, {
    method: 'GET', url: '/api/sakip/pk', akses: 'sakip:baca', tag: 'sakip', query: skemaDaftarPk,
    ringkasan: 'Perjanjian Kinerja yang dapat dibaca pemanggil (versi terakhir tiap PK, induk lebih dulu)',
    handler: ({ ctx, query }) => daftarPk(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/pk', akses: 'sakip:kelola', tag: 'sakip', body: skemaBuatPk,
    ringkasan: 'Membuat Perjanjian Kinerja (draf) suatu jabatan dan tahun, berjenjang dari PK induknya',
    handler: ({ ctx, body }) => buatPk(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/pk/:id', akses: 'sakip:baca', tag: 'sakip', params: skemaId,
    ringkasan: 'Satu versi Perjanjian Kinerja: para pihak, indikator dan target, anggaran, versi lain',
    handler: ({ ctx, params }) => ambilPk(ctx, params.id),
  });
  rute(app, {
    method: 'PATCH', url: '/api/sakip/pk/:id', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaUbahPk,
    ringkasan: 'Mengubah draf Perjanjian Kinerja: tanggal, alasan perubahan, baris indikator dan anggaran (dengan versi)',
    handler: ({ ctx, params, body }) => ubahPk(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/pk/:id/ajukan', akses: 'sakip:baca', tag: 'sakip', params: skemaId, body: skemaAjukanPk,
    ringkasan: 'Pihak pertama menandatangani dan mengajukan Perjanjian Kinerja (hanya pihak pertama sendiri)',
    handler: ({ ctx, params, body }) => ajukanPk(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/pk/:id/setujui', akses: 'sakip:baca', tag: 'sakip', params: skemaId, body: skemaSetujuiPk,
    ringkasan: 'Pihak kedua menyetujui atau mengembalikan Perjanjian Kinerja (hanya pihak kedua sendiri; kepala daerah melalui akun pimpinan)',
    handler: ({ ctx, params, body }) => setujuiPk(ctx, params.id, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/pk/:id/revisi', akses: 'sakip:kelola', tag: 'sakip', params: skemaId, body: skemaRevisiPk,
    ringkasan: 'Membuat Perubahan PK dari versi yang berlaku (tanggal dan alasan); versi lama tetap tersimpan',
    handler: ({ ctx, params, body }) => revisiPk(ctx, params.id, body),
  });

  rute(app, {
    method: 'PUT', url: '/api/sakip/realisasi', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanRealisasi,
    ringkasan: 'Mencatat realisasi indikator suatu tribulan: nilai, atau N/A bila belum rilis (dengan versi)',
    handler: ({ ctx, body }) => simpanRealisasi(ctx, body),
  });
  rute(app, {
    method: 'POST', url: '/api/sakip/indikator/:id/bukti', akses: 'sakip:kelola', tag: 'sakip', params: skemaId,
    ringkasan: 'Melampirkan dokumen bukti realisasi (multipart: file PDF/PNG/JPEG, tahun, tribulan, versi)',
    handler: async ({ ctx, params, req }) => {
      const b = await bacaBerkasMultipart(req, UKURAN_MAKS_BUKTI);
      return unggahBuktiRealisasi(ctx, params.id, { ...b.medan, namaBerkas: b.namaBerkas, isi: b.isi } as Parameters<typeof unggahBuktiRealisasi>[2]);
    },
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/indikator/:id/bukti/:dokumenId', akses: 'sakip:baca', tag: 'sakip', params: skemaBukti, hasil: 'pdf',
    ringkasan: 'Membuka dokumen bukti realisasi (PDF, PNG atau JPEG)',
    handler: async ({ ctx, params, reply }) => {
      const b = await ambilBuktiRealisasi(ctx, params.id, params.dokumenId);
      return reply
        .header('content-type', b.jenisMime)
        .header('content-disposition', `inline; filename="${amankanNamaBerkas(b.namaBerkas)}"`)
        .header('cache-control', 'private, no-store')
        .send(b.isi);
    },
  });
  rute(app, {
    method: 'PUT', url: '/api/sakip/realisasi-anggaran', akses: 'sakip:kelola', tag: 'sakip', body: skemaSimpanRealisasiAnggaran,
    ringkasan: 'Mencatat realisasi anggaran sub kegiatan dalam suatu tribulan (tidak melebihi pagu; dengan versi)',
    handler: ({ ctx, body }) => simpanRealisasiAnggaran(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/capaian', akses: 'sakip:baca', tag: 'sakip', query: skemaHitungCapaianUnit,
    ringkasan: 'Capaian tiap indikator perangkat daerah sampai suatu tribulan: realisasi, capaian, tahun lalu, target akhir Renstra, nasional, efisiensi, biaya per outcome',
    handler: ({ ctx, query }) => hitungCapaianUnit(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/sakip/anggaran', akses: 'sakip:baca', tag: 'sakip', query: skemaRingkasanAnggaranUnit,
    ringkasan: 'Realisasi anggaran per program, kegiatan dan sub kegiatan dengan sisa dan penyerapan',
    handler: ({ ctx, query }) => ringkasanAnggaranUnit(ctx, query),
  });
}
