import { titik, z, zOk } from '@simasn/kontrak';
import { skemaCatatPresensi, skemaHasilPresensi, skemaPresensiSaya, skemaQueryPresensiSaya } from './catat/catat.types.ts';
import { skemaDasborHariIni, skemaResponsDasbor, skemaResponsTren, skemaTrenBulanan } from './dasbor/dasbor.types.ts';
import { skemaDaftarPerangkat, skemaMintaPerangkat, skemaPutuskanPerangkat, skemaResponsDaftarPerangkat, skemaResponsMintaPerangkat } from './perangkat/perangkat.types.ts';
import { skemaDaftarSinyal, skemaEksporSinyal, skemaParamId, skemaPutuskanSinyal, skemaResponsDaftarSinyal } from './tinjau/tinjau.types.ts';
import { skemaDaftarTitik, skemaResponsDaftarTitik, skemaSimpanTitik, skemaTitik, skemaUbahTitik } from './titik/titik.types.ts';

/**
 * Presensi (SIPERLU, issue 11): the ASN's own check-in/check-out from the phone (the server decides
 * time and place), device binding, check-in points of units, the fraud-signal review queue, today's
 * dashboard and the monthly trend. Server: apps/server/src/rute/presensi.ts.
 */
export const KONTRAK_PRESENSI = {
  catat: titik({ method: 'POST', url: '/api/presensi', akses: 'presensi:catat', tag: 'presensi', body: skemaCatatPresensi,
    ringkasan:
      'Presensi masuk atau pulang pemanggil sendiri: waktu dari server (luring: waktu perangkat, ditandai bila selisihnya tidak wajar), lokasi diperiksa terhadap titik unit; kunci yang sama selalu mendapat jawaban yang sama tanpa rekaman kedua',
    respons: skemaHasilPresensi }),
  saya: titik({ method: 'GET', url: '/api/presensi/saya', akses: 'presensi:catat', tag: 'presensi', query: skemaQueryPresensiSaya,
    ringkasan: 'Hari ini bagi pemanggil: jadwal, titik presensi yang berlaku, presensi hari ini, status perangkat', respons: skemaPresensiSaya }),
  mintaPerangkat: titik({ method: 'POST', url: '/api/presensi/perangkat', akses: 'presensi:catat', tag: 'presensi', body: skemaMintaPerangkat,
    ringkasan: 'ASN meminta perangkat ini diikat ke akunnya (perlu persetujuan admin OPD bila sudah ada perangkat terikat)', respons: skemaResponsMintaPerangkat }),
  daftarPerangkat: titik({ method: 'GET', url: '/api/presensi/perangkat', akses: 'presensi:kelola', tag: 'presensi', query: skemaDaftarPerangkat,
    ringkasan: 'Permintaan dan perangkat terikat pegawai dalam lingkup pemanggil', respons: skemaResponsDaftarPerangkat }),
  putuskanPerangkat: titik({ method: 'POST', url: '/api/presensi/perangkat/:id/putuskan', akses: 'presensi:kelola', tag: 'presensi', params: skemaParamId,
    body: skemaPutuskanPerangkat, ringkasan: 'Menyetujui (perangkat lama dicabut) atau menolak permintaan perangkat', respons: zOk }),
  daftarTitik: titik({ method: 'GET', url: '/api/presensi/titik', akses: 'presensi:kelola', tag: 'presensi', query: skemaDaftarTitik,
    ringkasan: 'Titik presensi unit dalam lingkup pemanggil, dan unit yang dapat diberi titik', respons: skemaResponsDaftarTitik }),
  tambahTitik: titik({ method: 'POST', url: '/api/presensi/titik', akses: 'presensi:kelola', tag: 'presensi', body: skemaSimpanTitik,
    ringkasan: 'Menambah titik presensi suatu unit (koordinat dan radius)', respons: skemaTitik }),
  ubahTitik: titik({ method: 'PATCH', url: '/api/presensi/titik/:id', akses: 'presensi:kelola', tag: 'presensi', params: skemaParamId, body: skemaUbahTitik,
    ringkasan: 'Mengubah titik presensi (nama, koordinat, radius, aktif) dengan versi', respons: skemaTitik }),
  daftarSinyal: titik({ method: 'GET', url: '/api/presensi/sinyal', akses: 'presensi:kelola', tag: 'presensi', query: skemaDaftarSinyal,
    ringkasan: 'Antrian tinjauan sinyal kecurangan presensi dengan buktinya (cari, saring, halaman)', respons: skemaResponsDaftarSinyal }),
  eksporSinyal: titik({ method: 'GET', url: '/api/presensi/sinyal/ekspor.xlsx', akses: 'presensi:kelola', tag: 'presensi', query: skemaEksporSinyal, hasil: 'xlsx',
    ringkasan: 'Antrian sinyal kecurangan sebagai XLSX (saringan yang sama dengan daftar)' }),
  putuskanSinyal: titik({ method: 'POST', url: '/api/presensi/sinyal/:id/putuskan', akses: 'presensi:kelola', tag: 'presensi', params: skemaParamId, body: skemaPutuskanSinyal,
    ringkasan: 'Peninjau memutuskan sinyal: valid atau pelanggaran dengan catatan (tanpa potongan otomatis)', respons: z.object({ ok: z.literal(true), versi: z.number() }) }),
  swafoto: titik({ method: 'GET', url: '/api/presensi/:id/swafoto', akses: ['presensi:catat', 'presensi:kelola'], tag: 'presensi', params: skemaParamId, hasil: 'png',
    ringkasan: 'Swafoto suatu presensi selama masa simpannya: hanya pegawai itu sendiri dan peninjau presensinya (dicatat di jejak audit)' }),
  dasbor: titik({ method: 'GET', url: '/api/presensi/dasbor', akses: 'presensi:baca', tag: 'presensi', query: skemaDasborHariIni,
    ringkasan: 'Kehadiran hari ini per unit: hadir, terlambat, belum hadir, cuti, dinas, peta presensi', respons: skemaResponsDasbor }),
  tren: titik({ method: 'GET', url: '/api/presensi/tren', akses: 'presensi:baca', tag: 'presensi', query: skemaTrenBulanan, ringkasan: 'Tren kehadiran per bulan dalam setahun',
    respons: skemaResponsTren }),
};

export type { HasilPresensi } from './catat/catat.types.ts';
export { URUT_SINYAL, type SinyalPresensi } from './tinjau/tinjau.types.ts';
export { URUT_PERANGKAT } from './perangkat/perangkat.types.ts';
export { JENIS_SINYAL, LABEL_JENIS_PRESENSI, LABEL_SINYAL, LABEL_STATUS_PERANGKAT, LABEL_STATUS_SINYAL, STATUS_PERANGKAT, STATUS_SINYAL } from './label-presensi.ts';
export { skemaSimpanTitik, type TitikPresensi } from './titik/titik.types.ts';
