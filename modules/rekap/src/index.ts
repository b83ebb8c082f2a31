// Rekap presensi and discipline (issue 11 item 6): the computed status of every ASN's day (stored
// once closed, live before), the own month with the reason of every mark, the monthly rekap per
// pegawai and per unit (screen, XLSX, PDF), the PP 94/2021 tracker with proposals the authorised
// official decides, and the Indeks Disiplin. Reads presensi's, cuti's and kalender's data.
export { hitungHari, nilaiHariPegawai, pilihScan, type HariTerhitung, type PegawaiHari, type Scan } from './hari/hitung-hari.ts';
export { bacaPegawaiHari, hariBolehTutup, hariTutupTerakhir, kerjakanAntrean, segarkanBulan, simpanHari, tutupHari } from './hari/simpan-hari.ts';
export { hitungUlangBulan, masukanHariTersimpan, pasangSumberMasukanHari } from './hari/hitung-ulang-bulan.ts';
export { jalankanRekapHarian, mulaiPenjadwalRekap } from './hari/penjadwal.ts';
export { tandaHari, SINGKATAN_STATUS } from './hari/tanda.ts';
export { bulanSaya } from './saya/bulan-saya.ts';
export { barisRekapBulan, cetakRekapBulan, eksporRekapBulan, rekapBulan } from './rekap/rekap-bulan.ts';
export { alpaTahun } from './disiplin/alpa-tahun.ts';
export { daftarUsulanDisiplin, periksaAmbangDisiplin, putuskanUsulanDisiplin } from './disiplin/usulan-hukdis.ts';
export { indeksDisiplin, type IndeksDisiplin } from './disiplin/indeks-disiplin.ts';
export { jadwalShiftUnit } from './roster/jadwal-shift-unit.ts';
export { rekapBulanTpp, type RekapTpp } from './rekap/rekap-tpp.ts';
