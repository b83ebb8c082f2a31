import { describe, expect, it } from 'vitest';
import { bukaPglite, sql } from '@simasn/db';
import { NIP } from '@simasn/kepegawaian/uji';
import { cliUji } from './cli-uji.ts';

/** `simasn notifikasi digest`: the verifiers' daily digest from the command line, once a day. */
const { dataDir, simasn } = cliUji('digest', async (db) => {
  // Two KGB requests waiting at BKD's step, one past its deadline.
  await db.run(sql`insert into usulan_layanan (instansi_id, jenis, pegawai_id, langkah, status, data, tenggat)
    select 1, 'kgb', id, 'penetapan', 'diproses', '{"bulan":"2026-03"}'::jsonb, case when nip = ${NIP.a1} then date '2020-01-01' end
      from pegawai where nip in (${NIP.a1}, ${NIP.b1})`);
});

describe('simasn notifikasi digest', () => {
  it('notifies every account that acts at the waiting step, once a day, in the app when SMTP is not set', async () => {
    const r = simasn('notifikasi', 'digest');
    expect(r.err).toBe('');
    expect(r.kode).toBe(0);
    expect(r.out).toContain('Ringkasan harian: 3 akun, 2 usulan menunggu.');
    expect(r.out).toContain('hanya notifikasi dalam aplikasi');
    const lagi = simasn('notifikasi', 'digest');
    expect(lagi.out).toContain('Ringkasan harian: 0 akun');
    const db = await bukaPglite(dataDir);
    try {
      const n = await db.many<{ nama: string, judul: string }>(
        sql`select a.nama_pengguna as nama, n.judul from notifikasi n join akun a on a.id = n.akun_id order by a.nama_pengguna`,
      );
      expect(n.map((x) => x.nama)).toEqual(['admin.bkd', 'verifikator', 'verifikator2']);
      expect(n[0]!.judul).toBe('Ringkasan harian layanan: 2 usulan menunggu, 1 melewati tenggat');
    } finally {
      await db.close();
    }
  });
});
