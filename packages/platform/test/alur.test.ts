import { describe, expect, expectTypeOf, it } from 'vitest';
import { definisikanLayanan, efekTransisi, langkahSaga, tambahEfek, type KodeLangkah, type Transisi } from '../src/alur/index.ts';

/** The engine's definitions without a database: typed step codes, effects attached to actions. */
const cek = langkahSaga<Transisi>({ nama: 'cek', jalankan: async () => 1 });
const sk = langkahSaga<Transisi>({ nama: 'sk', jalankan: async (h) => (h.cek as number) + 1 });
const UJI = definisikanLayanan({ jenis: 'uji', label: 'Uji', dokumen: [], langkah: [
  { kode: 'usul', label: 'Usul', peran: ['admin_opd'], aksi: ['teruskan', 'batalkan'], efek: { teruskan: [cek] } },
  { kode: 'tetap', label: 'Tetap', peran: ['admin_bkd'], aksi: ['setujui', 'kembalikan'], efek: { setujui: [cek, sk] } },
], efekAjukan: [cek] });

describe('service definitions', () => {
  it('derives the step codes as typed constants', () => {
    expect(UJI.kode).toEqual({ usul: 'usul', tetap: 'tetap' });
    expectTypeOf<KodeLangkah<typeof UJI>>().toEqualTypeOf<'usul' | 'tetap'>();
    // @ts-expect-error a step the service does not have
    expect(UJI.kode.selesai).toBeUndefined();
  });

  it('picks the effects of the action at the step the request leaves', () => {
    expect(efekTransisi(UJI, 'ajukan', null).map((l) => l.nama)).toEqual(['cek']);
    expect(efekTransisi(UJI, 'teruskan', 'usul').map((l) => l.nama)).toEqual(['cek']);
    expect(efekTransisi(UJI, 'setujui', 'tetap').map((l) => l.nama)).toEqual(['cek', 'sk']);
    expect(efekTransisi(UJI, 'kembalikan', 'tetap')).toEqual([]);
    expect(efekTransisi(UJI, 'batalkan', 'usul')).toEqual([]);
  });

  it('refuses an effect on an action the step does not offer', () => {
    expect(() =>
      definisikanLayanan({ jenis: 'salah', label: 'Salah', dokumen: [], langkah: [{ kode: 'a', label: 'A', peran: ['admin_bkd'], aksi: ['setujui'], efek: { tolak: [cek] } }] })
    ).toThrow(/efek untuk aksi "tolak"/);
  });

  it('appends a step to every transition or to the given actions', () => {
    const luar = langkahSaga<Transisi>({ nama: 'luar', jalankan: async () => null });
    const semua = tambahEfek(UJI, luar);
    expect(efekTransisi(semua, 'ajukan', null).map((l) => l.nama)).toEqual(['cek', 'luar']);
    expect(efekTransisi(semua, 'kembalikan', 'tetap').map((l) => l.nama)).toEqual(['luar']);
    const setujui = tambahEfek(UJI, luar, ['setujui']);
    expect(efekTransisi(setujui, 'setujui', 'tetap').map((l) => l.nama)).toEqual(['cek', 'sk', 'luar']);
    expect(efekTransisi(setujui, 'teruskan', 'usul').map((l) => l.nama)).toEqual(['cek']);
    expect(efekTransisi(setujui, 'ajukan', null).map((l) => l.nama)).toEqual(['cek']);
  });
});
