import { sql, type Db } from '@simasn/db';
import { siapkanKerangkaBench } from './kerangka-bench.ts';

/**
 * The lean rekap bench data (see rekap-cepat.ts): what `ukurRekap` (bench/rekap.ts) needs and
 * nothing else, built by SQL in seconds where the demo generator takes many minutes at 100.000 ASN:
 * one kabupaten, 40 perangkat daerah each with 2 bidang (the first OPD holds 15% of the ASN, the
 * rest spread evenly), N active ASN on the bidang (every 50th on the OPD itself), a login for every
 * 300th ASN (the "own month" sample) and `admin.dinkes` (admin OPD of the largest perangkat daerah,
 * the admin-OPD screen). No calendar rows: the built-in calendar applies. The month of check-ins,
 * the approved leave and dinas luar, and the day-close are `ukurRekap`'s own.
 */
export async function siapkanDataRekap(db: Db, n: number) {
  await siapkanKerangkaBench(db);
  await db.run(sql`insert into unit_organisasi (instansi_id, kode, nama, jenis, induk_id)
    select 1, u.kode || '-B' || b, 'Bidang ' || b || ' ' || u.nama, 'bidang', u.id from unit_organisasi u cross join generate_series(1, 2) b
     where u.instansi_id = 1 and u.jenis = 'perangkat_daerah'`);
  await db.run(sql`
    insert into pegawai (instansi_id, nip, nama, tanggal_lahir, jenis_kelamin, status_kepegawaian, kedudukan, golongan_akhir, jabatan_id, jenis_jabatan, unit_id, jalur_unit,
                         perangkat_daerah_id)
    select 1, lpad((198000000000000000 + g)::text, 18, '0'), 'Pegawai ' || g, '1980-01-01', case when g % 2 = 0 then 'L' else 'P' end,
           case when g % 4 = 0 then 'PPPK' else 'PNS' end, 'aktif', case when g % 4 = 0 then 'IX' else 'III/a' end, j.id, 'pelaksana', u.id, u.jalur,
           u.perangkat_daerah_id
      from generate_series(1, ${n}) g
      join unit_organisasi u on u.instansi_id = 1
       and u.kode = 'OPD' || case when g % 100 < 15 then 1 else 2 + g % 39 end || case when g % 50 = 0 then '' else '-B' || (1 + g % 2) end
      join jabatan j on j.instansi_id = 1 and j.kode = 'J' || (1 + g % 17)`);
  await db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    select 1, nip, nama, id, '' from pegawai where instansi_id = 1 and id % 300 = 0`);
  await db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) select 1, id, 'asn' from akun where instansi_id = 1`);
  const a = await db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'admin.dinkes', 'Admin Dinkes', '') returning id`);
  await db.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) select 1, ${a.id}, 'admin_opd', id from unit_organisasi where instansi_id = 1 and kode = 'OPD1'`);
}
