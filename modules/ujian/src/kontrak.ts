import { titik } from '@simasn/kontrak';
import { skemaDaftarButir, skemaEksporQti, skemaId, skemaIdUrutan, skemaMulai, skemaPercobaan, skemaResponsAnalisis, skemaResponsDaftarBank, skemaResponsDaftarButir,
  skemaResponsDaftarTes, skemaResponsImpor, skemaResponsJawaban, skemaResponsPantau, skemaResponsSinyal, skemaResponsTesSaya, skemaHasil, skemaBank, skemaButir, skemaSimpanButir,
  skemaSimpanJawaban, skemaSinyal, skemaTambahBank, skemaTambahTes, skemaTes, skemaUbahStatusButir } from './ujian.types.ts';

/** Uji kompetensi, CAT (server: apps/server/src/rute/ujian.ts). Pure: the web imports `@simasn/ujian/kontrak`. */
export const KONTRAK_UJIAN = {
  daftarBank: titik({ method: 'GET', url: '/api/ujian/bank', akses: 'ujian:kelola', tag: 'ujian', ringkasan: 'Bank soal instansi dengan jumlah butirnya',
    respons: skemaResponsDaftarBank }),
  tambahBank: titik({ method: 'POST', url: '/api/ujian/bank', akses: 'ujian:kelola', tag: 'ujian', body: skemaTambahBank,
    ringkasan: 'Membuat bank soal (seleksi TWK/TIU/TKP atau per kompetensi)', respons: skemaBank }),
  eksporBank: titik({ method: 'GET', url: '/api/ujian/bank/:id/ekspor.xlsx', akses: 'ujian:kelola', tag: 'ujian', params: skemaId, hasil: 'xlsx',
    ringkasan: 'Butir bank soal (versi terkini) sebagai XLSX, bentuk yang sama dengan impor' }),
  /** Multipart (field `file`: XLSX). */
  imporBank: titik({ method: 'POST', url: '/api/ujian/bank/:id/impor', akses: 'ujian:kelola', tag: 'ujian', params: skemaId,
    ringkasan: 'Mengimpor butir dari XLSX ke bank soal (semua baris atau tidak sama sekali; butir baru berstatus draf)', respons: skemaResponsImpor }),
  eksporBankQti: titik({ method: 'GET', url: '/api/ujian/bank/:id/ekspor-qti.zip', akses: 'ujian:kelola', tag: 'ujian', params: skemaId, query: skemaEksporQti, hasil: 'zip',
    ringkasan: 'Butir bank soal (semua atau yang dipilih, versi terkini) sebagai paket QTI 3.0: imsmanifest.xml, satu berkas per butir, gambarnya' }),
  /** Multipart (field `file`: a QTI package .zip, or one item .xml). */
  imporBankQti: titik({ method: 'POST', url: '/api/ujian/bank/:id/impor-qti', akses: 'ujian:kelola', tag: 'ujian', params: skemaId,
    ringkasan: 'Mengimpor butir dari paket QTI 3.0/2.1 ke bank soal (semua butir atau tidak sama sekali; butir baru berstatus draf)', respons: skemaResponsImpor }),
  daftarButir: titik({ method: 'GET', url: '/api/ujian/butir', akses: 'ujian:kelola', tag: 'ujian', query: skemaDaftarButir,
    ringkasan: 'Butir soal dengan pencarian, saringan bank/kategori/status dan halaman', respons: skemaResponsDaftarButir }),
  tambahButir: titik({ method: 'POST', url: '/api/ujian/butir', akses: 'ujian:kelola', tag: 'ujian', body: skemaSimpanButir, ringkasan: 'Menulis butir soal baru (draf)',
    respons: skemaButir }),
  ubahButir: titik({ method: 'PUT', url: '/api/ujian/butir/:id', akses: 'ujian:kelola', tag: 'ujian', params: skemaId, body: skemaSimpanButir,
    ringkasan: 'Mengubah butir soal: versi baru (versi lama tetap untuk tes yang sudah memakainya), kembali menjadi draf', respons: skemaButir }),
  statusButir: titik({ method: 'POST', url: '/api/ujian/butir/:id/status', akses: 'ujian:kelola', tag: 'ujian', params: skemaId, body: skemaUbahStatusButir,
    ringkasan: 'Meninjau butir: draf -> ditinjau -> aktif (atau kembali ke draf); aktif <-> nonaktif', respons: skemaButir }),
  /** Multipart (field `file`: PNG or JPEG, at most 1 MB). */
  unggahGambar: titik({ method: 'POST', url: '/api/ujian/butir/:id/gambar', akses: 'ujian:kelola', tag: 'ujian', params: skemaId,
    ringkasan: 'Melampirkan gambar butir (PNG atau JPEG, paling besar 1 MB; versi baru)', respons: skemaButir }),
  gambarButir: titik({ method: 'GET', url: '/api/ujian/butir/:id/gambar', akses: 'ujian:kelola', tag: 'ujian', params: skemaId, hasil: 'png',
    ringkasan: 'Gambar butir (versi terkini)' }),
  daftarTes: titik({ method: 'GET', url: '/api/ujian/tes', akses: ['ujian:kelola', 'ujian:awasi'], tag: 'ujian', ringkasan: 'Semua tes dengan jumlah pesertanya',
    respons: skemaResponsDaftarTes }),
  tambahTes: titik({ method: 'POST', url: '/api/ujian/tes', akses: 'ujian:kelola', tag: 'ujian', body: skemaTambahTes,
    ringkasan: 'Membuat tes CAT: kategori dan jumlah butir yang diundi dari bank, nilai ambang batas, waktu, jadwal, sasaran peserta', respons: skemaTes }),
  pantau: titik({ method: 'GET', url: '/api/ujian/tes/:id/pantau', akses: 'ujian:awasi', tag: 'ujian', params: skemaId,
    ringkasan: 'Peserta tes dengan keadaan, nilai dan sinyal kecurangan (untuk pengawas, tanpa sanksi otomatis)', respons: skemaResponsPantau }),
  analisis: titik({ method: 'GET', url: '/api/ujian/tes/:id/analisis', akses: 'ujian:awasi', tag: 'ujian', params: skemaId,
    ringkasan: 'Analisis butir tes (p, d, r, pengecoh, alfa) dan hasil per kategori dan unit', respons: skemaResponsAnalisis }),
  eksporAnalisis: titik({ method: 'GET', url: '/api/ujian/tes/:id/analisis.xlsx', akses: 'ujian:awasi', tag: 'ujian', params: skemaId, hasil: 'xlsx',
    ringkasan: 'Analisis butir tes sebagai XLSX' }),
  saya: titik({ method: 'GET', url: '/api/ujian/saya', akses: 'ujian:ikut', tag: 'ujian', ringkasan: 'Tes yang ditujukan kepada Anda dan keadaannya',
    respons: skemaResponsTesSaya }),
  mulai: titik({ method: 'POST', url: '/api/ujian/tes/:id/mulai', akses: 'ujian:ikut', tag: 'ujian', params: skemaId, body: skemaMulai,
    ringkasan: 'Memulai tes (soal diundi dan diacak dengan benih kriptografis) atau melanjutkan yang sedang berjalan', respons: skemaPercobaan }),
  percobaan: titik({ method: 'GET', url: '/api/ujian/percobaan/:id', akses: 'ujian:ikut', tag: 'ujian', params: skemaId,
    ringkasan: 'Tes yang sedang Anda kerjakan: soal, jawaban tersimpan, sisa waktu menurut server', respons: skemaPercobaan }),
  jawab: titik({ method: 'PUT', url: '/api/ujian/percobaan/:id/jawaban', akses: 'ujian:ikut', tag: 'ujian', params: skemaId, body: skemaSimpanJawaban,
    ringkasan: 'Menyimpan jawaban satu soal (idempoten; kiriman lama tidak menimpa jawaban yang lebih baru)', respons: skemaResponsJawaban }),
  sinyal: titik({ method: 'POST', url: '/api/ujian/percobaan/:id/sinyal', akses: 'ujian:ikut', tag: 'ujian', params: skemaId, body: skemaSinyal,
    ringkasan: 'Mencatat bahwa halaman tes ditinggalkan (untuk pengawas)', respons: skemaResponsSinyal }),
  gambar: titik({ method: 'GET', url: '/api/ujian/percobaan/:id/gambar/:urutan', akses: 'ujian:ikut', tag: 'ujian', params: skemaIdUrutan, hasil: 'png',
    ringkasan: 'Gambar soal pada tes yang sedang Anda kerjakan' }),
  selesai: titik({ method: 'POST', url: '/api/ujian/percobaan/:id/selesai', akses: 'ujian:ikut', tag: 'ujian', params: skemaId, ringkasan: 'Mengakhiri tes sebelum waktu habis',
    respons: skemaPercobaan }),
  hasil: titik({ method: 'GET', url: '/api/ujian/percobaan/:id/hasil', akses: 'ujian:ikut', tag: 'ujian', params: skemaId,
    ringkasan: 'Hasil tes Anda per kategori; pembahasan setelah jadwal tes ditutup', respons: skemaHasil }),
};

export * from './label-ujian.ts';
export * from './ujian.types.ts';
