import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { catatAuditBanyak, catatAuditKelompok, konteksSistem, PenulisKelompok, type Konteks } from '../src/index.ts';

/**
 * The group-commit writer on the real engines: many callers, few transactions, every answer given
 * only after the commit that holds its item, and one bad item failing alone.
 */
let db: Db;

beforeAll(async () => {
  db = await bukaDbUji();
  await db.run(sql`insert into instansi (instansi_id, kode, nama, jenis) values (1, 'uji', 'Kabupaten Uji', 'kabupaten')`);
  await db.exec(`create table uji_kelompok (id bigint generated always as identity primary key, kunci text not null unique, nilai int not null check (nilai >= 0))`);
});
afterAll(async () => {
  await db?.close();
});

interface Item {
  kunci: string;
  nilai: number;
}

let panjangBatch = 0;

/** One multi-row insert (idempotent by key) and one audit statement for the whole batch. */
async function tulisBatch(tx: Db, batch: Item[]): Promise<number[]> {
  panjangBatch = batch.length;
  const rows = await tx.many<{ id: number, kunci: string }>(sql`
    insert into uji_kelompok (kunci, nilai)
    select x.kunci, x.nilai from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(kunci text, nilai int)
    on conflict (kunci) do update set kunci = excluded.kunci
    returning id, kunci`);
  await catatAuditBanyak(konteksSistem(tx, 1, 'uji'), batch.map((b) => ({ aksi: 'pegawai.ubah', entitas: 'uji_kelompok', entitasId: b.kunci })));
  const id = new Map(rows.map((r) => [r.kunci, r.id]));
  return batch.map((b) => id.get(b.kunci)!);
}

/** The database with a log of commits, to see that no answer comes before its commit. */
function dbBerjejak(jejak: string[]): Db {
  return { ...db, transaction: async <T>(fn: (tx: Db) => Promise<T>) => {
    const r = await db.transaction(fn);
    jejak.push(`commit:${panjangBatch}`);
    return r;
  } };
}

describe('PenulisKelompok', () => {
  it('answers every caller after the commit holding its item, in far fewer transactions than items', async () => {
    const jejak: string[] = [];
    const p = new PenulisKelompok<Item, number>({ db: dbBerjejak(jejak), tulis: tulisBatch, maksBatch: 50 });
    const n = 300;
    // Callers arrive over several turns of the event loop, as HTTP requests do.
    const janji: Promise<number>[] = [];
    for (let i = 0; i < n; i++) {
      janji.push(p.tulis({ kunci: `a${i}`, nilai: i }).then((id) => {
        // Its batch committed before it was answered: there is at least one commit not yet matched by an answer.
        jejak.push('jawab');
        return id;
      }));
      if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    }
    const id = await Promise.all(janji);
    expect(new Set(id).size).toBe(n);
    const ada = await db.one<{ n: number }>(sql`select count(*)::int as n from uji_kelompok where id = any(${id}) and kunci like 'a%'`);
    expect(ada.n).toBe(n);
    expect(p.statistik.item).toBe(n);
    expect(p.statistik.batch).toBeLessThan(n / 4);
    expect(p.statistik.terbesar).toBeGreaterThan(1);
    expect(p.statistik.terbesar).toBeLessThanOrEqual(50);
    // Never more answers than items committed so far.
    let dikomit = 0;
    let dijawab = 0;
    for (const j of jejak) {
      if (j.startsWith('commit:')) dikomit += Number(j.slice(7));
      else expect(++dijawab).toBeLessThanOrEqual(dikomit);
    }
    expect(dijawab).toBe(n);
    const audit = await db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where entitas = 'uji_kelompok' and entitas_id like 'a%'`);
    expect(audit.n).toBe(n);
    await p.tutup();
  });

  it('a lone item is written at once (no waiting for company)', async () => {
    const p = new PenulisKelompok<Item, number>({ db, tulis: tulisBatch });
    const t = performance.now();
    await p.tulis({ kunci: 'sendiri', nilai: 1 });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(p.statistik.batch).toBe(1);
    await p.tutup();
  });

  it('one bad item fails alone: the others of its batch are written and answered', async () => {
    const p = new PenulisKelompok<Item, number>({ db, tulis: tulisBatch });
    const hasil = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => p.tulis({ kunci: `b${i}`, nilai: i === 4 ? -1 : i })));
    expect(hasil.map((h) => h.status)).toEqual(Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    const ada = await db.many<{ kunci: string }>(sql`select kunci from uji_kelompok where kunci like 'b%' order by kunci`);
    expect(ada.map((r) => r.kunci)).toEqual(['b0', 'b1', 'b2', 'b3', 'b5', 'b6', 'b7', 'b8', 'b9']);
    expect(p.statistik.ulangSatuSatu).toBe(1);
    await p.tutup();
  });

  it('a resend of the same key returns the same record (idempotent writer)', async () => {
    const p = new PenulisKelompok<Item, number>({ db, tulis: tulisBatch });
    const [x, y] = await Promise.all([p.tulis({ kunci: 'c1', nilai: 1 }), p.tulis({ kunci: 'c1', nilai: 1 })]);
    expect(x).toBe(y);
    await p.tutup();
  });

  it('tutup writes what is queued, then refuses new items', async () => {
    const p = new PenulisKelompok<Item, number>({ db, tulis: tulisBatch, jedaMs: 50 });
    const janji = Array.from({ length: 5 }, (_, i) => p.tulis({ kunci: `d${i}`, nilai: i }));
    await p.tutup();
    expect((await Promise.all(janji)).length).toBe(5);
    await expect(p.tulis({ kunci: 'd9', nilai: 9 })).rejects.toThrow(/ditutup/);
  });

  it('a batch of many callers is audited in one statement, each entry with its own caller, address and time', async () => {
    const ctx = (akunId: number, nama: string, alamat: string, t: string): Konteks => ({ db, instansiId: 1, alamatIp: alamat, sekarang: () => new Date(t), zona: 'Asia/Jakarta',
      pemanggil: { akunId, namaPengguna: nama, namaTampilan: nama, instansiId: 1, pegawaiId: null, jalurUnitSendiri: null,
        peran: [{ peran: 'asn', unitId: null, jalurUnit: null }] } });
    const a = await db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'satu', 'Satu', 'x') returning id`);
    const b = await db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, hash_sandi) values (1, 'dua', 'Dua', 'x') returning id`);
    const p = new PenulisKelompok<{ ctx: Konteks, kunci: string }, number>({ db, tulis: async (tx, batch) => {
      const id = await tulisBatch(tx, batch.map((x) => ({ kunci: x.kunci, nilai: 1 })));
      await catatAuditKelompok(tx, batch.map((x, i) => ({ ctx: x.ctx, entri: { aksi: 'pegawai.ubah', entitas: 'uji_kelompok_pemanggil', entitasId: id[i]! } })));
      return id;
    } });
    await Promise.all([
      p.tulis({ ctx: ctx(a.id, 'satu', '10.0.0.1', '2026-05-04T01:00:00Z'), kunci: 'e1' }),
      p.tulis({ ctx: ctx(b.id, 'dua', '10.0.0.2', '2026-05-04T01:00:01Z'), kunci: 'e2' }),
    ]);
    await p.tutup();
    const r = await db.many<{ nama_pengguna: string, akun_id: number, alamat_ip: string, peran: string[] }>(sql`
      select nama_pengguna, akun_id, alamat_ip, peran from audit_log where entitas = 'uji_kelompok_pemanggil' order by nama_pengguna`);
    expect(r).toEqual([{ nama_pengguna: 'dua', akun_id: b.id, alamat_ip: '10.0.0.2', peran: ['asn'] }, { nama_pengguna: 'satu', akun_id: a.id, alamat_ip: '10.0.0.1',
      peran: ['asn'] }]);
    expect(p.statistik.batch).toBe(1);
  });
});
