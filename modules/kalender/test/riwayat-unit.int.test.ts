import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import { tambahRiwayat } from '@simasn/kepegawaian';
import { hitungUlang, jadwalPegawai, kalenderPegawai, tambahKalenderUnit } from '../src/index.ts';

/**
 * A day follows the calendar of the unit the pegawai belonged to ON THAT DAY (riwayat jabatan),
 * not their current unit: after a transfer, a past month keeps the old unit's pattern.
 */
const fx = fixturePerBerkas();
const SEKARANG = new Date('2026-03-20T03:00:00Z');
const sistem = () => ({ ...fx.sistem, sekarang: () => new Date('2025-12-01T03:00:00Z') });

describe('calendars follow the unit history', () => {
  it("a transfer on 1 March 2026: February keeps the old unit's 5-day week, March follows the new unit's 6-day week", async () => {
    await tambahKalenderUnit(sistem(), { unitId: null, berlakuMulai: '2026-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari', keterangan: 'Perbup 2026' });
    await tambahKalenderUnit(sistem(), { unitId: fx.unit.dinkes, berlakuMulai: '2026-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'enam-hari' });
    // Andi (Bidang Mutasi, BKPSDM) moves to Bidang Yankes (Dinas Kesehatan) on 1 March 2026.
    await tambahRiwayat(fx.sistem, NIP.a1, 'jabatan', { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.yankes, tmt: '2026-03-01' });
    const a1 = (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a1}`)).id;
    const k = (await kalenderPegawai(fx.db, 1, [a1], '2026-02-01', '2026-03-31')).get(a1)!;
    const hari = (t: string) => k.find((j) => j.tanggal === t)!;
    expect(hari('2026-02-14')).toMatchObject({ hariKerja: false, pola: 'lima-hari', alasan: 'Hari Sabtu' });
    expect(hari('2026-02-28')).toMatchObject({ hariKerja: false, pola: 'lima-hari' });
    expect(hari('2026-03-07')).toMatchObject({ hariKerja: true, pola: 'enam-hari' });
    // One month alone, before the transfer, is the old unit's too.
    const feb = (await kalenderPegawai(fx.db, 1, [a1], '2026-02-01', '2026-02-28')).get(a1)!;
    expect(feb.filter((j) => j.hariKerja)).toHaveLength(20);
    // The pegawai's month view and the recomputation under another version agree.
    const adminBkd = { ...(await fx.ctx('admin.bkd')), sekarang: () => SEKARANG };
    const bulan = await jadwalPegawai(adminBkd, a1, { bulan: '2026-02' });
    expect(bulan.hari.filter((h) => h.hariKerja)).toHaveLength(20);
    const ulang = await hitungUlang(adminBkd, { bulan: '2026-02', aturanId: 'perbup-sukamaju-2026',
      hari: [{ nip: NIP.a1, tanggal: '2026-02-14', status: 'hadir', jamMasuk: '07:30', jamPulang: '16:00' }] });
    expect(JSON.stringify(ulang)).not.toContain('enam-hari');
  });
});
