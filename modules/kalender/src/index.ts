// Kalender kerja (issue 11 item 1): which attendance rule version and working pattern each unit
// follows from which date, the yearly holiday and cuti bersama list with its versions and local
// changes, shift rosters, and THE server function the presensi and rekap code call:
// kalenderPegawai(db, instansiId, pegawaiIds, dari, sampai). The rules are in @simasn/domain.
export { bacaDataKalender, bacaDataKalenderTersimpan, bacaRiwayatUnit, bacaRoster, jalurPada, sqlRosterHari, sqlSidikKalender, hitungKalenderPegawai, idJalur, KALENDER_BAWAAN,
  kalenderPegawai, namaVersiKalender, versiBerlaku, type DataKalender, type PegawaiKalender, type VersiKalender, type VersiLibur } from './kalender/kalender-pegawai.ts';
export { daftarKalender } from './kalender/daftar-kalender.ts';
export { tambahKalenderUnit, skemaTambahKalenderUnit } from './kalender/tambah-kalender-unit.ts';
export { hapusKalenderUnit } from './kalender/hapus-kalender-unit.ts';
export { jadwalPegawai, jadwalUnit, rentangBulan } from './kalender/jadwal.ts';
export { aturSumberMasukanHari, hitungUlang, type SumberMasukanHari } from './kalender/hitung-ulang.ts';
export { simpanJadwalShift } from './shift/simpan-jadwal-shift.ts';
export { ISTIRAHAT_MINIMAL_MENIT, periksaIstirahat, polaShiftPada, simpanRosterUnit } from './shift/simpan-roster-unit.ts';
export { daftarLibur } from './libur/daftar-libur.ts';
export { ubahLibur } from './libur/ubah-libur.ts';
export { imporLibur, periksaLembarLibur, type BerkasLibur } from './libur/impor-libur.ts';
export { templatLibur } from './libur/templat-libur.ts';
export { pasangLiburBawaan } from './libur/pasang-libur.ts';
