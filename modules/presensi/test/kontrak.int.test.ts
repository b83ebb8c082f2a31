import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixturePerBerkas, NIP } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { catatPresensi, daftarPerangkat, daftarSinyal, daftarTitik, dasborHariIni, mintaPerangkat, presensiSaya, putuskanPerangkat, putuskanSinyal, tambahTitik, trenBulanan,
  ubahTitik } from '../src/index.ts';
import { KONTRAK_PRESENSI as K } from '../src/kontrak.ts';
import { DEKAT, JAUH, KANTOR, kunciBaru, pada } from './bantu.ts';

/**
 * The response schemas of the presensi contract against what the actions return on real data:
 * every answer encodes to exactly the action's JSON (nothing a page reads is dropped).
 */
const fx = fixturePerBerkas();
let andi: Konteks;
let admin: Konteks;

function persis(t: { respons?: z.ZodType }, hasil: unknown) {
  const kawat = JSON.parse(JSON.stringify(z.encode(t.respons!, hasil as never)));
  expect(kawat).toEqual(JSON.parse(JSON.stringify(hasil)));
  return kawat;
}

beforeAll(async () => {
  andi = await fx.ctx(NIP.a1);
  admin = await fx.ctx('admin.bkpsdm');
});

describe('presensi answers through their response schemas', () => {
  it('points, check-ins, devices, signals, dashboard and trend encode to exactly what the actions return', async () => {
    const t = persis(K.tambahTitik, await tambahTitik(admin, { unitId: fx.unit.bkpsdm, nama: 'Kantor BKPSDM', ...KANTOR, radiusMeter: 100 }));
    persis(K.ubahTitik, await ubahTitik(admin, t.id, { radiusMeter: 120, versi: t.versi }));
    persis(K.daftarTitik, await daftarTitik(admin, {}));
    persis(K.catat, await catatPresensi(pada(andi, '07:40'), { jenis: 'masuk', kunci: kunciBaru(), ...DEKAT, perangkat: 'hp-andi-00001', akurasi: 500 }));
    persis(K.catat, await catatPresensi(pada(andi, '07:41'), { jenis: 'masuk', kunci: kunciBaru(), ...JAUH, perangkat: 'hp-andi-00002' }));
    persis(K.saya, await presensiSaya(pada(andi, '08:00'), { perangkat: 'hp-andi-00001' }));
    const m = persis(K.mintaPerangkat, await mintaPerangkat(andi, { perangkat: 'hp-andi-00002', alasan: 'ponsel baru' }));
    const d = persis(K.daftarPerangkat, await daftarPerangkat(admin, { page: 1, limit: 10 }));
    persis(K.putuskanPerangkat, await putuskanPerangkat(admin, m.id, { setuju: false, catatan: 'bukan ponsel dinas', versi: d.items[0].versi }));
    const s = persis(K.daftarSinyal, await daftarSinyal(admin, { status: 'semua', page: 1, limit: 10 }));
    expect(s.items.length).toBeGreaterThan(0);
    persis(K.putuskanSinyal, await putuskanSinyal(admin, s.items[0].id, { keputusan: 'valid', versi: s.items[0].versi }));
    persis(K.dasbor, await dasborHariIni(pada(admin, '10:00')));
    persis(K.tren, await trenBulanan(pada(admin, '10:00'), { tahun: 2026 }));
  });
});
