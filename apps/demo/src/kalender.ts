import { sql, type Db } from '@simasn/db';
import { type HariLibur, LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { pasangLiburBawaan, tambahKalenderUnit, ubahLibur } from '@simasn/kalender';
import { type Konteks, pemanggilSistem, zonaInstansi } from '@simasn/platform';

/**
 * 2025's holidays and cuti bersama, for the demo's attendance year that starts in 2025: DEMO DATA
 * as recalled from the SKB 2025 (check against the signed SKB before any real use). 2026 is the
 * SKB 2026 list in @simasn/domain.
 */
const LIBUR_2025_DEMO: HariLibur[] = [
  { tanggal: '2025-01-01', nama: 'Tahun Baru 2025 Masehi', jenis: 'libur_nasional' },
  { tanggal: '2025-01-27', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'libur_nasional' },
  { tanggal: '2025-01-28', nama: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', jenis: 'cuti_bersama' },
  { tanggal: '2025-01-29', nama: 'Tahun Baru Imlek 2576 Kongzili', jenis: 'libur_nasional' },
  { tanggal: '2025-03-28', nama: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947', jenis: 'cuti_bersama' },
  { tanggal: '2025-03-29', nama: 'Hari Suci Nyepi Tahun Baru Saka 1947', jenis: 'libur_nasional' },
  { tanggal: '2025-03-31', nama: 'Idul Fitri 1446 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2025-04-01', nama: 'Idul Fitri 1446 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2025-04-02', nama: 'Cuti bersama Idul Fitri 1446 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2025-04-03', nama: 'Cuti bersama Idul Fitri 1446 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2025-04-04', nama: 'Cuti bersama Idul Fitri 1446 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2025-04-07', nama: 'Cuti bersama Idul Fitri 1446 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2025-04-18', nama: 'Wafat Yesus Kristus', jenis: 'libur_nasional' },
  { tanggal: '2025-04-20', nama: 'Kebangkitan Yesus Kristus (Paskah)', jenis: 'libur_nasional' },
  { tanggal: '2025-05-01', nama: 'Hari Buruh Internasional', jenis: 'libur_nasional' },
  { tanggal: '2025-05-12', nama: 'Hari Raya Waisak 2569 BE', jenis: 'libur_nasional' },
  { tanggal: '2025-05-13', nama: 'Cuti bersama Hari Raya Waisak 2569 BE', jenis: 'cuti_bersama' },
  { tanggal: '2025-05-29', nama: 'Kenaikan Yesus Kristus', jenis: 'libur_nasional' },
  { tanggal: '2025-05-30', nama: 'Cuti bersama Kenaikan Yesus Kristus', jenis: 'cuti_bersama' },
  { tanggal: '2025-06-01', nama: 'Hari Lahir Pancasila', jenis: 'libur_nasional' },
  { tanggal: '2025-06-06', nama: 'Idul Adha 1446 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2025-06-09', nama: 'Cuti bersama Idul Adha 1446 Hijriah', jenis: 'cuti_bersama' },
  { tanggal: '2025-06-27', nama: '1 Muharam Tahun Baru Islam 1447 Hijriah', jenis: 'libur_nasional' },
  { tanggal: '2025-08-17', nama: 'Hari Proklamasi Kemerdekaan Republik Indonesia', jenis: 'libur_nasional' },
  { tanggal: '2025-09-05', nama: 'Maulid Nabi Muhammad SAW', jenis: 'libur_nasional' },
  { tanggal: '2025-12-25', nama: 'Kelahiran Yesus Kristus', jenis: 'libur_nasional' },
  { tanggal: '2025-12-26', nama: 'Cuti bersama Kelahiran Yesus Kristus', jenis: 'cuti_bersama' },
];

/** Puskesmas with inpatient care (shifts); the others keep a 6-day week. */
const PUSKESMAS_RAWAT_INAP = 4;

/**
 * The demo kabupaten's calendars: the national pattern (Perpres 21/2023) until 2025, the demo
 * Perbup from 2026 as the instansi's default; schools and outpatient puskesmas on a 6-day week,
 * inpatient puskesmas and the RSUD's medical and nursing units in shifts; the 2025 and 2026
 * holiday lists and one local change (the kabupaten's anniversary).
 */
export async function buatKalenderDemo(tx: Db, instansiId: number): Promise<void> {
  const ctx: Konteks = { db: tx, instansiId, pemanggil: pemanggilSistem(instansiId, 'demo'), sekarang: () => new Date('2026-01-02T01:00:00Z'),
    zona: await zonaInstansi(tx, instansiId) };
  const versi = (unitId: number | null, berlakuMulai: string, aturanId: string, pola: string, keterangan: string) =>
    tambahKalenderUnit(ctx, { unitId, berlakuMulai, aturanId, pola, keterangan });
  await versi(null, '2023-04-01', 'perpres-21-2023', 'lima-hari', 'Pola nasional Perpres 21/2023 sebelum Perbup 2026');
  await versi(null, '2026-01-01', 'perbup-sukamaju-2026', 'lima-hari', 'Perbup Sukamaju 2026 tentang hari dan jam kerja');
  const unit = await tx.many<{ id: number, nama: string }>(sql`
    select id, nama from unit_organisasi where instansi_id = ${instansiId}
       and (nama like 'SD Negeri %' or nama like 'SMP Negeri %' or nama like 'UPTD Puskesmas %' or nama in ('Bidang Pelayanan Medik', 'Bidang Keperawatan'))
     order by id`);
  let puskesmas = 0;
  for (const u of unit) {
    if (u.nama.startsWith('UPTD Puskesmas')) {
      const inap = puskesmas++ < PUSKESMAS_RAWAT_INAP;
      await versi(u.id, '2026-01-01', 'perbup-sukamaju-2026', inap ? 'shift-puskesmas' : 'enam-hari', inap ? 'Puskesmas rawat inap: tiga shift' : 'Puskesmas rawat jalan');
    } else if (u.nama.startsWith('Bidang')) await versi(u.id, '2026-01-01', 'perbup-sukamaju-2026', 'shift-rsud', 'Pelayanan 24 jam RSUD');
    else await versi(u.id, '2026-01-01', 'perbup-sukamaju-2026', 'enam-hari', 'Sekolah: enam hari kerja');
  }
  await pasangLiburBawaan(ctx, 2025, LIBUR_2025_DEMO, 'Data demo: libur nasional dan cuti bersama 2025 (periksa dengan SKB 2025)', { dari: '2025-03-01', sampai: '2025-03-30' });
  await pasangLiburBawaan(ctx, 2026, LIBUR_NASIONAL_2026, 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PAN-RB Nomor 1497, 2 dan 5 Tahun 2025');
  await ubahLibur(ctx, { tahun: 2026, tambah: { tanggal: '2026-10-12', nama: 'Hari Jadi Kabupaten Sukamaju', jenis: 'libur_daerah' },
    alasan: 'Perda Kabupaten Sukamaju tentang Hari Jadi (demo)' });
}
