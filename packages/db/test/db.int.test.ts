import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaBanyak, bukaPglite, disiapkan, FolderDataTerkunci, jalankanMigrasi, sql, versiServer, type Db } from '../src/index.ts';
import { bukaDbUji, urlDbUji } from '../src/uji.ts';

let db: Db;
beforeAll(async () => {
  db = await bukaDbUji();
});
afterAll(async () => {
  await db?.close();
});

describe(`database (${urlDbUji() ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('runs on PostgreSQL 15 or later and migrations are idempotent', async () => {
    expect(await versiServer(db)).toBeGreaterThanOrEqual(150000);
    expect(await jalankanMigrasi(db)).toEqual([]);
    const m = await db.many<{ versi: string }>(sql`select versi from skema_migrasi order by versi`);
    expect(m.map((r) => r.versi)).toContain('0001');
  });

  it('returns dates as calendar strings and bigint as numbers on both engines', async () => {
    const r = await db.one<{ d: string, b: number, n: number }>(sql`select ${'2022-05-17'}::date as d, 9007199254740991::bigint as b, 1.5::numeric as n`);
    expect(r).toEqual({ d: '2022-05-17', b: 9007199254740991, n: 1.5 });
  });

  it('reads a whole set (one JSON text on PGlite) with the same rows as a plain read (numbers, calendar dates, text, null), and none as an empty list', async () => {
    const q = sql`select x as id, (x * 1000)::bigint as gaji, (x / 4.0)::numeric as persen, ('2022-05-' || lpad(x::text, 2, '0'))::date as tmt,
                         case when x % 2 = 0 then null else 'Nama "' || x || '" \\ Ñ' end as nama
                    from generate_series(1, 25) x order by x`;
    const biasa = await db.many<Record<string, unknown>>(q);
    const json = await bacaBanyak<Record<string, unknown>>(db, q);
    expect(json).toHaveLength(25);
    expect(json[2]).toEqual({ id: 3, gaji: 3000, persen: 0.75, tmt: '2022-05-03', nama: 'Nama "3" \\ Ñ' });
    expect(json.map((r) => ({ ...r, gaji: Number(r.gaji), persen: Number(r.persen) }))).toEqual(biasa.map((r) => ({ ...r, gaji: Number(r.gaji), persen: Number(r.persen) })));
    expect(await bacaBanyak(db, sql`select 1 as x where false`)).toEqual([]);
  });

  it('keeps every table keyed by instansi', async () => {
    const tanpa = await db.many<{ table_name: string }>(sql`
      select t.table_name from information_schema.tables t
       where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name not in ('skema_migrasi', 'audit_pengaturan')
         and not exists (select 1 from information_schema.columns c
                          where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'instansi_id')`);
    expect(tanpa).toEqual([]);
  });

  it('maintains unit paths by trigger, including a move of a subtree', async () => {
    await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
    const ins = (kode: string, induk: number | null, jenis: string) =>
      db.one<{ id: number, jalur: string, perangkat_daerah_id: number }>(sql`
        insert into unit_organisasi (instansi_id, induk_id, kode, nama, jenis) values (1, ${induk}, ${kode}, ${kode}, ${jenis})
        returning id, jalur, perangkat_daerah_id`);
    const a = await ins('A', null, 'perangkat_daerah');
    const b = await ins('B', null, 'perangkat_daerah');
    const a1 = await ins('A1', a.id, 'bidang');
    const a11 = await ins('A11', a1.id, 'sub_bidang');
    expect(a11.jalur).toBe(`/${a.id}/${a1.id}/${a11.id}/`);
    expect(a11.perangkat_daerah_id).toBe(a.id);
    await db.run(sql`update unit_organisasi set induk_id = ${b.id} where instansi_id = 1 and id = ${a1.id}`);
    const moved = await db.one<{ jalur: string, perangkat_daerah_id: number }>(
      sql`select jalur, perangkat_daerah_id from unit_organisasi where instansi_id = 1 and id = ${a11.id}`,
    );
    expect(moved).toEqual({ jalur: `/${b.id}/${a1.id}/${a11.id}/`, perangkat_daerah_id: b.id });
    await expect(db.run(sql`update unit_organisasi set induk_id = ${a11.id} where instansi_id = 1 and id = ${a1.id}`)).rejects.toThrow(/bawah dirinya sendiri/);
  });

  it('refuses to change or delete the audit log', async () => {
    await db.run(sql`insert into audit_log (instansi_id, aksi, entitas) values (1, 'uji', 'uji')`);
    await expect(db.run(sql`update audit_log set aksi = 'palsu' where instansi_id = 1`)).rejects.toThrow(/hanya dapat ditambah/);
    await expect(db.run(sql`delete from audit_log where instansi_id = 1`)).rejects.toThrow(/hanya dapat ditambah/);
    await expect(db.exec('truncate audit_log')).rejects.toThrow(/hanya dapat ditambah/);
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from audit_log`)).n).toBe(1);
  });

  it('rolls a failed transaction back entirely and isolates it from concurrent queries', async () => {
    await db.exec('create table uji_tx (instansi_id bigint, x int)');
    await expect(db.transaction(async (tx) => {
      await tx.run(sql`insert into uji_tx values (1, 1)`);
      await tx.transaction(async (t2) => t2.run(sql`insert into uji_tx values (1, 2)`));
      throw new Error('gagal di tengah');
    })).rejects.toThrow('gagal di tengah');
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from uji_tx`)).n).toBe(0);

    // A query issued while a transaction is open never sees its uncommitted rows.
    let lepas!: () => void;
    const tahan = new Promise<void>((r) => {
      lepas = r;
    });
    const tx = db.transaction(async (t) => {
      await t.run(sql`insert into uji_tx values (1, 3)`);
      await tahan;
    });
    await new Promise((r) => setTimeout(r, 20));
    const luar = db.one<{ n: number }>(sql`select count(*)::int as n from uji_tx`);
    const dilihat = await Promise.race([luar, new Promise<{ n: number }>((r) => setTimeout(() => r({ n: -1 }), 100))]);
    expect(dilihat.n === 0 || dilihat.n === -1).toBe(true); // 0 on a server, -1 (waiting) on PGlite
    lepas();
    await tx;
    expect((await luar).n).toBeGreaterThanOrEqual(0);
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from uji_tx`)).n).toBe(1);
  });

  it('runs reads fired at once inside a transaction one after another on its connection, in call order', async () => {
    const peringatan: string[] = [];
    const dengar = (w: Error) => peringatan.push(w.message);
    process.on('warning', dengar);
    try {
      const hasil = await db.transaction(async (tx) => {
        await tx.run(sql`insert into uji_tx values (1, 10)`);
        return Promise.all([1, 2, 3, 4, 5].map((i) =>
          tx.one<{ i: number, n: number }>(sql`
          select ${i}::int as i, (select count(*)::int from uji_tx) as n, pg_sleep(0.01) is not null as tidur`)
        ));
      });
      expect(hasil.map((r) => [r.i, r.n])).toEqual([[1, 2], [2, 2], [3, 2], [4, 2], [5, 2]]);
      await new Promise((r) => setImmediate(r));
      expect(peringatan.filter((w) => w.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', dengar);
    }
  });

  it('plans a prepared statement once per connection (PostgreSQL) and gives the same rows as a one-off one on both engines', async () => {
    const kueri = (n: number) => disiapkan(sql`select x.n * 2 as dua from jsonb_to_recordset(${JSON.stringify([{ n }, { n: n + 1 }])}::jsonb) as x(n int) order by x.n`);
    const [a, b, disiapkanDi] = await db.transaction(async (tx) => {
      const a = await tx.many<{ dua: number }>(kueri(1));
      const b = await tx.many<{ dua: number }>(kueri(5));
      // Same text, other values: one statement on this connection, named by its text.
      const siap = db.mesin === 'postgres'
        ? await tx.many<{ name: string, n: number }>(sql`select name, generic_plans + custom_plans as n from pg_prepared_statements where statement like '%x.n * 2 as dua%'`)
        : [];
      return [a, b, siap];
    });
    expect(a).toEqual([{ dua: 2 }, { dua: 4 }]);
    expect(b).toEqual([{ dua: 10 }, { dua: 12 }]);
    expect(await db.many(sql`select x.n * 2 as dua from jsonb_to_recordset(${JSON.stringify([{ n: 1 }, { n: 2 }])}::jsonb) as x(n int) order by x.n`)).toEqual(a);
    if (db.mesin === 'postgres') {
      expect(disiapkanDi).toHaveLength(1);
      expect(disiapkanDi[0]!.name).toMatch(/^s_[0-9a-f]{20}$/);
      expect(Number(disiapkanDi[0]!.n)).toBe(2);
    }
  });
});

describe('embedded data folder', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'simasn-lock-')), 'belum', 'ada');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates missing parent folders and refuses a second opener, in this process and another', async () => {
    const pertama = await bukaPglite(folder);
    expect(existsSync(join(folder, 'simasn.lock'))).toBe(true);
    await expect(bukaPglite(folder)).rejects.toBeInstanceOf(FolderDataTerkunci);
    const skrip = `import { bukaPglite } from ${JSON.stringify(new URL('../src/index.ts', import.meta.url).href)};
      try { await bukaPglite(${JSON.stringify(folder)}); console.log('TERBUKA'); } catch (e) { console.log(e.message); process.exit(3); }`;
    const keluar = await new Promise<{ kode: number | null, out: string }>((res) => {
      const p = spawn(process.execPath, ['--input-type=module', '-e', skrip]);
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (kode) => res({ kode, out }));
    });
    expect(keluar.kode).toBe(3);
    expect(keluar.out).toMatch(/sedang dipakai oleh proses lain \(PID \d+/);
    await pertama.close();
    expect(existsSync(join(folder, 'simasn.lock'))).toBe(false);
    const kedua = await bukaPglite(folder);
    await kedua.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const mati = execFileSync(process.execPath, ['-e', 'console.log(process.pid)']).toString().trim();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'simasn.lock'), JSON.stringify({ pid: Number(mati), host: (await import('node:os')).hostname() }));
    const db2 = await bukaPglite(folder);
    await db2.close();
  });
});
