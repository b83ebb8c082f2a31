import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Db } from '@simasn/db';
import { bukaDbUji } from '@simasn/db/uji';
import { BATAS_GAGAL, masuk } from '@simasn/akun';
import { instanSetempat } from '@simasn/domain';
import { daftarAudit, GalatAplikasi, zonaInstansi } from '@simasn/platform';
import { buatFixture, type Fixture } from '@simasn/kepegawaian/uji';
import { eksporPegawai, ubahZonaInstansi } from '../src/index.ts';

/**
 * An instansi in WITA, then WIT (issue 9): the lockout message, the export stamp and the audit
 * list's days are in its zone, with its abbreviation. Every instant is set here.
 */
let db: Db;
let fx: Fixture;

beforeAll(async () => {
  db = await bukaDbUji();
  fx = await buatFixture(db, { zona: 'Asia/Makassar' });
});
afterAll(async () => {
  await db?.close();
});

async function galat(p: Promise<unknown>): Promise<GalatAplikasi> {
  try {
    await p;
  } catch (e) {
    if (e instanceof GalatAplikasi) return e;
    throw e;
  }
  throw new Error('diharapkan gagal');
}

describe('an instansi in WITA', () => {
  it('carries its zone in every context', async () => {
    expect(await zonaInstansi(db, 1)).toBe('Asia/Makassar');
    expect(fx.sistem.zona).toBe('Asia/Makassar');
    expect((await fx.ctx('verifikator')).zona).toBe('Asia/Makassar');
  });

  it('tells a locked-out user the time in WITA, across local midnight', async () => {
    // 23.50 WITA on 10 March (15.50 UTC): locked until 00.05 WITA.
    const saat = instanSetempat('2026-03-10', '23:50', 'Asia/Makassar');
    for (let i = 1; i < BATAS_GAGAL; i++) {
      expect((await galat(masuk(db, { username: 'pimpinan', password: 'salah' }, {}, saat))).status).toBe(401);
    }
    const g = await galat(masuk(db, { username: 'pimpinan', password: 'salah' }, {}, saat));
    expect(g.status).toBe(429);
    expect(g.message).toContain('Coba lagi setelah 00.05 WITA.');
    const lagi = await galat(masuk(db, { username: 'pimpinan', password: 'rahasia-uji-1' }, {}, instanSetempat('2026-03-11', '00:01', 'Asia/Makassar')));
    expect(lagi.message).toContain('Coba lagi setelah 00.05 WITA.');
    // After the lock, a wrong password at 00.30 WITA on the 11th (16.30 UTC on the 10th).
    await galat(masuk(db, { username: 'pimpinan', password: 'salah' }, {}, instanSetempat('2026-03-11', '00:30', 'Asia/Makassar')));
  });

  it("lists the audit trail by local day, not by the database session's", async () => {
    const ctx = await fx.ctx('inspektorat');
    const gagalMasuk = async (hari: string) => (await daftarAudit(ctx, { aksi: 'auth.gagal_masuk', dari: hari, sampai: hari })).items.length;
    expect(await gagalMasuk('2026-03-10')).toBe(BATAS_GAGAL);
    expect(await gagalMasuk('2026-03-11')).toBe(1);
  });
});

describe('the same instansi moved to WIT', () => {
  it('stamps an export with the WIT time', async () => {
    await ubahZonaInstansi(db, 1, 'Asia/Jayapura');
    const ctx = { ...(await fx.ctx('admin.bkd')), sekarang: () => new Date('2026-12-31T15:30:00Z') };
    expect(ctx.zona).toBe('Asia/Jayapura');
    const h = await eksporPegawai(ctx, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(h.isi as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]!.getCell('A2').value)).toBe('Diekspor dari SIMASN pada 1 Januari 2027 00.30 WIT oleh admin.bkd');
  });
});
