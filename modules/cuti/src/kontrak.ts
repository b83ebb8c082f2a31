import { titik } from '@simasn/kontrak';
import { skemaAjukanCuti, skemaAjukanPembatalanCuti, skemaProsesPembatalanCuti, skemaCutiSaya, skemaDokumenCuti, skemaIdCuti, skemaPersetujuanCuti, skemaPratinjauCuti,
  skemaProsesCuti, skemaResponsCuti, skemaResponsCutiSaya, skemaResponsPersetujuanCuti, skemaResponsPratinjauCuti } from './cuti.types.ts';
import { skemaIdPengganti, skemaResponsDaftarPengganti, skemaResponsPengganti, skemaTambahPengganti } from './pengganti/pengganti.types.ts';

/**
 * Leave and absence requests (server: apps/server/src/rute/cuti.ts; web: `panggil(KONTRAK_CUTI.x, ...)`).
 * Pure: the web imports this subpath (`@simasn/cuti/kontrak`), never the module's index.
 */
export const KONTRAK_CUTI = {
  saya: titik({ method: 'GET', url: '/api/cuti/saya', akses: 'cuti:baca', tag: 'cuti', query: skemaCutiSaya,
    ringkasan: 'Usulan cuti/izin Anda dan saldo cuti tahunan per tahun (hak, sisa yang dibawa beserta alasannya, terpakai, sedang diusulkan)', respons: skemaResponsCutiSaya }),
  pratinjau: titik({ method: 'GET', url: '/api/cuti/pratinjau', akses: 'cuti:ajukan', tag: 'cuti', query: skemaPratinjauCuti,
    ringkasan: 'Hari kerja yang dipakai rentang tanggal (tanpa Sabtu, Minggu dan hari libur) dan saldo cuti tahunan sebelum diajukan', respons: skemaResponsPratinjauCuti }),
  ajukan: titik({ method: 'POST', url: '/api/cuti', akses: 'cuti:ajukan', tag: 'cuti', body: skemaAjukanCuti,
    ringkasan: 'ASN mengajukan cuti, izin, sakit, dinas luar, kerja fleksibel, tugas belajar atau dispensasi untuk dirinya (tanggal bertabrakan ditolak)',
    respons: skemaResponsCuti }),
  /** `cuti:ajukan`: an ASN acting today as plt or delegate of an away atasan (the action refuses everyone else). */
  persetujuan: titik({ method: 'GET', url: '/api/cuti/persetujuan', akses: ['cuti:setujui', 'cuti:proses', 'cuti:ajukan'], tag: 'cuti', query: skemaPersetujuanCuti,
    ringkasan: 'Usulan yang menunggu keputusan Anda: atasan untuk bawahannya (bukan dirinya sendiri), BKD untuk jenis yang memerlukannya', respons: skemaResponsPersetujuanCuti }),
  ambil: titik({ method: 'GET', url: '/api/cuti/:id', akses: 'cuti:baca', tag: 'cuti', params: skemaIdCuti, ringkasan: 'Satu usulan cuti/izin dalam lingkup Anda',
    respons: skemaResponsCuti }),
  proses: titik({ method: 'POST', url: '/api/cuti/:id/proses', akses: ['cuti:ajukan', 'cuti:setujui', 'cuti:proses'], tag: 'cuti', params: skemaIdCuti, body: skemaProsesCuti,
    ringkasan: 'Mengirim, menarik kembali, menyetujui, mengembalikan atau menolak usulan cuti (dengan versi; satu keputusan menang)', respons: skemaResponsCuti }),
  ajukanPembatalan: titik({ method: 'POST', url: '/api/cuti/:id/pembatalan', akses: 'cuti:ajukan', tag: 'cuti', params: skemaIdCuti, body: skemaAjukanPembatalanCuti,
    ringkasan: 'ASN memohon pembatalan cuti yang sudah disetujui (sebelum atau selama cuti) mulai tanggal ia kembali bekerja; atasan memutuskan', respons: skemaResponsCuti }),
  prosesPembatalan: titik({ method: 'POST', url: '/api/cuti/:id/pembatalan/proses', akses: ['cuti:ajukan', 'cuti:setujui'], tag: 'cuti', params: skemaIdCuti,
    body: skemaProsesPembatalanCuti, ringkasan: 'Atasan menyetujui atau menolak permohonan pembatalan cuti; ASN dapat menariknya kembali (dengan versi; satu keputusan menang)',
    respons: skemaResponsCuti }),
  daftarPengganti: titik({ method: 'GET', url: '/api/cuti/pengganti', akses: ['cuti:pengganti', 'cuti:setujui', 'cuti:ajukan'], tag: 'cuti',
    ringkasan: 'Plt. dan delegasi atasan yang Anda kelola (admin OPD: unit dalam lingkup; atasan: delegasi unitnya), dan tempat Anda bertindak sebagai pengganti hari ini',
    respons: skemaResponsDaftarPengganti }),
  tambahPengganti: titik({ method: 'POST', url: '/api/cuti/pengganti', akses: ['cuti:pengganti', 'cuti:setujui'], tag: 'cuti', body: skemaTambahPengganti,
    ringkasan: 'Admin OPD menetapkan Plt. untuk unit yang atasannya berhalangan, atau atasan mendelegasikan persetujuannya, untuk satu masa', respons: skemaResponsPengganti }),
  cabutPengganti: titik({ method: 'POST', url: '/api/cuti/pengganti/:id/cabut', akses: ['cuti:pengganti', 'cuti:setujui'], tag: 'cuti', params: skemaIdPengganti,
    ringkasan: 'Mencabut Plt. atau delegasi atasan (catatannya tetap disimpan)', respons: skemaResponsPengganti }),
  /** Multipart (field `file`, PDF). */
  lampirkanDokumen: titik({ method: 'POST', url: '/api/cuti/:id/dokumen/:kode', akses: 'cuti:ajukan', tag: 'cuti', params: skemaDokumenCuti,
    ringkasan: 'Melampirkan dokumen yang diwajibkan jenisnya (surat keterangan dokter, surat tugas belajar...) sebagai PDF', respons: skemaResponsCuti }),
  dokumen: titik({ method: 'GET', url: '/api/cuti/:id/dokumen/:kode', akses: 'cuti:baca', tag: 'cuti', params: skemaDokumenCuti, hasil: 'pdf',
    ringkasan: 'Membuka dokumen yang dilampirkan pada usulan cuti (PDF), bagi yang dapat membaca usulannya' }),
};

export * from './cuti.types.ts';
export * from './pengganti/pengganti.types.ts';
export * from './aturan/jenis-absen.ts';
export { hitungHariKerja, kalenderSeninJumat, jumlahHariKalender, type KalenderKerja } from './aturan/hari-kerja.ts';
