import type { TanggalIso } from '../tanggal.ts';

export const JENIS_LIBUR = ['libur_nasional', 'cuti_bersama', 'libur_daerah'] as const;
export type JenisLibur = (typeof JENIS_LIBUR)[number];
export const LABEL_JENIS_LIBUR: Record<JenisLibur, string> = { libur_nasional: 'Libur nasional', cuti_bersama: 'Cuti bersama', libur_daerah: 'Libur daerah' };

export interface HariLibur {
  tanggal: TanggalIso;
  nama: string;
  jenis: JenisLibur;
}

/**
 * Libur nasional and cuti bersama 2026 (RULES.md section 8: 17 + 8 days) as set by the SKB of the
 * Menteri Agama, Menteri Ketenagakerjaan and Menteri PAN-RB Nomor 1497, 2 and 5 Tahun 2025. Data for the
 * demo and the first import; the kalender module keeps the instansi's own versions (Islamic dates
 * may move by Keputusan Menag, local additions and removals).
 */
export const LIBUR_NASIONAL_2026: readonly HariLibur[] = [
  { tanggal: '2026-01-01', nama: 'Tahun Baru 2026 Masehi', jenis: 'libur_nasional' },
  { tanggal: '2026-01-16', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'libur_nasional' },
  { tanggal: '2026-02-16', nama: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', jenis: 'cuti_bersama' },
  { tanggal: '2026-02-17', nama: 'Tahun Baru Imlek 2577 Kongzili', jenis: 'libur_nasional' },
  { tanggal: '2026-03-18', nama: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948', jenis: 'cuti_bersama' },
  { tanggal: '2026-03-19', nama: 'Hari Suci Nyepi Tahun Baru Saka 1948', jenis: 'libur_nasional' },
  { tanggal: '2026-03-20', nama: 'Cuti bersama Idul Fitri 1447 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2026-03-21', nama: 'Idul Fitri 1447 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2026-03-22', nama: 'Idul Fitri 1447 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2026-03-23', nama: 'Cuti bersama Idul Fitri 1447 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2026-03-24', nama: 'Cuti bersama Idul Fitri 1447 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2026-04-03', nama: 'Wafat Yesus Kristus', jenis: 'libur_nasional' },
  { tanggal: '2026-04-05', nama: 'Kebangkitan Yesus Kristus (Paskah)', jenis: 'libur_nasional' },
  { tanggal: '2026-05-01', nama: 'Hari Buruh Internasional', jenis: 'libur_nasional' },
  { tanggal: '2026-05-14', nama: 'Kenaikan Yesus Kristus', jenis: 'libur_nasional' },
  { tanggal: '2026-05-15', nama: 'Cuti bersama Kenaikan Yesus Kristus', jenis: 'cuti_bersama' },
  { tanggal: '2026-05-27', nama: 'Idul Adha 1447 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2026-05-28', nama: 'Cuti bersama Idul Adha 1447 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2026-05-31', nama: 'Hari Raya Waisak 2570 BE', jenis: 'libur_nasional' },
  { tanggal: '2026-06-01', nama: 'Hari Lahir Pancasila', jenis: 'libur_nasional' },
  { tanggal: '2026-06-16', nama: '1 Muharam Tahun Baru Islam 1448 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2026-08-17', nama: 'Hari Proklamasi Kemerdekaan Republik Indonesia', jenis: 'libur_nasional' },
  { tanggal: '2026-08-25', nama: 'Maulid Nabi Muhammad SAW', jenis: 'libur_nasional' },
  { tanggal: '2026-12-24', nama: 'Cuti bersama Kelahiran Yesus Kristus', jenis: 'cuti_bersama' },
  { tanggal: '2026-12-25', nama: 'Kelahiran Yesus Kristus', jenis: 'libur_nasional' },
];
