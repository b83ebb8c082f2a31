import { describe, expect, it } from 'vitest';
import { bukaPglite, sql } from '@simasn/db';
import { cliUji } from './cli-uji.ts';

/** `simasn instansi zona`: shows and sets the instansi's time zone (one of the three Indonesian zones), audited. */
const { dataDir, simasn } = cliUji('zona');

describe('simasn instansi zona', () => {
  it('shows WIB by default, refuses a zone outside Indonesia, sets WITA', async () => {
    expect(simasn('instansi', 'zona').out).toContain('Zona waktu instansi 1: Asia/Jakarta (WIB)');
    const salah = simasn('instansi', 'zona', '--zona', 'Europe/Paris');
    expect(salah.kode).toBe(2);
    expect(salah.err).toContain('Asia/Makassar (WITA)');
    const r = simasn('instansi', 'zona', '--zona', 'Asia/Makassar');
    expect([r.kode, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Zona waktu instansi 1: Asia/Makassar (WITA); diubah.');
    const db = await bukaPglite(dataDir);
    try {
      expect(await db.one(sql`select zona_waktu from instansi where instansi_id = 1`)).toEqual({ zona_waktu: 'Asia/Makassar' });
      expect(await db.one(sql`select aksi, sebelum, sesudah from audit_log where aksi = 'instansi.ubah_zona'`)).toEqual({ aksi: 'instansi.ubah_zona',
        sebelum: { zona: 'Asia/Jakarta' }, sesudah: { zona: 'Asia/Makassar' } });
    } finally {
      await db.close();
    }
  });
});
