import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { aturHakPeranAplikasi, sql, type Db } from '@simasn/db';
import { bukaDbUji, urlDbUji } from '@simasn/db/uji';
import { catatAudit, catatAuditBanyak, catatAuditKelompok, mintaSegelAudit, periksaRantaiAudit, segelAudit, tungguSegelAudit, type Konteks } from '../src/index.ts';

/**
 * The audit log as a hash chain (migration 0013): stamped by the database clock, numbered and
 * linked under a lock, and every kind of tampering by the owner named at its first broken entry.
 */
let db: Db;
let ctx: Konteks;

beforeAll(async () => {
  db = await bukaDbUji();
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
  const a = await db.one<{ id: number }>(sql`
    insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'inspektorat', 'Inspektorat', 'x') returning id`);
  // The test's own clock: a second later at every reading (the entries' times as the app stamps them in a test database).
  let jam = Date.parse('2026-03-02T03:00:00Z');
  const sekarang = () => {
    jam += 1000;
    return new Date(jam);
  };
  ctx = { db, instansiId: 1, sekarang, zona: 'Asia/Jakarta',
    pemanggil: { akunId: a.id, namaPengguna: 'inspektorat', namaTampilan: 'Inspektorat', instansiId: 1, pegawaiId: null, jalurUnitSendiri: null,
      peran: [{ peran: 'inspektorat', unitId: null, jalurUnit: null }] } };
});
afterAll(async () => {
  await db?.close();
});

/** As the owner, past the append-only trigger (what a database owner could do by hand). */
async function sebagaiPemilik(perintah: string) {
  await db.exec(`alter table audit_log disable trigger user; ${perintah}; alter table audit_log enable trigger user`);
}

const entri = (n: number) => ({ aksi: 'pegawai.ubah' as const, entitas: 'pegawai', entitasId: String(n), sebelum: { gelarDepan: null }, sesudah: { gelarDepan: `Dr. ${n}` } });

describe('audit hash chain', () => {
  it('chains every entry, also many written at once and concurrently, and finds the chain sound', async () => {
    for (let i = 1; i <= 3; i++) await catatAudit(ctx, entri(i));
    await catatAuditBanyak(ctx, [entri(4), entri(5), entri(6)]);
    await Promise.all([7, 8, 9, 10].map((i) => db.transaction((tx) => catatAudit({ ...ctx, db: tx }, entri(i)))));
    expect(await periksaRantaiAudit(ctx)).toMatchObject({ utuh: true, jumlah: 10 });
    // Several transactions, each several statements of many rows, at once (on PostgreSQL truly concurrent).
    await Promise.all([0, 1, 2, 3, 4].map((k) =>
      db.transaction(async (tx) => {
        await catatAuditBanyak({ ...ctx, db: tx }, Array.from({ length: 20 }, (_, i) => entri(100 + k * 20 + i)));
        await catatAudit({ ...ctx, db: tx }, entri(200 + k));
      })
    ));
    expect(await periksaRantaiAudit(ctx)).toMatchObject({ utuh: true, jumlah: 115 });
    await sebagaiPemilik('delete from audit_log where instansi_id = 1 and urutan > 10');
    await db.exec('update audit_rantai set urutan = 10, hash = (select hash from audit_log where instansi_id = 1 and urutan = 10) where instansi_id = 1');
    const h = await periksaRantaiAudit(ctx);
    expect(h).toMatchObject({ utuh: true, jumlah: 10 });
    const ekor = await db.one<{ hash: string }>(sql`select hash from audit_log where instansi_id = 1 order by urutan desc limit 1`);
    expect(h.hashTerakhir).toBe(ekor.hash);
    const nomor = await db.many<{ urutan: number }>(sql`select urutan from audit_log where instansi_id = 1 order by urutan`);
    expect(nomor.map((r) => r.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stamps the time from the database clock and the name from the account, whatever the caller sends', async () => {
    await db.exec('update audit_pengaturan set waktu_dari_aplikasi = false');
    try {
      const a = await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = 'inspektorat'`);
      await db.run(sql`insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, aksi, entitas, urutan, hash)
                       values (1, '2001-01-01T00:00:00Z', ${a.id}, 'admin.bkd', 'pegawai.ubah', 'pegawai', 1, 'palsu')`);
      const r = await db.one<{ waktu: Date, nama_pengguna: string, urutan: number }>(sql`
        select waktu, nama_pengguna, urutan from audit_log where instansi_id = 1 order by urutan desc limit 1`);
      expect(new Date(r.waktu).getUTCFullYear()).toBeGreaterThan(2020);
      expect(r.nama_pengguna).toBe('inspektorat');
      expect(r.urutan).toBe(11);
    } finally {
      await db.exec('update audit_pengaturan set waktu_dari_aplikasi = true');
    }
    expect(await periksaRantaiAudit(ctx)).toMatchObject({ utuh: true, jumlah: 11 });
  });

  it('names the entry whose field was changed by the owner', async () => {
    const target = await db.one<{ id: number }>(sql`select id from audit_log where instansi_id = 1 and urutan = 4`);
    await sebagaiPemilik(`update audit_log set nama_pengguna = 'orang.lain' where instansi_id = 1 and urutan = 4`);
    const h = await periksaRantaiAudit(ctx);
    expect(h.utuh).toBe(false);
    expect(h.jumlah).toBe(3);
    expect(h.rusak).toMatchObject({ id: target.id, urutan: 4 });
    expect(h.rusak!.masalah).toContain('tidak cocok dengan hash-nya');
    await sebagaiPemilik(`update audit_log set nama_pengguna = 'inspektorat' where instansi_id = 1 and urutan = 4`);
    expect((await periksaRantaiAudit(ctx)).utuh).toBe(true);
  });

  it('names the entry after one the owner deleted, and a deleted last entry', async () => {
    const simpan = await db.one<Record<string, unknown>>(sql`select * from audit_log where instansi_id = 1 and urutan = 6`);
    const berikut = await db.one<{ id: number }>(sql`select id from audit_log where instansi_id = 1 and urutan = 7`);
    await sebagaiPemilik('delete from audit_log where instansi_id = 1 and urutan = 6');
    const h = await periksaRantaiAudit(ctx);
    expect(h).toMatchObject({ utuh: false, jumlah: 5, rusak: { id: berikut.id, urutan: 7 } });
    expect(h.rusak!.masalah).toContain('entri nomor 6 sebelum entri ini hilang');
    // Put back as it was (same id, number and hashes): sound again.
    await db.exec('alter table audit_log disable trigger user');
    await db.run(sql`insert into audit_log overriding system value select * from jsonb_populate_record(null::audit_log, ${JSON.stringify(simpan)}::jsonb)`);
    await db.exec('alter table audit_log enable trigger user');
    expect((await periksaRantaiAudit(ctx)).utuh).toBe(true);

    const akhir = await db.one<{ id: number }>(sql`select id from audit_log where instansi_id = 1 and urutan = 10`);
    await sebagaiPemilik('delete from audit_log where instansi_id = 1 and urutan = 11');
    const j = await periksaRantaiAudit(ctx);
    expect(j).toMatchObject({ utuh: false, jumlah: 10, rusak: { id: akhir.id, urutan: 10 } });
    expect(j.rusak!.masalah).toContain('entri terakhir (nomor 11) hilang');
  });

  it('names a back-dated entry the owner inserted with the chain trigger off', async () => {
    const db2 = await bukaDbUji();
    try {
      await db2.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
      const c = { ...ctx, db: db2, pemanggil: null };
      for (let i = 1; i <= 3; i++) await catatAudit(c, entri(i));
      await db2.exec('alter table audit_log disable trigger user');
      const palsu = await db2.one<{ id: number }>(sql`
        insert into audit_log (instansi_id, waktu, nama_pengguna, aksi, entitas) values (1, '2020-01-01T01:00:00Z', 'admin.bkd', 'akun.buat', 'akun') returning id`);
      await db2.exec('alter table audit_log enable trigger user');
      const h = await periksaRantaiAudit({ ...c, pemanggil: ctx.pemanggil });
      expect(h).toMatchObject({ utuh: false, rusak: { id: palsu.id, urutan: null } });
      expect(new Date(h.rusak!.waktu!).toISOString()).toBe('2020-01-01T01:00:00.000Z');
      expect(h.rusak!.masalah).toContain('tidak masuk rantai');
    } finally {
      await db2.close();
    }
  });
});

describe('the audit queue of the hot write paths (migration 0036)', () => {
  it('keeps queued entries out of the chain until sealed, then chains them in order; the check seals first', async () => {
    // A chain of its own: another instansi on the same database (one chain per instansi).
    await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (2, 'uji2', 'Kabupaten Uji Dua', 'kabupaten')`);
    const c = { ...ctx, instansiId: 2 };
    await catatAudit(c, entri(1));
    await catatAuditKelompok(db, [2, 3, 4].map((i) => ({ ctx: c, entri: entri(i) })), { antre: true });
    const dalamLog = async () => (await db.many<{ entitas_id: string }>(sql`select entitas_id from audit_log where instansi_id = 2 order by urutan`)).map((r) => r.entitas_id);
    expect(await dalamLog()).toEqual(['1']);
    // A synchronous entry meanwhile goes first; the queue follows in its own order.
    await catatAudit(c, entri(5));
    expect(await segelAudit(db, 2)).toBe(3);
    expect(await dalamLog()).toEqual(['1', '5', '2', '3', '4']);
    expect(await segelAudit(db, 2)).toBe(0);
    // The chain check seals what is queued before it walks the chain.
    await catatAuditKelompok(db, [6, 7].map((i) => ({ ctx: c, entri: entri(i) })), { antre: true });
    const h = await periksaRantaiAudit(c);
    expect(h).toMatchObject({ utuh: true, jumlah: 7 });
    expect(h.belumDisegel).toBeUndefined();
    // Many groups committed at once, each asking for the sealer: every entry sealed, once, in a sound chain.
    await Promise.all(Array.from({ length: 12 }, async (_, k) => {
      await catatAuditKelompok(db, [0, 1, 2].map((i) => ({ ctx: c, entri: entri(100 + k * 3 + i) })), { antre: true });
      await (k % 3 ? mintaSegelAudit(db, 2) : db.transaction((tx) => catatAudit({ ...c, db: tx }, entri(200 + k))));
    }));
    await tungguSegelAudit(db);
    await segelAudit(db, 2);
    expect(await db.one<{ n: number }>(sql`select count(*)::int as n from audit_antre where instansi_id = 2`)).toEqual({ n: 0 });
    expect(await periksaRantaiAudit(c)).toMatchObject({ utuh: true, jumlah: 7 + 36 + 4 });
    // Tampering after the seal shows as for any entry.
    await db.exec(
      `alter table audit_log disable trigger user; update audit_log set aksi = 'akun.buat' where instansi_id = 2 and entitas_id = '3'; alter table audit_log enable trigger user`,
    );
    expect(await periksaRantaiAudit(c)).toMatchObject({ utuh: false, jumlah: 3 });
  });

  it("the writers' run reads the queue from just below the highest id sealed; a straggler far below waits for the full run (migration 0039)", async () => {
    await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (3, 'uji3', 'Kabupaten Uji Tiga', 'kabupaten')`);
    const c = { ...ctx, instansiId: 3 };
    const antre = (n: number, awal = 0) =>
      db.run(
        sql`insert into audit_antre (instansi_id, aksi, entitas, entitas_id) select 3, 'pegawai.ubah', 'pegawai', (${awal}::int + g)::text from generate_series(1, ${n}::int) g`,
      );
    const tersisa = async () => (await db.many<{ entitas_id: string }>(sql`select entitas_id from audit_antre where instansi_id = 3`)).map((r) => r.entitas_id);
    const { id: puncak } = await db.one<{ id: number }>(sql`select coalesce(max(id), 0)::int as id from audit_antre`);
    await antre(2500);
    expect(await segelAudit(db, 3, { semua: false })).toBe(2500);
    // An entry whose id was taken before all of them and which commits only now (identity given by hand, as the owner may).
    await db.run(sql`insert into audit_antre (instansi_id, id, aksi, entitas, entitas_id) overriding system value values (3, ${puncak + 1}, 'pegawai.ubah', 'pegawai', 'telat')`);
    // One whose id is among the last 2.000 sealed is still read by the writers' run, with the new ones.
    await db.run(
      sql`insert into audit_antre (instansi_id, id, aksi, entitas, entitas_id) overriding system value values (3, ${puncak + 2400}, 'pegawai.ubah', 'pegawai', 'dekat')`,
    );
    await antre(2, 9000);
    expect(await segelAudit(db, 3, { semua: false })).toBe(3);
    expect(await tersisa()).toEqual(['telat']);
    // The full run (minute job, server start, chain check) seals it; the chain holds every entry once.
    expect(await periksaRantaiAudit(c)).toMatchObject({ utuh: true, jumlah: 2504 });
    expect(await tersisa()).toEqual([]);
    const { n } = await db.one<{ n: number }>(sql`select count(distinct entitas_id)::int as n from audit_log where instansi_id = 3`);
    expect(n).toBe(2504);
  });
});

// The runtime role exists only on a PostgreSQL server: PGlite runs one role (its owner), in one
// process, so there is no second role to refuse. The chain above is checked on both engines.
describe.skipIf(!urlDbUji())('the runtime database role (PostgreSQL only: PGlite has a single role)', () => {
  it('may append to and read the audit log but not alter, disable or drop its triggers, update or delete', async () => {
    const peran = `simasn_app_uji_${randomBytes(4).toString('hex')}`;
    const info = await db.one<{ d: string }>(sql`select current_database() as d`);
    await db.exec(`create role ${peran} login`);
    try {
      await aturHakPeranAplikasi(db, peran);
      const u = new URL(urlDbUji()!);
      u.username = peran;
      u.password = '';
      u.pathname = `/${info.d}`;
      const klien = new pg.Client({ connectionString: u.toString() });
      await klien.connect();
      try {
        // Through the chain trigger, whatever it sends: numbered, hashed, stamped now.
        const r = await klien.query(`insert into audit_log (instansi_id, waktu, aksi, entitas, urutan) values (1, '2001-01-01', 'pegawai.ubah', 'pegawai', 1)
                                     returning urutan, hash, waktu`);
        expect(Number(r.rows[0].urutan)).toBeGreaterThan(1);
        expect(r.rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
        expect((await klien.query('select count(*)::int as n from audit_log')).rows[0].n).toBeGreaterThan(0);
        await klien.query('select nama from instansi');
        // The audit queue (migration 0036): appended to, sealed through the owner's function, never emptied by hand.
        await klien.query(`insert into audit_antre (instansi_id, aksi, entitas) values (1, 'pegawai.ubah', 'pegawai')`);
        expect((await klien.query('select audit_segel(1) as n')).rows[0].n).toBeGreaterThan(0);
        for (const perintah of [
          'alter table audit_log disable trigger audit_log_rantai',
          'alter table audit_log disable trigger all',
          'drop trigger audit_log_tanpa_ubah on audit_log',
          'drop trigger audit_log_rantai on audit_log',
          `update audit_log set aksi = 'palsu'`,
          'delete from audit_log',
          'delete from audit_antre',
          `update audit_antre set aksi = 'palsu'`,
          'truncate audit_antre',
          'truncate audit_log',
          `update audit_rantai set hash = 'palsu'`,
          'alter table pegawai add column x int',
          'create table lain (x int)',
          'drop function audit_log_hash(audit_log) cascade',
        ]) {
          await expect(klien.query(perintah), perintah).rejects.toThrow(/permission denied|must be owner|izin|pemilik/i);
        }
      } finally {
        await klien.end();
      }
    } finally {
      await db.exec(
        `revoke all on all tables in schema public from ${peran}; revoke all on all sequences in schema public from ${peran}; revoke all on schema public from ${peran}; drop owned by ${peran}; drop role ${peran}`,
      );
    }
  });
});
