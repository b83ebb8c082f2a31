import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { BATAS_PERINGATAN, masuk } from '@simasn/akun';
import { sql } from '@simasn/db';
import { instanSetempat } from '@simasn/domain';
import { daftarAudit, zonaInstansi } from '@simasn/platform';
import { fixturePerBerkas, galatAplikasi } from '@simasn/kepegawaian/uji';
import { eksporPegawai, ubahZonaInstansi } from '../src/index.ts';

/**
 * An instansi in WITA, then WIT (issue 9): the failed-login notice to the owner, the export stamp and the audit
 * list's days are in its zone, with its abbreviation. Every instant is set here.
 */
const fx = fixturePerBerkas({ zona: 'Asia/Makassar' });

describe('an instansi in WITA', () => {
  it('carries its zone in every context', async () => {
    expect(await zonaInstansi(fx.db, 1)).toBe('Asia/Makassar');
    expect(fx.sistem.zona).toBe('Asia/Makassar');
    expect((await fx.ctx('verifikator')).zona).toBe('Asia/Makassar');
  });

  it('tells the owner of many failed logins the time in WITA, across local midnight', async () => {
    // Ten wrong passwords from 23.00 WITA on 10 March, 5 minutes apart (beyond every wait): the
    // owner is told at the tenth, 23.45 WITA (15.45 UTC).
    for (let i = 0; i < BATAS_PERINGATAN; i++) {
      const saat = instanSetempat('2026-03-10', `23:${String(i * 5).padStart(2, '0')}`, 'Asia/Makassar');
      expect((await galatAplikasi(masuk(fx.db, { username: 'pimpinan', password: 'salah' }, {}, saat))).status).toBe(401);
    }
    const n = await fx.db.one<{ isi: string }>(sql`select isi from notifikasi n join akun a on a.instansi_id = n.instansi_id and a.id = n.akun_id
                                                  where a.nama_pengguna = 'pimpinan' order by n.id desc limit 1`);
    expect(n.isi).toContain('terakhir pada 10 Maret 2026 23.45 WITA');
    // A wrong password at 00.30 WITA on the 11th (16.30 UTC on the 10th).
    await galatAplikasi(masuk(fx.db, { username: 'pimpinan', password: 'salah' }, {}, instanSetempat('2026-03-11', '00:30', 'Asia/Makassar')));
  });

  it("lists the audit trail by local day, not by the database session's", async () => {
    const ctx = await fx.ctx('inspektorat');
    const gagalMasuk = async (hari: string) => (await daftarAudit(ctx, { aksi: 'auth.gagal_masuk', dari: hari, sampai: hari })).items.length;
    expect(await gagalMasuk('2026-03-10')).toBe(BATAS_PERINGATAN);
    expect(await gagalMasuk('2026-03-11')).toBe(1);
  });
});

describe('the same instansi moved to WIT', () => {
  it('stamps an export with the WIT time', async () => {
    await ubahZonaInstansi(fx.db, 1, 'Asia/Jayapura');
    const ctx = { ...(await fx.ctx('admin.bkd')), sekarang: () => new Date('2026-12-31T15:30:00Z') };
    expect(ctx.zona).toBe('Asia/Jayapura');
    const h = await eksporPegawai(ctx, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(h.isi as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]!.getCell('A2').value)).toBe('Diekspor dari SIMASN pada 1 Januari 2027 00.30 WIT oleh admin.bkd');
  });
});
