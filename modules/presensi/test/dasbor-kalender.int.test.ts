import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { pasangLiburBawaan, tambahKalenderUnit } from '@simasn/kalender';
import { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { cacheDasborHari } from '../src/dasbor/dasbor-hari-ini.ts';
import { dasborHariIni, trenBulanan } from '../src/index.ts';

/**
 * Today's dashboard over several units uses each employee's own calendar (a 6-day unit works on
 * Saturday, a 5-day office does not), and the monthly trend leaves months without any check-in
 * as gaps (null), never 0%.
 */
const fx = fixturePerBerkas();
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(iso) });

describe('dashboard with several calendars', () => {
  it('on a Saturday the 5-day office is off, the 6-day Dinas Kesehatan is due (not absent vs off)', async () => {
    const sistem = pada(fx.sistem, '2025-12-01T03:00:00Z');
    await pasangLiburBawaan(sistem, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
    await tambahKalenderUnit(sistem, { unitId: null, berlakuMulai: '2026-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari', keterangan: 'Perbup 2026' });
    await tambahKalenderUnit(sistem, { unitId: fx.unit.dinkes, berlakuMulai: '2026-01-01', aturanId: 'perbup-sukamaju-2026', pola: 'enam-hari' });
    // Saturday 11 April 2026, 10.00 WIB, the whole instansi (BKD): Andi and Bambang (BKPSDM) are off, Citra (Dinkes) is due.
    const bkd = pada(await fx.ctx('admin.bkd'), '2026-04-11T03:00:00Z');
    const d = await dasborHariIni(bkd);
    expect(d.hariKerja).toBe(true);
    expect(d.jumlah).toMatchObject({ pegawai: 3, hadir: 0, libur: 2, belumHadir: 1 });
    // One unit alone: the 5-day office shows a day off.
    const opd = await dasborHariIni(pada(await fx.ctx('admin.bkpsdm'), '2026-04-11T03:00:00Z'));
    expect(opd).toMatchObject({ hariKerja: false, jumlah: { libur: 2, belumHadir: 0 } });
  });

  it('the trend draws months without data as gaps, not 0%', async () => {
    const t = await trenBulanan(pada(await fx.ctx('admin.bkd'), '2026-04-30T03:00:00Z'), { tahun: 2026 });
    // No check-in recorded at all this year: every month is a gap, though working days passed.
    expect(t.bulan[2]!.hariKerja).toBeGreaterThan(15);
    expect(t.bulan.map((b) => b.hadirPersen)).toEqual(new Array(12).fill(null));
  });

  it('the trend keeps its working days only until a calendar or the pegawai data moves', async () => {
    const bkd = pada(await fx.ctx('admin.bkd'), '2026-04-30T03:00:00Z');
    const sebelum = await trenBulanan(bkd, { tahun: 2026 });
    expect(await trenBulanan(bkd, { tahun: 2026 })).toEqual(sebelum);
    // Dinas Kesehatan moves to a 5-day week from March: its Saturdays are no longer due, so March
    // has fewer working days (a cached count would keep the old figure).
    await tambahKalenderUnit(pada(fx.sistem, '2025-12-01T03:00:00Z'), { unitId: fx.unit.dinkes, berlakuMulai: '2026-03-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari' });
    const sesudah = await trenBulanan(bkd, { tahun: 2026 });
    expect(sesudah.bulan[1]!.hariKerja).toBe(sebelum.bulan[1]!.hariKerja);
    expect(sesudah.bulan[2]!.hariKerja).toBeLessThan(sebelum.bulan[2]!.hariKerja);
  });

  it('the people of the day are kept until a calendar, the pegawai data or a request moves; the check-ins are read live', async () => {
    const bkd = pada(await fx.ctx('admin.bkd'), '2026-04-11T03:00:00Z');
    const sebelum = await dasborHariIni(bkd);
    const dihitung = cacheDasborHari.dihitung;
    expect(await dasborHariIni(bkd)).toEqual(sebelum);
    expect(cacheDasborHari.dihitung).toBe(dihitung);
    // Dinas Kesehatan moves to a 5-day week from April: its Saturday is no longer due (a kept day would still count Citra as absent).
    await tambahKalenderUnit(pada(fx.sistem, '2025-12-01T03:00:00Z'), { unitId: fx.unit.dinkes, berlakuMulai: '2026-04-01', aturanId: 'perbup-sukamaju-2026', pola: 'lima-hari' });
    const sesudah = await dasborHariIni(bkd);
    expect(cacheDasborHari.dihitung).toBe(dihitung + 1);
    expect(sesudah).toMatchObject({ hariKerja: false, jumlah: { pegawai: 3, libur: 3, belumHadir: 0 } });
    // An employee who leaves the service (pegawai data) is no longer counted.
    await fx.db.run(sql`update pegawai set kedudukan = 'pensiun' where instansi_id = 1
      and jalur_unit like (select jalur from unit_organisasi where instansi_id = 1 and id = ${fx.unit.dinkes}) || '%'`);
    expect((await dasborHariIni(bkd)).jumlah.pegawai).toBe(2);
  });
});
