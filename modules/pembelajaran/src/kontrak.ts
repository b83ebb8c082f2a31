import { titik } from '@simasn/kontrak';
import { skemaCabutSertifikat, skemaDaftarJp, skemaDaftarKursus, skemaIdKursus, skemaIdModul, skemaJpSaya, skemaKatalog, skemaKirimKuis, skemaKodeSertifikat, skemaKursusAdmin,
  skemaResponsBukaKursus, skemaResponsCabut, skemaResponsDaftarJp, skemaResponsDaftarKursus, skemaResponsIkut, skemaResponsJpSaya, skemaResponsKatalog, skemaResponsKuis,
  skemaResponsProgres, skemaResponsSimpanKursus, skemaResponsUnggahPdf, skemaResponsVerifikasi, skemaSimpanKursus, skemaStatusKursus } from './pembelajaran.types.ts';

/** E-learning, certificates and the 20 JP (server: apps/server/src/rute/pembelajaran.ts). Pure: the web imports `@simasn/pembelajaran/kontrak`. */
export const KONTRAK_PEMBELAJARAN = {
  daftarKursus: titik({ method: 'GET', url: '/api/pembelajaran/kursus', akses: 'pembelajaran:kelola', tag: 'pembelajaran', query: skemaDaftarKursus,
    ringkasan: 'Daftar kursus e-learning (pencarian, saringan status, halaman) untuk pengelola BKD', respons: skemaResponsDaftarKursus }),
  ambilKursus: titik({ method: 'GET', url: '/api/pembelajaran/kursus/:id', akses: 'pembelajaran:kelola', tag: 'pembelajaran', params: skemaIdKursus,
    ringkasan: 'Satu kursus lengkap dengan modul, soal kuis dan kunci jawabannya (pengelola)', respons: skemaKursusAdmin }),
  buatKursus: titik({ method: 'POST', url: '/api/pembelajaran/kursus', akses: 'pembelajaran:kelola', tag: 'pembelajaran', body: skemaSimpanKursus,
    ringkasan: 'Membuat kursus (draf) dengan modul, kuis, prasyarat, JP, jenis diklat SIASN, kompetensi dan sasaran peserta', respons: skemaResponsSimpanKursus }),
  ubahKursus: titik({ method: 'PUT', url: '/api/pembelajaran/kursus/:id', akses: 'pembelajaran:kelola', tag: 'pembelajaran', params: skemaIdKursus, body: skemaSimpanKursus,
    ringkasan: 'Mengubah kursus beserta modul dan kuisnya (modul yang sudah dikerjakan peserta tidak dapat dihapus)', respons: skemaResponsSimpanKursus }),
  statusKursus: titik({ method: 'POST', url: '/api/pembelajaran/kursus/:id/status', akses: 'pembelajaran:kelola', tag: 'pembelajaran', params: skemaIdKursus,
    body: skemaStatusKursus, ringkasan: 'Menerbitkan, mengarsipkan atau mengembalikan kursus ke draf', respons: skemaResponsSimpanKursus }),
  unggahPdf: titik({ method: 'POST', url: '/api/pembelajaran/kursus/:id/modul/:modulId/pdf', akses: 'pembelajaran:kelola', tag: 'pembelajaran', params: skemaIdModul,
    ringkasan: 'Mengunggah berkas PDF modul (multipart "file", paling besar 10 MB)', respons: skemaResponsUnggahPdf }),
  unduhPdf: titik({ method: 'GET', url: '/api/pembelajaran/kursus/:id/modul/:modulId/pdf', akses: ['pembelajaran:ikuti', 'pembelajaran:kelola'], tag: 'pembelajaran',
    params: skemaIdModul, hasil: 'pdf', ringkasan: 'Berkas PDF modul untuk peserta kursus atau pengelola' }),
  katalog: titik({ method: 'GET', url: '/api/pembelajaran/katalog', akses: 'pembelajaran:ikuti', tag: 'pembelajaran', query: skemaKatalog,
    ringkasan: 'Katalog kursus terbit yang boleh Anda ikuti, dengan kemajuan Anda', respons: skemaResponsKatalog }),
  buka: titik({ method: 'GET', url: '/api/pembelajaran/belajar/:id', akses: 'pembelajaran:ikuti', tag: 'pembelajaran', params: skemaIdKursus,
    ringkasan: 'Satu kursus untuk peserta: modul, soal kuis (tanpa kunci) dan kemajuan Anda', respons: skemaResponsBukaKursus }),
  ikuti: titik({ method: 'POST', url: '/api/pembelajaran/belajar/:id/ikuti', akses: 'pembelajaran:ikuti', tag: 'pembelajaran', params: skemaIdKursus,
    ringkasan: 'Mendaftar pada kursus (prasyarat sudah selesai, termasuk sasaran peserta)', respons: skemaResponsIkut }),
  selesaiModul: titik({ method: 'POST', url: '/api/pembelajaran/belajar/:id/modul/:modulId/selesai', akses: 'pembelajaran:ikuti', tag: 'pembelajaran', params: skemaIdModul,
    ringkasan: 'Menandai modul bacaan, PDF atau video selesai; kursus lengkap menerbitkan sertifikat dan riwayat diklat', respons: skemaResponsProgres }),
  kuis: titik({ method: 'POST', url: '/api/pembelajaran/belajar/:id/modul/:modulId/kuis', akses: 'pembelajaran:ikuti', tag: 'pembelajaran', params: skemaIdModul,
    body: skemaKirimKuis, ringkasan: 'Mengirim jawaban kuis; dinilai di server, pembahasan tampil bila lulus', respons: skemaResponsKuis }),
  sertifikat: titik({ method: 'GET', url: '/api/pembelajaran/sertifikat/:kode', akses: 'pembelajaran:baca', tag: 'pembelajaran', params: skemaKodeSertifikat, hasil: 'pdf',
    ringkasan: 'Sertifikat kursus (PDF dengan nomor, JP, tanggal, kode verifikasi dan QR) milik pegawai dalam kewenangan' }),
  cabutSertifikat: titik({ method: 'POST', url: '/api/pembelajaran/sertifikat/:kode/cabut', akses: 'pembelajaran:kelola', tag: 'pembelajaran', params: skemaKodeSertifikat,
    body: skemaCabutSertifikat, ringkasan: 'Mencabut sertifikat kursus dengan alasan; riwayat diklat yang ditulisnya dihapus (tercatat di log audit)',
    respons: skemaResponsCabut }),
  verifikasi: titik({ method: 'GET', url: '/api/publik/sertifikat/:kode', akses: 'publik', tag: 'pembelajaran', batasPerMenit: 30, params: skemaKodeSertifikat,
    ringkasan: 'Pemeriksaan keaslian sertifikat kursus (tanpa masuk): sah atau dicabut, nama, NIP tersamar, kursus, JP, tanggal', respons: skemaResponsVerifikasi }),
  jpPegawai: titik({ method: 'GET', url: '/api/pembelajaran/jp/pegawai', akses: 'pembelajaran:baca', tag: 'pembelajaran', query: skemaJpSaya,
    ringkasan: 'JP pengembangan kompetensi setahun seorang pegawai (Anda sendiri tanpa nip): setiap riwayat diklat, klasikal/nonklasikal, saran kursus',
    respons: skemaResponsJpSaya }),
  daftarJp: titik({ method: 'GET', url: '/api/pembelajaran/jp', akses: 'pembelajaran:baca', tag: 'pembelajaran', query: skemaDaftarJp,
    ringkasan: 'JP setahun setiap pegawai dalam kewenangan: siapa di bawah 20 JP (pencarian, saringan unit, halaman) dan sebarannya', respons: skemaResponsDaftarJp }),
  eksporJp: titik({ method: 'GET', url: '/api/pembelajaran/jp.xlsx', akses: 'pembelajaran:baca', tag: 'pembelajaran', query: skemaDaftarJp, hasil: 'xlsx',
    ringkasan: 'Daftar JP setahun per pegawai dalam kewenangan sebagai XLSX (saringan sama dengan daftar)' }),
};

export * from './jenis-pembelajaran.ts';
export * from './pembelajaran.types.ts';
