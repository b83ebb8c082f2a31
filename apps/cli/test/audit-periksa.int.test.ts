import { describe, expect, it } from 'vitest';
import { bukaPglite, sql } from '@simasn/db';
import { cliUji } from './cli-uji.ts';

/** `simasn audit periksa`: walks the audit hash chain; exit 1 naming the first broken entry, in Indonesian. */
const { dataDir, simasn } = cliUji('audit', async (db) => {
  await db.run(
    sql`insert into audit_log (instansi_id, nama_pengguna, aksi, entitas, entitas_id) select 1, 'admin.bkd', 'pegawai.ubah', 'pegawai', g::text from generate_series(1, 5) g`,
  );
});

describe('simasn audit periksa', () => {
  it('finds the chain sound, then names the entry the owner edited', async () => {
    const ok = simasn('audit', 'periksa');
    expect([ok.kode, ok.err]).toEqual([0, '']);
    expect(ok.out).toMatch(/Rantai jejak audit utuh: \d+ entri diperiksa\./);
    expect(ok.out).toMatch(/hash terakhir: [0-9a-f]{64}/);

    const db = await bukaPglite(dataDir);
    let id: number;
    try {
      const r = await db.one<{ id: number, urutan: number }>(sql`select id, urutan from audit_log where instansi_id = 1 and entitas_id = '3' and aksi = 'pegawai.ubah'`);
      id = r.id;
      await db.exec(
        `alter table audit_log disable trigger user; update audit_log set entitas_id = '33' where instansi_id = 1 and id = ${r.id}; alter table audit_log enable trigger user`,
      );
    } finally {
      await db.close();
    }
    const rusak = simasn('audit', 'periksa');
    expect(rusak.kode).toBe(1);
    expect(rusak.err).toContain('Rantai jejak audit RUSAK.');
    expect(rusak.err).toContain(`Entri rusak pertama: id ${id}`);
    expect(rusak.err).toContain('diubah setelah dicatat');
  });
});
