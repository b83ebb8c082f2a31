import { titik, zOk } from '@simasn/kontrak';
import { paramBerkas, skemaBerkasTersimpan, skemaDaftarBerkas } from './berkas/berkas.types.ts';
import { skemaHasilStatistik, skemaStatistik } from './dasbor/statistik-pegawai.types.ts';
import { skemaHasilImpor, skemaKueriImpor, skemaLaporanImpor } from './impor/hasil-impor.types.ts';
import { skemaCariJabatan, skemaDaftarJabatan, skemaDaftarUnit } from './organisasi/organisasi.types.ts';
import { paramNip, skemaCariPegawai, skemaEksporPegawai, skemaHasilCari, skemaHasilUbahPegawai, skemaPegawaiBaru, skemaProfilPegawai, skemaTambahPegawai,
  skemaUbahPegawai } from './pegawai/pegawai.types.ts';
import { paramEntriRiwayat, paramJenisRiwayat, skemaDaftarRiwayat, skemaEntriTertulis, skemaHapusRiwayat, skemaIsianRiwayat } from './riwayat/entri-riwayat.types.ts';
import { paramIdUsulan, skemaAjukanUsulan, skemaDaftarUsulan, skemaHalamanUsulan, skemaPutusan, skemaSetujui, skemaTolak, skemaUsulanBaru,
  skemaUsulanRinci } from './usulan/usulan.types.ts';

/** Pegawai: list, export, profile, identity (server: apps/server/src/rute/pegawai.ts). */
export const KONTRAK_PEGAWAI = {
  cari: titik({ method: 'GET', url: '/api/pegawai', akses: 'pegawai:baca', tag: 'pegawai',
    ringkasan: 'Cari dan daftar pegawai dalam lingkup pemanggil (NIP awal atau kata nama), dengan filter dan halaman', query: skemaCariPegawai, respons: skemaHasilCari }),
  ekspor: titik({ method: 'GET', url: '/api/pegawai/ekspor.xlsx', akses: 'pegawai:ekspor', tag: 'pegawai', hasil: 'xlsx',
    ringkasan: 'Daftar pegawai (filter dan lingkup yang sama dengan layar) sebagai XLSX', query: skemaEksporPegawai }),
  tambah: titik({ method: 'POST', url: '/api/pegawai', akses: 'pegawai:ubah', tag: 'pegawai',
    ringkasan: 'Mendaftarkan pegawai baru beserta penempatan (jabatan dan unit) pertamanya', body: skemaTambahPegawai, respons: skemaPegawaiBaru }),
  ambil: titik({ method: 'GET', url: '/api/pegawai/:nip', akses: 'pegawai:baca', tag: 'pegawai',
    ringkasan: 'Profil pegawai: identitas, keadaan terkini dari riwayat, masa kerja, BUP; 404 di luar lingkup', params: paramNip, respons: skemaProfilPegawai }),
  drh: titik({ method: 'GET', url: '/api/pegawai/:nip/drh', akses: 'pegawai:baca', tag: 'pegawai', hasil: 'pdf', params: paramNip,
    ringkasan: 'Daftar Riwayat Hidup (PDF) pegawai: identitas, pangkat, jabatan, pendidikan, diklat, keluarga; data pribadi disamarkan seperti pada profil' }),
  ubah: titik({ method: 'PATCH', url: '/api/pegawai/:nip', akses: 'pegawai:ubah', tag: 'pegawai',
    ringkasan: 'Memperbaiki data identitas pegawai (dengan versi untuk mencegah tumpang tindih)', params: paramNip, body: skemaUbahPegawai, respons: skemaHasilUbahPegawai }),
  saya: titik({ method: 'GET', url: '/api/saya', akses: 'masuk', tag: 'pegawai', ringkasan: 'Profil pegawai milik akun yang sedang masuk', respons: skemaProfilPegawai }),
};

/** Riwayat entries of one employee (server: apps/server/src/rute/riwayat.ts). */
export const KONTRAK_RIWAYAT = {
  daftar: titik({ method: 'GET', url: '/api/pegawai/:nip/riwayat/:jenis', akses: 'pegawai:baca', tag: 'riwayat',
    ringkasan: 'Riwayat pegawai satu jenis (pangkat, jabatan, pendidikan, diklat, skp, hukdis, keluarga) beserta dokumennya', params: paramJenisRiwayat,
    respons: skemaDaftarRiwayat }),
  tambah: titik({ method: 'POST', url: '/api/pegawai/:nip/riwayat/:jenis', akses: 'pegawai:ubah', tag: 'riwayat',
    ringkasan: 'Menambah satu entri riwayat; keadaan terkini pegawai dihitung ulang', params: paramJenisRiwayat, body: skemaIsianRiwayat, respons: skemaEntriTertulis }),
  ubah: titik({ method: 'PUT', url: '/api/pegawai/:nip/riwayat/:jenis/:id', akses: 'pegawai:ubah', tag: 'riwayat', ringkasan: 'Mengubah satu entri riwayat (sertakan versi)',
    params: paramEntriRiwayat, body: skemaIsianRiwayat, respons: skemaEntriTertulis }),
  hapus: titik({ method: 'DELETE', url: '/api/pegawai/:nip/riwayat/:jenis/:id', akses: 'pegawai:ubah', tag: 'riwayat',
    ringkasan: 'Menghapus satu entri riwayat (sertakan versi); dokumennya tetap di arsip', params: paramEntriRiwayat, query: skemaHapusRiwayat, respons: zOk }),
};

/** Documents (PDF) of an employee (server: apps/server/src/rute/berkas.ts). */
export const KONTRAK_BERKAS = {
  daftar: titik({ method: 'GET', url: '/api/pegawai/:nip/berkas', akses: 'pegawai:data_pribadi', tag: 'berkas', ringkasan: 'Daftar dokumen (PDF) pegawai', params: paramNip,
    respons: skemaDaftarBerkas }),
  unggah: titik({ method: 'POST', url: '/api/pegawai/:nip/berkas', akses: ['pegawai:ubah', 'usulan:ajukan'], tag: 'berkas',
    ringkasan: 'Mengunggah dokumen PDF (multipart: file, riwayatJenis, riwayatId, keterangan): admin ke entri riwayat, ASN untuk usulan', params: paramNip,
    respons: skemaBerkasTersimpan }),
  buka: titik({ method: 'GET', url: '/api/pegawai/:nip/berkas/:id', akses: ['pegawai:data_pribadi', 'usulan:verifikasi'], tag: 'berkas', hasil: 'pdf',
    ringkasan: 'Membuka satu dokumen PDF (dicatat di log audit bila dibuka orang lain)', params: paramBerkas }),
};

/** Change proposals by ASN and their verification (server: apps/server/src/rute/usulan.ts). */
export const KONTRAK_USULAN = {
  daftar: titik({ method: 'GET', url: '/api/usulan', akses: 'usulan:baca', tag: 'usulan', ringkasan: 'Antrian verifikasi (verifikator) atau usulan sendiri (ASN)',
    query: skemaDaftarUsulan, respons: skemaHalamanUsulan }),
  ekspor: titik({ method: 'GET', url: '/api/usulan/ekspor.xlsx', akses: 'usulan:baca', tag: 'usulan', query: skemaDaftarUsulan, hasil: 'xlsx',
    ringkasan: 'Daftar usulan perubahan sebagai XLSX, dengan pencarian, saringan dan urutan halaman (semua baris), dalam lingkup yang sama' }),
  ajukan: titik({ method: 'POST', url: '/api/usulan', akses: 'usulan:ajukan', tag: 'usulan',
    ringkasan: 'ASN mengusulkan perubahan datanya sendiri dengan dokumen pendukung yang sudah diunggah', body: skemaAjukanUsulan, respons: skemaUsulanBaru }),
  ambil: titik({ method: 'GET', url: '/api/usulan/:id', akses: 'usulan:baca', tag: 'usulan',
    ringkasan: 'Satu usulan dengan perbandingan per isian: saat diusulkan, saat ini, usulan', params: paramIdUsulan, respons: skemaUsulanRinci }),
  setujui: titik({ method: 'POST', url: '/api/usulan/:id/setujui', akses: 'usulan:verifikasi', tag: 'usulan',
    ringkasan: 'Menyetujui dan menerapkan usulan secara atomik; 409 bila sudah diputus orang lain', params: paramIdUsulan, body: skemaSetujui.optional(), respons: skemaPutusan }),
  tolak: titik({ method: 'POST', url: '/api/usulan/:id/tolak', akses: 'usulan:verifikasi', tag: 'usulan',
    ringkasan: 'Menolak usulan dengan alasan; 409 bila sudah diputus orang lain', params: paramIdUsulan, body: skemaTolak, respons: skemaPutusan }),
  batalkan: titik({ method: 'POST', url: '/api/usulan/:id/batalkan', akses: 'usulan:ajukan', tag: 'usulan', ringkasan: 'ASN membatalkan usulannya yang belum diputus',
    params: paramIdUsulan, respons: skemaPutusan }),
};

/** Bulk import of employees and riwayat (server: apps/server/src/rute/impor.ts). */
export const KONTRAK_IMPOR = {
  template: titik({ method: 'GET', url: '/api/impor/template.xlsx', akses: 'pegawai:impor', tag: 'impor', hasil: 'xlsx',
    ringkasan: 'Template XLSX impor pegawai dan riwayat, dengan petunjuk per kolom' }),
  pegawai: titik({ method: 'POST', url: '/api/impor/pegawai', akses: 'pegawai:impor', tag: 'impor',
    ringkasan: 'Impor pegawai dan riwayat dari XLSX/CSV (multipart "file"): semua baris diperiksa dulu, lalu semua atau tidak sama sekali. ' +
      'Dengan Accept: application/x-ndjson jawabannya aliran kemajuan lalu hasil.', query: skemaKueriImpor, respons: skemaHasilImpor }),
  laporan: titik({ method: 'POST', url: '/api/impor/laporan.xlsx', akses: 'pegawai:impor', tag: 'impor', hasil: 'xlsx',
    ringkasan: 'Laporan masalah impor sebagai XLSX (dari daftar masalah hasil pemeriksaan)', body: skemaLaporanImpor }),
};

/** Organisation reference data and the dashboard (server: apps/server/src/rute/lain.ts). */
export const KONTRAK_ORGANISASI = {
  unit: titik({ method: 'GET', url: '/api/unit', akses: 'organisasi:baca', tag: 'organisasi', ringkasan: 'Pohon unit organisasi dengan jumlah pegawai aktif per cabang',
    respons: skemaDaftarUnit }),
  jabatan: titik({ method: 'GET', url: '/api/jabatan', akses: 'organisasi:baca', tag: 'organisasi', ringkasan: 'Katalog jabatan', query: skemaCariJabatan,
    respons: skemaDaftarJabatan }),
  statistik: titik({ method: 'GET', url: '/api/dasbor/statistik', akses: 'dasbor:baca', tag: 'dasbor',
    ringkasan: 'Komposisi pegawai per golongan, pendidikan, jabatan, status, jenis kelamin dan unit (Data Umum Organisasi)', query: skemaStatistik, respons: skemaHasilStatistik }),
};

export * from './pegawai/identitas.types.ts';
export * from './pegawai/pegawai.types.ts';
export * from './riwayat/entri-riwayat.types.ts';
export * from './berkas/berkas.types.ts';
export * from './usulan/jenis-usulan.ts';
export * from './usulan/jenis-usulan.types.ts';
export * from './usulan/usulan.types.ts';
export * from './impor/hasil-impor.types.ts';
export * from './organisasi/organisasi.types.ts';
export * from './dasbor/statistik-pegawai.types.ts';
