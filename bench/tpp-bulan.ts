import os from 'node:os';
import { sql, type Db } from '@simasn/db';
import { konteksSistem, type Konteks } from '@simasn/platform';
import { cpuPostgres } from './beban.ts';
import { barisTpp, cetakNominatifTpp, eksporNominatifTpp, hitungBulanTpp } from '@simasn/tpp';

/**
 * `tpp` part of `npm run bench` (issue 12: the month's TPP for 100.000 ASN computed and written in
 * under 10 s, the daftar nominatif of the largest OPD in under 3 s). On the demo data of the scale:
 * the month's rekap per pegawai (a spread of cuts), a gaji for who has none and a kelas for
 * jabatan without one are put in place first (seeding, not measured); then the compute and write
 * of the whole month (first and recomputed), the month's rows of BKD's screen, and the nominatif
 * of the largest perangkat daerah as XLSX and PDF.
 */
export async function ukurTppBulan(db: Db, sekarang = new Date('2026-12-03T03:00:00Z')) {
  const i = 1;
  const bulan = '2026-11';
  await db.run(sql`delete from rekap_presensi_bulan where instansi_id = ${i} and bulan = '2026-11-01'`);
  await db.run(sql`
    insert into rekap_presensi_bulan (instansi_id, pegawai_id, bulan, unit_id, hari_kerja, hadir, dinas_luar, cuti, tugas_belajar, diklat, sakit, izin, alpa,
      tl1, tl2, tl3, tl4, psw1, psw2, psw3, psw4, terlambat_menit, pulang_cepat_menit, potongan_persen, menunggu_tinjau, versi_aturan)
    select p.instansi_id, p.id, '2026-11-01', p.unit_id, 21, 21 - (p.id % 3), 0, p.id % 3, 0, 0, 0, 0, 0, p.id % 4, 0, 0, 0, 0, 0, 0, 0, (p.id % 4) * 10, 0,
           (p.id % 4) * 0.5, 0, 'perbup-sukamaju-2026'
      from pegawai p where p.instansi_id = ${i} and p.kedudukan = 'aktif'`);
  await db.run(sql`update jabatan set kelas_jabatan = 1 + (id % 15)::int where instansi_id = ${i} and kelas_jabatan is null`);
  await db.run(sql`
    insert into riwayat_gaji (instansi_id, pegawai_id, golongan, tmt, mk_tahun, gaji_pokok, aturan_gaji)
    select p.instansi_id, p.id, coalesce(p.golongan_akhir, 'III/a'), '2026-01-01', 10, 2500000 + (p.id % 90) * 50000, 'bench'
      from pegawai p where p.instansi_id = ${i} and p.kedudukan = 'aktif' and p.golongan_akhir is not null
       and not exists (select 1 from riwayat_gaji g where g.instansi_id = p.instansi_id and g.pegawai_id = p.id and g.tmt <= '2026-11-30')`);
  if (db.mesin === 'postgres') await db.exec('analyze');
  const bkd: Konteks = { ...konteksSistem(db, i, 'bench'), sekarang: () => sekarang };
  // Wall time, and the CPU time of this process (JS work: steadier than wall time on a shared machine; the database's own work is not in it).
  // On a local PostgreSQL server, its CPU time too (every backend: the database's share of the work).
  let c = process.cpuUsage();
  let pg = cpuPostgres(db);
  const cpuPg: number[] = [];
  const cpu = () => {
    const u = process.cpuUsage(c);
    c = process.cpuUsage();
    const pgKini = cpuPostgres(db);
    if (pg !== null && pgKini !== null) cpuPg.push(Math.round(pgKini - pg));
    pg = pgKini;
    return Math.round((u.user + u.system) / 1000);
  };
  let t = performance.now();
  const h1 = await hitungBulanTpp(bkd, { bulan });
  const hitungPertama = performance.now() - t;
  const hitungCpu = cpu();
  t = performance.now();
  await hitungBulanTpp(bkd, { bulan });
  const hitungUlang = performance.now() - t;
  const hitungUlangCpu = cpu();
  const opd = await db.one<{ perangkat_daerah_id: number, n: number }>(sql`
    select perangkat_daerah_id, count(*)::int as n from tpp_pegawai where instansi_id = ${i} and bulan = '2026-11-01' and perangkat_daerah_id is not null
     group by perangkat_daerah_id order by 2 desc limit 1`);
  t = performance.now();
  await barisTpp(bkd, { bulan, limit: 25 });
  const layar = performance.now() - t;
  cpu();
  t = performance.now();
  const x = await eksporNominatifTpp(bkd, { bulan, perangkatDaerahId: opd.perangkat_daerah_id });
  const xlsx = performance.now() - t;
  const xlsxCpu = cpu();
  t = performance.now();
  let pdf: number | string;
  let pdfCpu = 0;
  try {
    const p = await cetakNominatifTpp(bkd, { bulan, perangkatDaerahId: opd.perangkat_daerah_id });
    pdf = +(performance.now() - t).toFixed(0);
    void p;
    pdfCpu = cpu();
  } catch (e) {
    pdf = `gagal: ${(e as Error).message}`;
  }
  return { pegawai: h1.dihitung + h1.masalah, dihitung: h1.dihitung, masalah: h1.masalah, hitungDanTulisMs: +hitungPertama.toFixed(0), hitungCpuMs: hitungCpu,
    hitungUlangMs: +hitungUlang.toFixed(0), hitungUlangCpuMs: hitungUlangCpu, layarBkdMs: +layar.toFixed(0), opdTerbesar: opd.n, nominatifXlsxMs: +xlsx.toFixed(0),
    nominatifXlsxCpuMs: xlsxCpu, nominatifXlsxKB: Math.round(x.isi.length / 1024), nominatifPdfMs: pdf, nominatifPdfCpuMs: pdfCpu,
    ...(cpuPg.length ? { cpuPostgresMs: { hitung: cpuPg[0], hitungUlang: cpuPg[1], xlsx: cpuPg[3], pdf: cpuPg[4] } } : {}), bebanMesin: os.loadavg().map((l) => +l.toFixed(1)) };
}
