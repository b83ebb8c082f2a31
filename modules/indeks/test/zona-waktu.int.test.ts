import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { instanSetempat } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas } from '@simasn/kepegawaian/uji';
import { bukaFormulirSurvei, hasilIkmLayanan, kirimResponSurvei, tambahLayananSurvei, tentukanAcuan } from '../src/index.ts';

/**
 * An instansi in WITA (issue 9): a survey response's day, the IKM period's default year and the
 * IP ASN reference date are its local days. Every instant is set here.
 */
const fx = fixturePerBerkas({ zona: 'Asia/Makassar' });
let bkd: Konteks;
let layanan = { id: 0, token: '' };

beforeAll(async () => {
  bkd = await fx.ctx('admin.bkd');
  layanan = await tambahLayananSurvei(bkd, { kode: 'WITA', nama: 'Layanan Uji WITA', unitId: fx.unit.mutasi });
});

/** The public form as a visitor whose request reached an instansi in WIB by default: the survey's instansi decides. */
const publik = (saat: Date): Konteks => ({ db: fx.db, instansiId: 1, pemanggil: null, alamatIp: '203.0.113.9', sekarang: () => saat, zona: 'Asia/Jakarta' });

describe('an instansi in WITA', () => {
  it('counts a response at 00.30 WITA on 1 April (23.30 WIB on 31 March) in tribulan II', async () => {
    const saat = instanSetempat('2026-04-01', '00:30', 'Asia/Makassar');
    const f = await bukaFormulirSurvei(publik(saat), layanan.token, {});
    await kirimResponSurvei(publik(saat), layanan.token, { tokenFormulir: f.tokenFormulir, jawaban: [4, 4, 4, 4, 4, 4, 4, 4, 4] }, { perangkat: f.perangkatBaru! });
    expect(await fx.db.one(sql`select tanggal from respon_survei where layanan_id = ${layanan.id}`)).toEqual({ tanggal: '2026-04-01' });
    const tw = async (tribulan: number) => (await hasilIkmLayanan(bkd, layanan.id, { tahun: 2026, tribulan })).responden;
    expect([await tw(1), await tw(2)]).toEqual([0, 1]);
  });

  it('takes the current year and today from the local day', async () => {
    // 00.30 WITA on 1 January 2027 is still 31 December 2026 in WIB.
    const ctx = { ...bkd, sekarang: () => instanSetempat('2027-01-01', '00:30', 'Asia/Makassar') };
    expect((await hasilIkmLayanan(ctx, layanan.id, {})).periode).toMatchObject({ dari: '2027-01-01', sampai: '2027-12-31' });
    expect(tentukanAcuan(ctx, {}).tanggal).toBe('2027-01-01');
    expect(tentukanAcuan({ ...ctx, zona: 'Asia/Jakarta' }, {}).tanggal).toBe('2026-12-31');
  });
});
