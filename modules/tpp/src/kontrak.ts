import { titik } from '@simasn/kontrak';
import { skemaBarisTpp, skemaBulanTpp, skemaBuatPenyesuaian, skemaDaftarKelas, skemaHitungTpp, skemaIdJabatan, skemaKunciTpp, skemaNipRekening, skemaNominatif, skemaPenyesuaian,
  skemaRekening, skemaResponsBarisTpp, skemaResponsBulanTpp, skemaResponsDaftarKelas, skemaResponsHitungTpp, skemaResponsImporKelas, skemaResponsKunci, skemaResponsRekening,
  skemaResponsRincianTpp, skemaResponsTinjau, skemaResponsUbahKelas, skemaRincianTpp, skemaTinjauTpp, skemaUbahKelas } from './tpp.types.ts';

/** TPP monthly and kelas jabatan (server: apps/server/src/rute/tpp.ts). Pure: the web imports `@simasn/tpp/kontrak`. */
export const KONTRAK_TPP = {
  bulan: titik({ method: 'GET', url: '/api/tpp/bulan', akses: 'tpp:baca', tag: 'tpp', query: skemaBulanTpp,
    ringkasan: 'TPP sebulan: status, aturan, ringkasan per perangkat daerah dalam kewenangan Anda (BKAD: hanya bulan yang dikunci)', respons: skemaResponsBulanTpp }),
  baris: titik({ method: 'GET', url: '/api/tpp/baris', akses: 'tpp:baca', tag: 'tpp', query: skemaBarisTpp,
    ringkasan: 'TPP sebulan per pegawai dalam kewenangan Anda (pencarian, saringan, halaman)', respons: skemaResponsBarisTpp }),
  rincian: titik({ method: 'GET', url: '/api/tpp/rincian', akses: 'tpp:baca', tag: 'tpp', query: skemaRincianTpp,
    ringkasan: 'TPP sebulan seorang pegawai (Anda sendiri tanpa pegawaiId) dengan alasan setiap rupiah dan penyesuaiannya', respons: skemaResponsRincianTpp }),
  hitung: titik({ method: 'POST', url: '/api/tpp/hitung', akses: 'tpp:kelola', tag: 'tpp', body: skemaHitungTpp,
    ringkasan: 'Menghitung (ulang) TPP sebulan untuk semua pegawai selama bulan itu belum dikunci', respons: skemaResponsHitungTpp }),
  tinjau: titik({ method: 'POST', url: '/api/tpp/tinjau', akses: 'tpp:tinjau', tag: 'tpp', body: skemaTinjauTpp,
    ringkasan: 'Admin OPD menandai TPP perangkat daerahnya sudah ditinjau (atau membatalkannya)', respons: skemaResponsTinjau }),
  kunci: titik({ method: 'POST', url: '/api/tpp/kunci', akses: 'tpp:kelola', tag: 'tpp', body: skemaKunciTpp,
    ringkasan: 'BKD mengunci TPP sebulan setelah semua perangkat daerah meninjau; sesudahnya tidak dapat diubah', respons: skemaResponsKunci }),
  penyesuaian: titik({ method: 'POST', url: '/api/tpp/penyesuaian', akses: 'tpp:kelola', tag: 'tpp', body: skemaBuatPenyesuaian,
    ringkasan: 'Koreksi bulan yang sudah dikunci untuk seorang pegawai: selisihnya dibayar bersama bulan berikutnya yang masih terbuka', respons: skemaPenyesuaian }),
  nominatifXlsx: titik({ method: 'GET', url: '/api/tpp/nominatif.xlsx', akses: 'tpp:baca', tag: 'tpp', query: skemaNominatif, hasil: 'xlsx',
    ringkasan: 'Daftar nominatif TPP sebulan (XLSX) per perangkat daerah atau semua dalam kewenangan' }),
  nominatifPdf: titik({ method: 'GET', url: '/api/tpp/nominatif.pdf', akses: 'tpp:baca', tag: 'tpp', query: skemaNominatif, hasil: 'pdf',
    ringkasan: 'Daftar nominatif TPP sebulan satu perangkat daerah siap cetak (PDF, dengan tanda tangan)' }),
  bank: titik({ method: 'GET', url: '/api/tpp/bank.csv', akses: 'tpp:bayar', tag: 'tpp', query: skemaNominatif, hasil: 'csv',
    ringkasan: 'Berkas transfer bank TPP bulan yang sudah dikunci (CSV: rekening, nama bank, nama, NIP, jumlah)' }),
  rekening: titik({ method: 'PUT', url: '/api/tpp/rekening/:nip', akses: 'pegawai:ubah', tag: 'tpp', params: skemaNipRekening, body: skemaRekening,
    ringkasan: 'Mencatat rekening bank penerima TPP seorang pegawai', respons: skemaResponsRekening }),
  kelas: titik({ method: 'GET', url: '/api/kelas-jabatan', akses: 'organisasi:baca', tag: 'tpp', query: skemaDaftarKelas,
    ringkasan: 'Jabatan dengan kelas jabatan dan besaran TPP-nya (pencarian, saringan, halaman)', respons: skemaResponsDaftarKelas }),
  ubahKelas: titik({ method: 'PUT', url: '/api/kelas-jabatan/:id', akses: 'tpp:kelola', tag: 'tpp', params: skemaIdJabatan, body: skemaUbahKelas,
    ringkasan: 'Mengubah kelas jabatan satu jabatan', respons: skemaResponsUbahKelas }),
  eksporKelas: titik({ method: 'GET', url: '/api/kelas-jabatan/ekspor.xlsx', akses: 'organisasi:baca', tag: 'tpp', query: skemaDaftarKelas, hasil: 'xlsx',
    ringkasan: 'Daftar kelas jabatan sebagai XLSX (bisa diubah lalu diimpor kembali)' }),
  imporKelas: titik({ method: 'POST', url: '/api/kelas-jabatan/impor', akses: 'tpp:kelola', tag: 'tpp',
    ringkasan: 'Impor kelas jabatan dari XLSX/CSV (multipart "file"): semua baris diperiksa dulu, lalu semua atau tidak sama sekali', respons: skemaResponsImporKelas }),
};

export * from './tpp.types.ts';
