import { sql, type Db } from '@simasn/db';

/**
 * The frame the lean bench data (rekap-cepat-lib.ts, tpp-cepat-lib.ts) builds its ASN on: one
 * kabupaten (instansi 1), 40 perangkat daerah (kode OPD1…OPD40) and 17 pelaksana positions
 * (kode J1…J17, kelas jabatan 1…17).
 */
export async function siapkanKerangkaBench(db: Db): Promise<void> {
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'bench', 'Kabupaten Bench', 'kabupaten')`);
  await db.run(sql`insert into unit_organisasi (instansi_id, kode, nama, jenis) select 1, 'OPD' || g, 'Perangkat Daerah ' || g, 'perangkat_daerah' from generate_series(1, 40) g`);
  await db.run(
    sql`insert into jabatan (instansi_id, kode, nama, jenis, kelas_jabatan) select 1, 'J' || g, 'Jabatan Pelaksana ' || g, 'pelaksana', g from generate_series(1, 17) g`,
  );
}
