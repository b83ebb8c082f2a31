import { titik } from '@simasn/kontrak';
import { skemaDaftarAsesmen, skemaDaftarJpm, skemaDaftarKamus, skemaDaftarStandar, skemaIdAsesmen, skemaIdJabatan, skemaItemKamus, skemaItemStandar, skemaProfilKompetensi,
  skemaResponsAsesmen, skemaResponsDaftarAsesmen, skemaResponsDaftarJpm, skemaResponsDaftarStandar, skemaResponsImporStandar, skemaResponsKamus, skemaResponsProfil,
  skemaSimpanStandar, skemaSimpanTeknis, skemaVerifikasiAsesmen } from './kompetensi.types.ts';

/** Kompetensi and JPM (server: apps/server/src/rute/kompetensi.ts). Pure: the web imports `@simasn/kompetensi/kontrak`. */
export const KONTRAK_KOMPETENSI = {
  kamus: titik({ method: 'GET', url: '/api/kompetensi/kamus', akses: 'organisasi:baca', tag: 'kompetensi', query: skemaDaftarKamus,
    ringkasan: 'Kamus kompetensi: 8 manajerial dan 1 sosial kultural (PermenPAN-RB 38/2017) serta kompetensi teknis instansi', respons: skemaResponsKamus }),
  simpanTeknis: titik({ method: 'PUT', url: '/api/kompetensi/kamus', akses: 'kompetensi:kelola', tag: 'kompetensi', body: skemaSimpanTeknis,
    ringkasan: 'Menambah atau mengubah kompetensi teknis instansi (kode, nama, uraian, aktif)', respons: skemaItemKamus }),
  standar: titik({ method: 'GET', url: '/api/kompetensi/standar', akses: 'organisasi:baca', tag: 'kompetensi', query: skemaDaftarStandar,
    ringkasan: 'Jabatan dengan standar kompetensinya (pencarian, saringan, halaman)', respons: skemaResponsDaftarStandar }),
  simpanStandar: titik({ method: 'PUT', url: '/api/kompetensi/standar/:id', akses: 'kompetensi:kelola', tag: 'kompetensi', params: skemaIdJabatan, body: skemaSimpanStandar,
    ringkasan: 'Menetapkan standar kompetensi satu jabatan (level 1 sampai 5 per kompetensi)',
    respons: skemaItemStandar.pick({ id: true, kode: true, nama: true, standar: true }) }),
  eksporStandar: titik({ method: 'GET', url: '/api/kompetensi/standar/ekspor.xlsx', akses: 'organisasi:baca', tag: 'kompetensi', query: skemaDaftarStandar, hasil: 'xlsx',
    ringkasan: 'Standar kompetensi jabatan sebagai XLSX (satu baris per jabatan dan kompetensi) yang dapat diimpor kembali' }),
  imporStandar: titik({ method: 'POST', url: '/api/kompetensi/standar/impor', akses: 'kompetensi:kelola', tag: 'kompetensi',
    ringkasan: 'Impor standar kompetensi dari XLSX/CSV (multipart "file"): semua baris diperiksa dulu; bila ada masalah tidak ada yang disimpan (422 dengan baris, kolom, alasan)',
    respons: skemaResponsImporStandar }),
  asesmen: titik({ method: 'GET', url: '/api/kompetensi/asesmen', akses: 'kompetensi:baca', tag: 'kompetensi', query: skemaDaftarAsesmen,
    ringkasan: 'Hasil asesmen kompetensi dalam kewenangan Anda (pencarian, status, sumber, halaman)', respons: skemaResponsDaftarAsesmen }),
  catatAsesmen: titik({ method: 'POST', url: '/api/kompetensi/asesmen', akses: 'kompetensi:catat', tag: 'kompetensi',
    ringkasan: 'Mencatat hasil asesmen dari assessment center (multipart: nip, tanggal, lembaga, asesor, level JSON, file laporan PDF); menunggu verifikasi orang kedua',
    respons: skemaResponsAsesmen }),
  eksporAsesmen: titik({ method: 'GET', url: '/api/kompetensi/asesmen/ekspor.xlsx', akses: 'kompetensi:baca', tag: 'kompetensi', query: skemaDaftarAsesmen, hasil: 'xlsx',
    ringkasan: 'Hasil asesmen kompetensi (pencarian dan saringan yang sama, semua halaman) sebagai XLSX' }),
  verifikasiAsesmen: titik({ method: 'POST', url: '/api/kompetensi/asesmen/:id/verifikasi', akses: 'kompetensi:verifikasi', tag: 'kompetensi', params: skemaIdAsesmen,
    body: skemaVerifikasiAsesmen, ringkasan: 'Orang kedua (bukan pencatat) memverifikasi atau menolak hasil asesmen', respons: skemaResponsAsesmen }),
  profil: titik({ method: 'GET', url: '/api/kompetensi/profil', akses: 'kompetensi:baca', tag: 'kompetensi', query: skemaProfilKompetensi,
    ringkasan: 'Profil kompetensi seorang pegawai (Anda sendiri tanpa nip): standar jabatan, level, kesenjangan, JPM, saran pengembangan, riwayat asesmen',
    respons: skemaResponsProfil }),
  jpm: titik({ method: 'GET', url: '/api/kompetensi/jpm', akses: 'kompetensi:baca', tag: 'kompetensi', query: skemaDaftarJpm,
    ringkasan: 'JPM pegawai dalam kewenangan Anda: sebaran per kategori dan daftar (pencarian, unit, kategori, halaman)', respons: skemaResponsDaftarJpm }),
  eksporJpm: titik({ method: 'GET', url: '/api/kompetensi/jpm/ekspor.xlsx', akses: 'kompetensi:baca', tag: 'kompetensi', query: skemaDaftarJpm, hasil: 'xlsx',
    ringkasan: 'Daftar JPM pegawai (saringan yang sama) sebagai XLSX' }),
};

export * from './kompetensi.types.ts';
export * from './status-asesmen.ts';
