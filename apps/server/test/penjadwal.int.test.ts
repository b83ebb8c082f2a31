import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { buatFixture, NIP } from '@simasn/kepegawaian/uji';
import { JUDUL_DIGEST } from '@simasn/layanan';
import { buatAplikasi } from '../src/aplikasi.ts';

/**
 * The server's background schedulers run on the application's clock (`buatAplikasi({ sekarang })`),
 * not the wall clock: set years ahead, the daily TMT job applies a pension whose TMT is that day,
 * the digest is stamped at that instant, and sessions expired by then are removed. Read with the
 * wall clock, none of it would be due.
 */
const JAM = new Date('2031-08-01T03:00:00Z'); // 10.00 WIB on 1 August 2031
let db: Db;
let app: FastifyInstance | undefined;
const log: string[] = [];

beforeAll(async () => {
  db = await bukaDbUji();
  await buatFixture(db);
  await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data)
    select 1, 'pensiun', id, 'tmt', 'diproses', '{"bup":58,"tanggalBup":"2031-07-10","tmtPensiun":"2031-08-01","aturanBup":"bup-pp11-2017"}'::jsonb
      from pegawai where nip = ${NIP.a2}`);
  // A KGB request waiting at BKD's step: the verifiers' digest has something to say.
  await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, tenggat)
    select 1, 'kgb', id, 'penetapan', 'diproses', '{"bulan":"2031-09"}'::jsonb, date '2031-09-01' from pegawai where nip = ${NIP.b1}`);
  // A session that expires in 2030: alive by the wall clock, long expired by the application's.
  await db.run(sql`insert into sesi (instansi_id, id, akun_id, token_csrf, kedaluwarsa_pada)
    select 1, 'sesi-lama', id, 'x', timestamptz '2030-01-01 00:00:00+00' from akun where nama_pengguna = 'verifikator'`);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('background schedulers on the application clock', () => {
  it('TMT, digest and session cleanup run at buatAplikasi({ sekarang })', async () => {
    app = await buatAplikasi({ db, web: false, sekarang: () => JAM, penjadwal: { tundaAwalMs: 0, log: (s) => log.push(s) } });
    const kedudukan = async () => (await db.one<{ k: string }>(sql`select kedudukan as k from pegawai where nip = ${NIP.a2}`)).k;
    const digest = () => db.many<{ dibuatPada: Date }>(sql`select dibuat_pada as "dibuatPada" from notifikasi where judul like ${`${JUDUL_DIGEST}%`}`);
    const sesi = async () => (await db.one<{ n: number }>(sql`select count(*)::int as n from sesi where id = 'sesi-lama'`)).n;
    await expect.poll(kedudukan, { timeout: 30_000, interval: 100 }).toBe('pensiun');
    await expect.poll(async () => (await digest()).length, { timeout: 30_000, interval: 100 }).toBeGreaterThan(0);
    expect((await digest()).every((d) => d.dibuatPada.getTime() === JAM.getTime())).toBe(true);
    await expect.poll(sesi, { timeout: 30_000, interval: 100 }).toBe(0);
    // The line is written after jalankanTmtLayanan returns, which is after its commit made the kedudukan visible.
    await expect.poll(() => log, { timeout: 30_000, interval: 100 }).toContain('TMT 2031-08-01 instansi 1: 1 diproses, 0 gagal');
    expect(log.filter((s) => /^(Jadwal TMT gagal|Notifikasi:|Penghapusan swafoto gagal)/.test(s))).toEqual([]);
  });

  it('stops with the app: nothing runs after close', async () => {
    await app!.close();
    app = undefined;
    await db.run(sql`update pegawai set kedudukan = 'aktif' where nip = ${NIP.a2}`);
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.one<{ k: string }>(sql`select kedudukan as k from pegawai where nip = ${NIP.a2}`)).k).toBe('aktif');
  });
});
