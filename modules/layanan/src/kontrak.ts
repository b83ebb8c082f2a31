import { titik } from '@simasn/kontrak';
import { skemaAjukanUsulanLayanan, skemaDaftarUsulanLayanan, skemaIdUsulanLayanan, skemaKodeDokumenUsulan, skemaLayananPegawai, skemaProsesUsulanLayanan,
  skemaResponsDaftarUsulanLayanan, skemaResponsDokumenUsulan, skemaResponsLayananPegawai, skemaUsulanLayanan, skemaUsulanRinci } from '@simasn/platform/alur/kontrak';
import { skemaAjukanKenaikanPangkat, skemaDaftarKenaikanPangkat, skemaHasilJalankanTmt, skemaParamSkKenaikanPangkat, skemaResponsAjukanKenaikanPangkat,
  skemaResponsDaftarKenaikanPangkat } from './kenaikan-pangkat/kenaikan-pangkat.types.ts';
import { skemaDaftarKgb, skemaFormatSuratKgb, skemaKonfirmasiKgb, skemaParamSuratKgb, skemaResponsKgbBulanan, skemaResponsKonfirmasiKgb, skemaResponsRiwayatGaji,
  skemaRiwayatGaji } from './kgb/kgb.types.ts';
import { skemaDaftarNotifikasi, skemaResponsDaftarNotifikasi, skemaResponsTandaiDibaca, skemaTandaiDibaca } from '@simasn/platform/notifikasi/kontrak';
import { skemaDaftarPensiun, skemaHasilPeriksaKeluarga, skemaParamNipKependudukan, skemaResponsDaftarPensiun } from './pensiun/pensiun.types.ts';

/**
 * The layanan module's endpoints (server: apps/server/src/rute/layanan.ts, kenaikan-pangkat.ts,
 * pensiun.ts; web: `panggil(KONTRAK_LAYANAN.usulan, ...)`). Pure: the web imports this subpath
 * (`@simasn/layanan/kontrak`), never the module's index.
 */
export const KONTRAK_LAYANAN = {
  // The workflow engine's requests (every service: KGB, kenaikan pangkat, pensiun).
  daftarUsulan: titik({ method: 'GET', url: '/api/layanan/usulan', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarUsulanLayanan,
    ringkasan: 'Usulan layanan dalam lingkup: jenis, langkah, status, tenggat (menunggu=1: yang menunggu tindakan peran Anda)', respons: skemaResponsDaftarUsulanLayanan }),
  eksporUsulan: titik({ method: 'GET', url: '/api/layanan/usulan/ekspor.xlsx', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarUsulanLayanan, hasil: 'xlsx',
    ringkasan: 'Usulan layanan dalam lingkup sebagai XLSX, dengan pencarian, saringan dan urutan yang sama dengan antriannya' }),
  ajukanUsulan: titik({ method: 'POST', url: '/api/layanan/usulan', akses: 'layanan:ajukan', tag: 'layanan', body: skemaAjukanUsulanLayanan,
    ringkasan: 'Mengajukan usulan layanan untuk seorang pegawai (langkah pertama); dokumen arsip yang sudah ada dilampirkan otomatis', respons: skemaUsulanLayanan }),
  usulan: titik({ method: 'GET', url: '/api/layanan/usulan/:id', akses: 'layanan:baca', tag: 'layanan', params: skemaIdUsulanLayanan,
    ringkasan: 'Satu usulan: langkah-langkah, jejak waktu, daftar periksa dokumen, aksi yang tersedia bagi Anda', respons: skemaUsulanRinci }),
  prosesUsulan: titik({ method: 'POST', url: '/api/layanan/usulan/:id/proses', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan', params: skemaIdUsulanLayanan,
    body: skemaProsesUsulanLayanan, ringkasan: 'Meneruskan, mengembalikan (dengan alasan), menolak, menyetujui atau membatalkan usulan (dengan versi)',
    respons: skemaUsulanRinci }),
  /** Multipart (field `file`) or JSON `{ berkasId }`: the body is read by the handler, not declared. */
  lampirkanDokumen: titik({ method: 'POST', url: '/api/layanan/usulan/:id/dokumen/:kode', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan',
    params: skemaKodeDokumenUsulan, ringkasan: 'Melampirkan dokumen daftar periksa: unggah PDF (multipart, isian file) atau pakai berkas arsip ({"berkasId"})',
    respons: skemaResponsDokumenUsulan }),
  layananSaya: titik({ method: 'GET', url: '/api/layanan/saya', akses: 'layanan:baca', tag: 'layanan', query: skemaLayananPegawai,
    ringkasan: 'Semua usulan layanan seorang pegawai (tanpa nip: milik Anda sendiri) dengan langkah dan jejak waktunya', respons: skemaResponsLayananPegawai }),
  // KGB bulanan (E-Berkala) and the riwayat gaji.
  kgb: titik({ method: 'GET', url: '/api/layanan/kgb', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarKgb,
    ringkasan: 'Daftar KGB bulanan dalam lingkup: jatuh tempo, terhambat beserta alasannya, sedang diusulkan, sudah terbit, data kurang', respons: skemaResponsKgbBulanan }),
  eksporKgb: titik({ method: 'GET', url: '/api/layanan/kgb/ekspor.xlsx', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarKgb, hasil: 'xlsx',
    ringkasan: 'Daftar KGB bulanan untuk BKAD (XLSX): surat terbit, gaji pokok lama/baru, selisih, yang jatuh tempo dan terhambat' }),
  konfirmasiKgb: titik({ method: 'POST', url: '/api/layanan/kgb/konfirmasi', akses: 'layanan:proses', tag: 'layanan', body: skemaKonfirmasiKgb,
    ringkasan: 'Konfirmasi KGB massal: semua atau tidak sama sekali; menulis riwayat gaji dan menerbitkan surat KGB bernomor', respons: skemaResponsKonfirmasiKgb }),
  suratKgb: titik({ method: 'GET', url: '/api/layanan/kgb/surat/:id', akses: 'layanan:baca', tag: 'layanan', hasil: 'pdf', params: skemaParamSuratKgb, query: skemaFormatSuratKgb,
    ringkasan: 'Surat KGB (PDF atau DOCX) dari riwayat gaji yang sudah terbit' }),
  riwayatGaji: titik({ method: 'GET', url: '/api/pegawai/:nip/riwayat-gaji', akses: 'pegawai:baca', tag: 'riwayat', params: skemaRiwayatGaji,
    ringkasan: 'Riwayat gaji berkala pegawai (hanya baca: ditulis oleh KGB dan kenaikan pangkat), dengan surat bila boleh dibuka', respons: skemaResponsRiwayatGaji }),
  // The notification bell.
  notifikasi: titik({ method: 'GET', url: '/api/notifikasi', akses: 'masuk', tag: 'layanan', query: skemaDaftarNotifikasi,
    ringkasan: 'Notifikasi akun Anda (terbaru dahulu) dan jumlah yang belum dibaca', respons: skemaResponsDaftarNotifikasi }),
  tandaiDibaca: titik({ method: 'POST', url: '/api/notifikasi/baca', akses: 'masuk', tag: 'layanan', body: skemaTandaiDibaca,
    ringkasan: 'Menandai notifikasi Anda sudah dibaca (tanpa id: semuanya)', respons: skemaResponsTandaiDibaca }),
};

/** E-Pangkat: the period list, the OPD's usulan, the SK download, and the TMT job. */
export const KONTRAK_KENAIKAN_PANGKAT = {
  daftar: titik({ method: 'GET', url: '/api/kenaikan-pangkat', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarKenaikanPangkat,
    ringkasan: 'Daftar kenaikan pangkat satu periode dalam jangkauan: yang memenuhi syarat per jenis, dan yang sudah waktunya tetapi terhalang beserta alasannya',
    respons: skemaResponsDaftarKenaikanPangkat }),
  ekspor: titik({ method: 'GET', url: '/api/kenaikan-pangkat/ekspor.xlsx', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarKenaikanPangkat, hasil: 'xlsx',
    ringkasan: 'Daftar kenaikan pangkat satu periode sebagai XLSX, dengan pencarian, saringan dan urutan yang sama dengan halamannya' }),
  ajukan: titik({ method: 'POST', url: '/api/kenaikan-pangkat/usulan', akses: 'layanan:ajukan', tag: 'layanan', body: skemaAjukanKenaikanPangkat,
    ringkasan: 'Admin OPD mengusulkan kenaikan pangkat satu atau banyak pegawai satu periode (semua atau tidak sama sekali; baris yang ditolak disebut)',
    respons: skemaResponsAjukanKenaikanPangkat }),
  sk: titik({ method: 'GET', url: '/api/kenaikan-pangkat/usulan/:id/sk/:format', akses: 'layanan:baca', tag: 'layanan', params: skemaParamSkKenaikanPangkat, hasil: 'pdf',
    ringkasan: 'SK kenaikan pangkat yang sudah diterbitkan: PDF tersimpan, atau DOCX yang dapat disunting' }),
  jalankanTmt: titik({ method: 'POST', url: '/api/layanan/tmt/jalankan', akses: 'layanan:proses', tag: 'layanan',
    ringkasan: 'Menjalankan langkah TMT yang sudah tiba (riwayat golongan KP, kedudukan pensiun); dijalankan harian oleh server dan CLI', respons: skemaHasilJalankanTmt }),
};

/** SIMANTUN TANDUK: the BUP list and the family check against the population registry. */
export const KONTRAK_PENSIUN = {
  daftar: titik({ method: 'GET', url: '/api/pensiun', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarPensiun,
    ringkasan: 'Pegawai yang mencapai BUP dalam 24 bulan ke depan (atau sudah lewat): BUP, tanggal BUP, TMT pensiun, usulannya', respons: skemaResponsDaftarPensiun }),
  ekspor: titik({ method: 'GET', url: '/api/pensiun/ekspor.xlsx', akses: 'layanan:baca', tag: 'layanan', query: skemaDaftarPensiun, hasil: 'xlsx',
    ringkasan: 'Daftar pegawai yang mencapai BUP sebagai XLSX, dengan pencarian, saringan dan urutan yang sama dengan halamannya' }),
  periksaKeluarga: titik({ method: 'POST', url: '/api/pensiun/usulan/:id/periksa-keluarga', akses: ['layanan:ajukan', 'layanan:proses'], tag: 'layanan',
    params: skemaIdUsulanLayanan, ringkasan: 'Memeriksa ulang data keluarga usulan pensiun ke data kependudukan dan menyimpan hasilnya pada usulan',
    respons: skemaHasilPeriksaKeluarga }),
  kependudukan: titik({ method: 'GET', url: '/api/pegawai/:nip/kependudukan', akses: 'pegawai:data_pribadi', tag: 'layanan', params: skemaParamNipKependudukan,
    ringkasan: 'Kartu keluarga pegawai menurut data kependudukan (Dukcapil atau daftar lokal) dan perbedaannya dengan data keluarga di SIMASN',
    respons: skemaHasilPeriksaKeluarga }),
};

export * from '@simasn/platform/alur/kontrak';
export * from './kenaikan-pangkat/kenaikan-pangkat.types.ts';
export * from './kgb/kgb.types.ts';
export * from './kgb/status-kgb.ts';
export * from '@simasn/platform/notifikasi/kontrak';
export * from './pensiun/pensiun.types.ts';
