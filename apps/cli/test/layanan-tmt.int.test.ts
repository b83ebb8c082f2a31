import { describe, expect, it } from 'vitest';
import { bukaPglite, sql } from '@simasn/db';
import { NIP } from '@simasn/kepegawaian/uji';
import { cliUji } from './cli-uji.ts';

/** `simasn layanan jalankan-tmt` as the daily job runs it: a pension whose TMT has come takes effect. */
const { dataDir, simasn } = cliUji('cli-tmt', async (db) => {
  // A pension request at its TMT step (handed over), TMT 1 August 2026.
  await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data)
    select 1, 'pensiun', id, 'tmt', 'diproses', '{"bup":58,"tanggalBup":"2026-07-10","tmtPensiun":"2026-08-01","aturanBup":"bup-pp11-2017"}'::jsonb
      from pegawai where nip = ${NIP.a2}`);
});

describe('simasn layanan jalankan-tmt', () => {
  it('refuses a malformed date with exit 2', () => {
    const r = simasn('layanan', 'jalankan-tmt', '--tanggal', '1-8-2026');
    expect(r.kode).toBe(2);
    expect(r.err).toContain('YYYY-MM-DD');
  });
  it('does nothing before the TMT, then completes the request on it', async () => {
    const sebelum = simasn('layanan', 'jalankan-tmt', '--tanggal', '2026-07-31');
    expect([sebelum.kode, JSON.parse(sebelum.out).diproses]).toEqual([0, []]);
    const r = simasn('layanan', 'jalankan-tmt', '--tanggal', '2026-08-01');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ tanggal: '2026-08-01', diproses: [{ jenis: 'pensiun', nip: NIP.a2 }], gagal: [] });
    const db = await bukaPglite(dataDir);
    try {
      expect(await db.one(sql`select kedudukan from pegawai where nip = ${NIP.a2}`)).toEqual({ kedudukan: 'pensiun' });
      expect(await db.one(sql`select status from usulan_layanan where jenis = 'pensiun'`)).toEqual({ status: 'selesai' });
    } finally {
      await db.close();
    }
  });
});
