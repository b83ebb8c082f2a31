import type { FastifyInstance } from 'fastify';
import { buatAkun, daftarAkun, skemaBuatAkun, skemaDaftarAkun } from '@simasn/akun';
import { cariJabatan, daftarUnit, skemaCariJabatan, skemaStatistik, statistikPegawai } from '@simasn/kepegawaian';
import { daftarAudit, skemaDaftarAudit, tabelKeXlsx } from '@simasn/platform';
import { rute } from './definisi.ts';
import { kirimBerkas } from './kirim.ts';

/** Organisation reference data, the dashboard, the audit trail and account administration. */
export function ruteLain(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/unit', akses: 'organisasi:baca', tag: 'organisasi',
    ringkasan: 'Pohon unit organisasi dengan jumlah pegawai aktif per cabang',
    handler: ({ ctx }) => daftarUnit(ctx),
  });
  rute(app, {
    method: 'GET', url: '/api/jabatan', akses: 'organisasi:baca', tag: 'organisasi', ringkasan: 'Katalog jabatan', query: skemaCariJabatan,
    handler: ({ ctx, query }) => cariJabatan(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/dasbor/statistik', akses: 'dasbor:baca', tag: 'dasbor',
    ringkasan: 'Komposisi pegawai per golongan, pendidikan, jabatan, status, jenis kelamin dan unit (Data Umum Organisasi)',
    query: skemaStatistik,
    handler: ({ ctx, query }) => statistikPegawai(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/audit', akses: 'audit:baca', tag: 'audit', ringkasan: 'Jejak audit: siapa, kapan, apa, sebelum dan sesudah',
    query: skemaDaftarAudit,
    handler: ({ ctx, query }) => daftarAudit(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/audit/ekspor.xlsx', akses: 'audit:baca', tag: 'audit', hasil: 'xlsx', ringkasan: 'Jejak audit sebagai XLSX (maks. 10.000 baris)',
    query: skemaDaftarAudit.omit({ page: true, limit: true }),
    handler: async ({ ctx, query, reply }) => {
      const semua = [];
      for (let page = 1; page <= 50; page++) {
        const h = await daftarAudit(ctx, { ...query, page, limit: 200 });
        semua.push(...h.items);
        if (h.items.length < 200) break;
      }
      const isi = await tabelKeXlsx({
        judul: 'Jejak Audit SIMASN', namaLembar: 'Audit', baris: semua as Record<string, any>[],
        kolom: [
          { judul: 'Waktu', nilai: (r) => r.waktu, format: 'dd/mm/yyyy hh:mm:ss', lebar: 20 },
          { judul: 'Pengguna', nilai: (r) => r.namaPengguna, lebar: 22 },
          { judul: 'Peran', nilai: (r) => (r.peran ?? []).join(', '), lebar: 18 },
          { judul: 'Aksi', nilai: (r) => r.aksi, lebar: 26 },
          { judul: 'Entitas', nilai: (r) => `${r.entitas}${r.entitasId ? ` #${r.entitasId}` : ''}`, lebar: 26 },
          { judul: 'NIP pegawai', nilai: (r) => r.nip, teks: true, lebar: 20 },
          { judul: 'Sebelum', nilai: (r) => (r.sebelum ? JSON.stringify(r.sebelum) : null), lebar: 40 },
          { judul: 'Sesudah', nilai: (r) => (r.sesudah ? JSON.stringify(r.sesudah) : null), lebar: 40 },
          { judul: 'Alamat IP', nilai: (r) => r.alamatIp, lebar: 16 },
        ],
      });
      return kirimBerkas(reply, isi, 'jejak-audit.xlsx', 'xlsx');
    },
  });
  rute(app, {
    method: 'GET', url: '/api/akun', akses: 'akun:kelola', tag: 'akun', ringkasan: 'Daftar akun pengguna dan perannya', query: skemaDaftarAkun,
    handler: ({ ctx, query }) => daftarAkun(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/akun', akses: 'akun:kelola', tag: 'akun', ringkasan: 'Membuat akun (NIP untuk ASN) dengan perannya', body: skemaBuatAkun,
    handler: ({ ctx, body }) => buatAkun(ctx, body),
  });
}
