// Presensi (issue 11, SIPERLU): office check-in points, check-in/out from the phone (PWA, offline
// queue, idempotency), devices bound to accounts, fraud signals reviewed by people, today's dashboard.
export { aturanInstansi, cekGeofence, jadwalHari, jarakMeter, kecepatanKmJam, nilaiScan } from './aturan.ts';
export { susunHasil } from './catat/susun-hasil.ts';
export { bulatKoordinat } from './catat/aturan-sinyal.ts';
export { ATURAN_SINYAL } from './catat/aturan-sinyal.ts';
export { catatPresensi, skemaCatatPresensi } from './catat/catat-presensi.ts';
export { presensiSaya } from './catat/presensi-saya.ts';
export { statistikPenulisPresensi, tutupPenulisPresensi } from './catat/tulis-presensi.ts';
export type { HasilPresensi } from './catat/catat.types.ts';
export { JENIS_SINYAL, LABEL_SINYAL, type JenisSinyal } from './label-presensi.ts';
export { titikPenugasanPegawai, kalenderUnit } from './catat/sumber-luar.ts';
export { daftarTitik } from './titik/daftar-titik.ts';
export { tambahTitik, ubahTitik } from './titik/simpan-titik.ts';
export { mintaPerangkat } from './perangkat/minta-perangkat.ts';
export { daftarPerangkat } from './perangkat/daftar-perangkat.ts';
export { putuskanPerangkat } from './perangkat/putuskan-perangkat.ts';
export { daftarSinyal } from './tinjau/daftar-sinyal.ts';
export { eksporSinyal } from './tinjau/ekspor-sinyal.ts';
export { putuskanSinyal } from './tinjau/putuskan-sinyal.ts';
export { ambilSwafoto, hapusSwafotoKedaluwarsa } from './tinjau/swafoto.ts';
export { mulaiPenjadwalSwafoto } from './tinjau/penjadwal-swafoto.ts';
export { dasborHariIni } from './dasbor/dasbor-hari-ini.ts';
export { trenBulanan } from './dasbor/tren-bulanan.ts';
