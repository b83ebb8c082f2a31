import { titik } from '@simasn/kontrak';
import { skemaBulanSaya, skemaDaftarDisiplin, skemaHitungUlangBulan, skemaIdUsulanHukdis, skemaJadwalShiftUnit, skemaPutuskanHukdis, skemaRekapBulan, skemaResponsBulanSaya,
  skemaResponsDaftarDisiplin, skemaResponsHitungUlang, skemaResponsJadwalShiftUnit, skemaResponsRekapBulan, skemaUsulanHukdis } from './rekap.types.ts';

/** Rekap presensi and discipline (server: apps/server/src/rute/rekap.ts). Pure: the web imports `@simasn/rekap/kontrak`. */
export const KONTRAK_REKAP = {
  saya: titik({ method: 'GET', url: '/api/rekap-presensi/saya', akses: 'presensi:baca', tag: 'rekap-presensi', query: skemaBulanSaya,
    ringkasan: 'Presensi sebulan: setiap hari dengan tandanya dan alasannya (Anda sendiri, atau pegawai dalam kewenangan Anda dengan NIP)', respons: skemaResponsBulanSaya }),
  bulan: titik({ method: 'GET', url: '/api/rekap-presensi/bulan', akses: 'presensi:baca', tag: 'rekap-presensi', query: skemaRekapBulan,
    ringkasan: 'Rekap presensi sebulan per pegawai dan per unit dalam kewenangan Anda (pencarian, saringan, halaman)', respons: skemaResponsRekapBulan }),
  ekspor: titik({ method: 'GET', url: '/api/rekap-presensi/bulan/ekspor.xlsx', akses: 'presensi:baca', tag: 'rekap-presensi', query: skemaRekapBulan, hasil: 'xlsx',
    ringkasan: 'Rekap presensi sebulan sebagai XLSX, dengan pencarian dan saringan yang sama' }),
  cetak: titik({ method: 'GET', url: '/api/rekap-presensi/bulan/cetak.pdf', akses: 'presensi:baca', tag: 'rekap-presensi', query: skemaRekapBulan, hasil: 'pdf',
    ringkasan: 'Rekap presensi sebulan siap cetak (PDF, tata naskah dinas, dengan tanda tangan)' }),
  hitungUlang: titik({ method: 'POST', url: '/api/rekap-presensi/hitung-ulang', akses: 'kalender:kelola', tag: 'rekap-presensi', body: skemaHitungUlangBulan,
    ringkasan: 'Menghitung ulang dan menyimpan hari-hari yang sudah ditutup pada satu bulan (setelah aturan atau kalender berubah)', respons: skemaResponsHitungUlang }),
  disiplin: titik({ method: 'GET', url: '/api/rekap-presensi/disiplin', akses: 'disiplin:baca', tag: 'rekap-presensi', query: skemaDaftarDisiplin,
    ringkasan: 'Usulan hukuman disiplin PP 94/2021 dari hari alpa setahun (pelacak) dalam kewenangan Anda', respons: skemaResponsDaftarDisiplin }),
  putuskanDisiplin: titik({ method: 'POST', url: '/api/rekap-presensi/disiplin/:id/putuskan', akses: 'disiplin:putuskan', tag: 'rekap-presensi', params: skemaIdUsulanHukdis,
    body: skemaPutuskanHukdis, ringkasan: 'Pejabat berwenang menetapkan hukuman (dengan SK: masuk riwayat hukuman disiplin) atau mengesampingkan usulan',
    respons: skemaUsulanHukdis }),
  jadwalShift: titik({ method: 'GET', url: '/api/rekap-presensi/jadwal-shift', akses: 'kalender:jadwal', tag: 'rekap-presensi', query: skemaJadwalShiftUnit,
    ringkasan: 'Jadwal shift sebulan suatu unit yang bekerja dalam shift (penyusunan roster): shift tiap pegawai tiap hari dengan cuti yang disetujui di sampingnya',
    respons: skemaResponsJadwalShiftUnit }),
};

export * from './rekap.types.ts';
