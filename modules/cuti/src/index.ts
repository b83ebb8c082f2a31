// Absence and leave requests (issue 11 item 4) on the workflow engine, with the cuti tahunan balance.
export { LAYANAN_CUTI } from './daftar-layanan-cuti.ts';
export { definisiCuti, layananCuti } from './layanan-cuti.ts';
export * from './aturan/jenis-absen.ts';
export * from './aturan/hari-kerja.ts';
export * from './aturan/saldo-cuti.ts';
export { kalenderDariJadwal, kalenderPegawai, pasangSumberKalender, type SumberKalender } from './kalender-pegawai.ts';
export { ajukanCuti, skemaAjukanCuti } from './ajukan-cuti.ts';
export { prosesCuti, skemaProsesCuti } from './proses-cuti.ts';
export { ajukanPembatalanCuti, LAYANAN_PEMBATALAN_CUTI, prosesPembatalanCuti } from './pembatalan-cuti.ts';
export { lampirkanDokumenCuti } from './lampirkan-dokumen-cuti.ts';
export { ambilDokumenCuti } from './ambil-dokumen-cuti.ts';
export { ambilCuti, cutiSaya, persetujuanCuti } from './daftar-cuti.ts';
export { pratinjauCuti } from './pratinjau-cuti.ts';
export { saldoPegawai, periksaTanggalDanSaldo } from './periksa-cuti.ts';
// For presensi and the rekap (issue 11 hand-offs).
export { statusHariUsulan, type StatusHariUsulan } from './status-hari-usulan.ts';
export { sqlTitikPenugasan, titikPenugasan, titikPenugasanBanyak, titikPenugasanDariJson, type TitikPenugasan } from './titik-penugasan.ts';
// Who acts for an away atasan (plt / delegate): cuti and aktivitas decide with it.
export { ambilPengganti, auditPengganti, cabutPengganti, daftarPengganti, denganPengganti, labelPengganti, penggantiBerlaku, penggantiUntuk, tambahPengganti,
  type PenggantiBerlaku } from './pengganti/pengganti-atasan.ts';
