import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daftarMigrasi, jalankanMigrasi, sql, type Db } from '../src/index.ts';
import { bukaDbUji, urlDbUji } from '../src/uji.ts';

/**
 * Migration 0021: the session counter (`sesi_versi`, 0019) becomes the 'sesi' area of the one
 * version table (`versi_data`, 0020). A database upgraded from 0020 keeps moving forward: every
 * instansi's session version ends above what a running process may have read, the old table and
 * its functions are gone, and the session triggers now call the one function.
 */
let db: Db;
beforeAll(async () => {
  db = await bukaDbUji({ migrasi: false });
  await db.exec(`create table skema_migrasi (versi text primary key, nama text not null, checksum text not null, diterapkan_pada timestamptz not null default now())`);
  for (const m of daftarMigrasi().filter((x) => x.versi < '0021')) {
    await db.transaction(async (tx) => {
      await tx.exec(m.isi);
      await tx.run(sql`insert into skema_migrasi (versi, nama, checksum) values (${m.versi}, ${m.nama}, ${m.checksum})`);
    });
  }
});
afterAll(async () => {
  await db?.close();
});

describe(`one version table (${urlDbUji() ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('carries the session counters over, drops sesi_versi and moves the sesi area through versi_data_naik', async () => {
    await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten'), (2, 'dua', 'Kota Dua', 'kota')`);
    await db.run(sql`insert into sesi_versi (instansi_id, versi) values (1, 41), (2, 3)`);
    await db.run(sql`insert into versi_data (instansi_id, ranah, versi) values (1, 'pegawai', 9)`);
    const baru = await jalankanMigrasi(db);
    expect(baru[0]).toBe('0021_versi_satu');
    const v = await db.many<{ instansi_id: number, ranah: string, versi: number }>(sql`select instansi_id, ranah, versi from versi_data order by instansi_id, ranah`);
    // Above what a process read before the upgrade: its cached sessions are read again.
    expect(v).toEqual([{ instansi_id: 1, ranah: 'pegawai', versi: 9 }, { instansi_id: 1, ranah: 'sesi', versi: 42 }, { instansi_id: 2, ranah: 'sesi', versi: 4 }]);
    expect((await db.one<{ t: string | null }>(sql`select to_regclass('sesi_versi')::text as t`)).t).toBeNull();
    expect(await db.many(sql`select proname from pg_proc where proname like 'sesi_versi%'`)).toEqual([]);

    // A logout (a session deleted) moves the 'sesi' area once, at commit, and nothing else.
    await db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'uji', 'Uji', 'x')`);
    const akun = await db.one<{ id: number }>(sql`select id from akun where nama_pengguna = 'uji'`);
    const sesi = () => db.one<{ versi: number }>(sql`select versi from versi_data where instansi_id = 1 and ranah = 'sesi'`).then((r) => r.versi);
    expect(await sesi()).toBe(42);
    await db.run(sql`insert into sesi (instansi_id, id, akun_id, token_csrf, kedaluwarsa_pada) values (1, 'a', ${akun.id}, 'c', now() + interval '1 hour'),
      (1, 'b', ${akun.id}, 'c', now() + interval '1 hour')`);
    expect(await sesi()).toBe(42); // a new session changes no cached one
    await db.run(sql`delete from sesi where instansi_id = 1`);
    expect(await sesi()).toBe(43); // two rows, one transaction: one step
    await db.run(sql`update akun set aktif = false where id = ${akun.id}`);
    expect(await sesi()).toBe(44);
    expect((await db.one<{ versi: number }>(sql`select versi from versi_data where instansi_id = 1 and ranah = 'pegawai'`)).versi).toBe(9);
  });

  it('moves every instansi on TRUNCATE, also one whose version never moved', async () => {
    await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (3, 'tiga', 'Kabupaten Tiga', 'kabupaten')`);
    expect(await db.many(sql`select 1 from versi_data where instansi_id = 3`)).toEqual([]);
    await db.exec('truncate akun_peran');
    await db.exec('truncate riwayat_gaji');
    const v = await db.many<{ instansi_id: number, ranah: string, versi: number }>(sql`select instansi_id, ranah, versi from versi_data order by instansi_id, ranah`);
    expect(v).toEqual([
      { instansi_id: 1, ranah: 'pegawai', versi: 10 },
      { instansi_id: 1, ranah: 'sesi', versi: 45 },
      { instansi_id: 2, ranah: 'pegawai', versi: 1 },
      { instansi_id: 2, ranah: 'sesi', versi: 5 },
      { instansi_id: 3, ranah: 'pegawai', versi: 1 },
      { instansi_id: 3, ranah: 'sesi', versi: 1 },
    ]);
  });
});
