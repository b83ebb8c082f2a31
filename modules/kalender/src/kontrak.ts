import { titik } from '@simasn/kontrak';
import { skemaHitungUlang, skemaJadwalPegawai, skemaJadwalUnit, skemaParamId, skemaResponsDaftarKalender, skemaResponsHapusKalender, skemaResponsHitungUlang,
  skemaResponsJadwalPegawai, skemaResponsJadwalShift, skemaResponsJadwalUnit, skemaResponsSimpanRoster, skemaResponsVersiKalender, skemaSimpanJadwalShift, skemaSimpanRosterUnit,
  skemaTambahKalenderUnit } from './kalender/kalender.types.ts';
import { skemaDaftarLibur, skemaHasilImporLibur, skemaResponsDaftarLibur, skemaTemplatLibur, skemaUbahLibur } from './libur/libur.types.ts';

/**
 * Kalender kerja: calendars per unit as versioned data, the year's holidays and cuti bersama,
 * shift rosters, and recomputing a month under another rule version (nothing stored).
 * Server: apps/server/src/rute/kalender.ts.
 */
export const KONTRAK_KALENDER = {
  daftar: titik({ method: 'GET', url: '/api/kalender', akses: 'kalender:baca', tag: 'kalender',
    ringkasan: 'Aturan presensi yang ada, kalender bawaan instansi dan kalender tiap unit dalam lingkup (yang berlaku hari ini dan semua versinya)',
    respons: skemaResponsDaftarKalender }),
  tambahVersi: titik({ method: 'POST', url: '/api/kalender/versi', akses: 'kalender:kelola', tag: 'kalender', body: skemaTambahKalenderUnit,
    ringkasan: 'Menambah versi kalender unit (atau bawaan instansi): aturan dan pola kerja yang berlaku mulai suatu tanggal (hari ini atau nanti)',
    respons: skemaResponsVersiKalender }),
  hapusVersi: titik({ method: 'POST', url: '/api/kalender/versi/:id/hapus', akses: 'kalender:kelola', tag: 'kalender', params: skemaParamId,
    ringkasan: 'Menghapus versi kalender yang belum berlaku (yang sudah berlaku tetap tersimpan)', respons: skemaResponsHapusKalender }),
  jadwalUnit: titik({ method: 'GET', url: '/api/kalender/jadwal', akses: 'kalender:baca', tag: 'kalender', query: skemaJadwalUnit,
    ringkasan: 'Jadwal kerja sebulan suatu unit: jam masuk dan pulang tiap hari, hari libur dan alasannya, versi aturan dan kalender', respons: skemaResponsJadwalUnit }),
  jadwalPegawai: titik({ method: 'GET', url: '/api/kalender/pegawai/:id', akses: 'kalender:baca', tag: 'kalender', params: skemaParamId, query: skemaJadwalPegawai,
    ringkasan: 'Jadwal kerja sebulan seorang pegawai (kalender unitnya dan jadwal shift-nya)', respons: skemaResponsJadwalPegawai }),
  simpanShift: titik({ method: 'PUT', url: '/api/kalender/pegawai/:id/shift', akses: 'kalender:jadwal', tag: 'kalender', params: skemaParamId, body: skemaSimpanJadwalShift,
    ringkasan: 'Menyimpan jadwal shift pegawai unit yang bekerja dalam shift (kode shift, libur, atau kembali ke rotasi)', respons: skemaResponsJadwalShift }),
  simpanRoster: titik({ method: 'PUT', url: '/api/kalender/roster', akses: 'kalender:jadwal', tag: 'kalender', body: skemaSimpanRosterUnit,
    ringkasan:
      'Menyimpan sekaligus perubahan jadwal shift sebulan suatu unit (semua atau tidak sama sekali): kode shift, libur, atau kembali ke rotasi; waktu istirahat antarshift diperiksa',
    respons: skemaResponsSimpanRoster }),
  hitungUlang: titik({ method: 'POST', url: '/api/kalender/hitung-ulang', akses: 'kalender:baca', tag: 'kalender', body: skemaHitungUlang,
    ringkasan: 'Menghitung ulang sebulan di bawah versi aturan lain tanpa mengubah yang tersimpan: jadwal dan hasil tiap hari, sekarang dan ulang',
    respons: skemaResponsHitungUlang }),
  libur: titik({ method: 'GET', url: '/api/kalender/libur', akses: 'kalender:baca', tag: 'kalender', query: skemaDaftarLibur,
    ringkasan: 'Daftar hari libur dan cuti bersama suatu tahun: versi yang berlaku (atau yang dipilih), semua versi, dan perubahannya', respons: skemaResponsDaftarLibur }),
  ubahLibur: titik({ method: 'POST', url: '/api/kalender/libur/ubah', akses: 'kalender:kelola', tag: 'kalender', body: skemaUbahLibur,
    ringkasan: 'Perubahan daerah pada daftar libur (tambah, hapus, rentang Ramadan) sebagai versi baru dengan alasannya', respons: skemaResponsDaftarLibur }),
  imporLibur: titik({ method: 'POST', url: '/api/kalender/libur/impor', akses: 'kalender:kelola', tag: 'kalender',
    ringkasan:
      'Impor daftar libur setahun dari XLSX/CSV (multipart "file" dan "tahun"): semua baris diperiksa dulu; bila ada masalah tidak ada yang disimpan (422 dengan baris, kolom, alasan)',
    respons: skemaHasilImporLibur }),
  templatLibur: titik({ method: 'GET', url: '/api/kalender/libur/templat.xlsx', akses: 'kalender:baca', tag: 'kalender', query: skemaTemplatLibur, hasil: 'xlsx',
    ringkasan: 'Daftar libur setahun sebagai XLSX (versi yang berlaku) yang dapat diubah lalu diimpor kembali' }),
};

/** The request schemas the web checks its forms with. */
export { skemaSimpanRosterUnit, skemaTambahKalenderUnit, skemaUbahLibur };
