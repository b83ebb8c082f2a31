import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { bukaDanMigrasi, peranPemilikAudit, sql } from '../src/index.ts';
import { urlDbUji } from '../src/uji.ts';

/**
 * Production's two roles, set up with the README's SQL: migrations run as the owner, the app as a
 * role that owns nothing and may only append to the audit log. PostgreSQL only (PGlite has one role).
 */
describe.skipIf(!urlDbUji())('owner and runtime roles (PostgreSQL only: PGlite has a single role)', () => {
  it('migrates as the owner, grants the runtime role its rights, and serves as the runtime role', async () => {
    const ekor = randomBytes(3).toString('hex');
    const pemilik = `simasn_pemilik_${ekor}`;
    const aplikasi = `simasn_app_${ekor}`;
    const nama = `simasn_peran_${ekor}`;
    const url = (peran: string | null, db: string) => {
      const u = new URL(urlDbUji()!);
      if (peran) {
        u.username = peran;
        u.password = 'sandi-uji';
      }
      u.pathname = `/${db}`;
      return u.toString();
    };
    const superuser = async (db: string, perintah: string) => {
      const k = new pg.Client({ connectionString: url(null, db) });
      await k.connect();
      try {
        await k.query(perintah);
      } finally {
        await k.end();
      }
    };
    // README, "Peran basis data".
    await superuser('postgres', `create role ${pemilik} login password 'sandi-uji'; create role ${aplikasi} login password 'sandi-uji'`);
    await superuser('postgres', `create database ${nama} owner ${pemilik}`);
    try {
      await superuser(nama, `revoke all on database ${nama} from public; grant connect on database ${nama} to ${aplikasi};
        revoke create on schema public from public; alter schema public owner to ${pemilik}`);
      const db = await bukaDanMigrasi({ databaseUrl: url(aplikasi, nama), databaseUrlMigrasi: url(pemilik, nama) });
      try {
        expect((await db.one<{ u: string }>(sql`select current_user as u`)).u).toBe(aplikasi);
        expect(await peranPemilikAudit(db)).toBe(false);
        await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
        await db.run(sql`update instansi set nama = 'Kabupaten Uji Baru' where instansi_id = 1`);
        await db.run(sql`insert into audit_log (instansi_id, aksi, entitas) values (1, 'instansi.ubah_zona', 'instansi')`);
        expect((await db.one<{ urutan: number }>(sql`select urutan from audit_log where instansi_id = 1`)).urutan).toBe(1);
        await expect(db.run(sql`update audit_log set aksi = 'palsu'`)).rejects.toThrow(/permission denied/);
        await expect(db.exec('alter table audit_log disable trigger user')).rejects.toThrow(/must be owner/);
        await expect(db.exec('create table lain (x int)')).rejects.toThrow(/permission denied/);
        // The one version table (migration 0021): a logout by the runtime role moves the 'sesi' version
        // through the owner's trigger function; the role itself cannot set a version.
        await db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'uji.peran', 'Uji', 'x')`);
        const akun = await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = 'uji.peran'`);
        await db.run(sql`insert into sesi (instansi_id, id, akun_id, token_csrf, kedaluwarsa_pada) values (1, 'h', ${akun.id}, 'c', now() + interval '1 hour')`);
        await db.run(sql`delete from sesi where instansi_id = 1 and id = 'h'`);
        expect((await db.one<{ versi: number }>(sql`select versi from versi_data where instansi_id = 1 and ranah = 'sesi'`)).versi).toBe(1);
        await expect(db.run(sql`update versi_data set versi = 0`)).rejects.toThrow(/permission denied/);
        // A second start: nothing to migrate, rights granted again (idempotent).
        const lagi = await bukaDanMigrasi({ databaseUrl: url(aplikasi, nama), databaseUrlMigrasi: url(pemilik, nama) });
        await lagi.close();
      } finally {
        await db.close();
      }
    } finally {
      await superuser('postgres', `drop database if exists ${nama} with (force)`);
      await superuser('postgres', `drop role if exists ${aplikasi}; drop role if exists ${pemilik}`);
    }
  });
});
