import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { buatDemo } from '../src/index.ts';

/** The demo's kenaikan pangkat and pension requests: every state present, made through the real actions. */
let db: Db;
beforeAll(async () => {
  db = await bukaDbUji();
  await buatDemo(db, { jumlahPegawai: 2500 });
}, 240_000);
afterAll(async () => {
  await db?.close();
});

describe('demo kenaikan pangkat and pensiun', () => {
  it('has KP requests at every step and a completed one with its riwayat golongan', async () => {
    const kp = await db.many<{ langkah: string, status: string }>(sql`select langkah, status from usulan_layanan where jenis = 'kenaikan_pangkat' order by id`);
    const keadaan = new Set(kp.map((u) => `${u.langkah}:${u.status}`));
    for (const k of ['pengajuan:diproses', 'verifikasi:diproses', 'pengajuan:dikembalikan', 'verifikasi:ditolak', 'penetapan:diproses', 'penetapan:selesai']) {
      expect(keadaan, k).toContain(k);
    }
    expect(await db.one(sql`select count(*)::int as n from riwayat_pangkat where sumber = 'usulan'`)).toEqual({ n: 1 });
  });
  it('has pension requests from the file to the TMT step, with the family checked against the register', async () => {
    const p = await db.many<{ langkah: string, status: string, diperiksa: boolean }>(sql`
      select langkah, status, data ? 'pemeriksaanKeluarga' as diperiksa from usulan_layanan where jenis = 'pensiun' order by id`);
    expect(p.map((u) => `${u.langkah}:${u.status}`)).toEqual([
      'pengajuan:diproses',
      'verifikasi:diproses',
      'pengajuan:dikembalikan',
      'usulan_bkn:diproses',
      'sk:diproses',
      'penyerahan:diproses',
      'tmt:diproses',
    ]);
    expect(p.slice(1).every((u) => u.diperiksa)).toBe(true);
    expect((await db.one<{ n: number }>(sql`select count(*)::int as n from kependudukan_lokal`)).n).toBeGreaterThan(7);
  });
});
