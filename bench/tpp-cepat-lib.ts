import { sql, type Db } from '@simasn/db';
import { siapkanKerangkaBench } from './kerangka-bench.ts';

/** The lean TPP bench data (see tpp-cepat.ts). */
export async function siapkanDataTpp(db: Db, n: number) {
  await siapkanKerangkaBench(db);
  // OPD 1 holds 15% of the ASN, the rest spread evenly.
  await db.run(sql`
    insert into pegawai (instansi_id, nip, nama, tanggal_lahir, jenis_kelamin, status_kepegawaian, kedudukan, golongan_akhir, jabatan_id, jenis_jabatan, unit_id, jalur_unit,
                         perangkat_daerah_id)
    select 1, lpad((198000000000000000 + g)::text, 18, '0'), 'Pegawai ' || g, '1980-01-01', case when g % 2 = 0 then 'L' else 'P' end,
           case when g % 10 = 0 then 'CPNS' when g % 4 = 0 then 'PPPK' else 'PNS' end, 'aktif',
           case when g % 4 = 0 and g % 10 <> 0 then (array['V','VII','IX','XI'])[1 + g % 4] else (array['II/c','III/a','III/b','III/c','III/d','IV/a'])[1 + g % 6] end,
           j.id, 'pelaksana', u.id, u.jalur, u.id
      from generate_series(1, ${n}) g
      join unit_organisasi u on u.instansi_id = 1 and u.kode = 'OPD' || case when g % 100 < 15 then 1 else 2 + g % 39 end
      join jabatan j on j.instansi_id = 1 and j.kode = 'J' || (1 + g % 17)`);
  await db.run(sql`insert into riwayat_gaji (instansi_id, pegawai_id, golongan, tmt, mk_tahun, gaji_pokok, aturan_gaji)
    select 1, id, 'III/a', '2026-01-01', 10, 2500000 + (id % 90) * 100000, 'bench' from pegawai where instansi_id = 1`);
  await db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, tmt, masa_bulan)
    select 1, id, 'sedang', 'potong_tukin_6', '2026-09-01', 6 from pegawai where instansi_id = 1 and id % 97 = 0`);
  await db.run(sql`insert into aktivitas_harian (instansi_id, pegawai_id, tanggal, uraian, kuantitas, satuan, jam_mulai, jam_selesai, status)
    select 1, p.id, d::date, 'Kegiatan', 1, 'kegiatan', '07:30', '15:00', 'disetujui'
      from pegawai p cross join generate_series('2026-11-02'::date, '2026-11-27'::date, interval '1 day') d
     where p.instansi_id = 1 and p.id % 10 = 0 and extract(isodow from d) < 6`);
}
