import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from '@simasn/db';
import { instanSetempat } from '@simasn/domain';
import { simpanJadwalShift, tambahKalenderUnit } from '@simasn/kalender';
import { ajukanCuti, prosesCuti } from '@simasn/cuti';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { jadwalShiftUnit } from '../src/index.ts';
import { KONTRAK_REKAP as K } from '../src/kontrak.ts';

/**
 * The roster page's read (PGlite, and PostgreSQL with TEST_DATABASE_URL): the shift units in the
 * caller's reach, each pegawai's days from the roster or the rotation, and an approved leave
 * beside its days; another OPD's unit is refused; the answer encodes exactly through its schema.
 */
const fx = fixturePerBerkas();
const pada = (ctx: Konteks, tanggal: string, jam = '09:00'): Konteks => {
  const t = instanSetempat(tanggal, jam, 'Asia/Jakarta');
  return { ...ctx, sekarang: () => t };
};

describe('jadwal shift of a unit', () => {
  it('lists the shift units in reach, the month per pegawai with roster, rotation and approved leave, and refuses a unit out of reach', async () => {
    const bkd = pada(await fx.ctx('admin.bkd'), '2026-03-20');
    const andi = await fx.ctx(NIP.a1);
    const bambang = await fx.ctx(NIP.a2);
    await tambahKalenderUnit(bkd, { unitId: fx.unit.bkpsdm, berlakuMulai: '2026-04-01', aturanId: 'perbup-sukamaju-2026', pola: 'shift-rsud', keterangan: 'uji shift' });
    const idAndi = Number((await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a1}`)).id);
    await simpanJadwalShift(bkd, idAndi, { jadwal: [{ tanggal: '2026-04-06', kodeShift: 'M' }, { tanggal: '2026-04-07', kodeShift: null }] });
    const u = await ajukanCuti(pada(andi, '2026-04-01'), { jenis: 'cuti_tahunan', dari: '2026-04-09', sampai: '2026-04-09', alasan: 'Acara keluarga' });
    await prosesCuti(pada(bambang, '2026-04-01', '10:00'), u.id, { aksi: 'setujui', versi: u.versi });

    const r = await jadwalShiftUnit(bkd, { bulan: '2026-04', unitId: fx.unit.bkpsdm });
    expect(JSON.parse(JSON.stringify(z.encode(K.jadwalShift.respons!, r as never)))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(r.pilihanUnit.map((x) => x.id)).toContain(fx.unit.bkpsdm);
    expect(r.shift.map((s) => s.kode)).toEqual(['P', 'S', 'M']);
    expect(r.hari).toHaveLength(30);
    const a = r.pegawai.find((p) => p.nip === NIP.a1)!;
    const hari = (t: string) => a.hari.find((h) => h.tanggal === t)!;
    expect(hari('2026-04-06')).toMatchObject({ kodeShift: 'M', dariRoster: true, bolehShift: true, cuti: null });
    expect(hari('2026-04-07')).toMatchObject({ kodeShift: null, dariRoster: true });
    expect(hari('2026-04-08').dariRoster).toBe(false);
    expect(hari('2026-04-09').cuti).toMatch(/^Cuti tahunan 9 April 2026, usulan nomor \d+$/);
    // March: BKPSDM still works its office week: not a shift unit that month.
    const maret = await jadwalShiftUnit(bkd, { bulan: '2026-03' });
    expect(maret.pilihanUnit.map((x) => x.id)).not.toContain(fx.unit.bkpsdm);

    // The admin OPD of Dinas Kesehatan: BKPSDM is not theirs.
    const dinkes = await fx.ctx('admin.dinkes');
    expect((await jadwalShiftUnit(dinkes, { bulan: '2026-04' })).pilihanUnit.map((x) => x.id)).not.toContain(fx.unit.bkpsdm);
    const g = await galatAplikasi(jadwalShiftUnit(dinkes, { bulan: '2026-04', unitId: fx.unit.bkpsdm }));
    expect(g.status).toBe(422);
    // An ASN holds no kalender:jadwal.
    expect((await galatAplikasi(jadwalShiftUnit(andi, { bulan: '2026-04' }))).status).toBe(403);
  });
});
