import { describe, expect, it } from 'vitest';
import { bacaRupiahSel, kolomGaji } from '../src/gaji/sel-gaji.ts';
import { KOMPONEN_GAJI } from '../src/gaji/komponen-gaji.ts';
import { skemaKomponenGaji } from '../src/tpp.types.ts';

/** Reading a daftar gaji sheet: the columns from the one declaration, a rupiah cell as the payroll application or a person writes it. */
describe('sel daftar gaji', () => {
  it('finds every komponen column by its template name or its label, and nip / jumlah_kotor', () => {
    for (const k of KOMPONEN_GAJI) {
      expect(kolomGaji(k.kolom)).toBe(k.kunci);
      expect(kolomGaji(k.label.toUpperCase())).toBe(k.kunci);
    }
    expect([kolomGaji(' NIP '), kolomGaji('Jumlah Kotor'), kolomGaji('Gaji dan tunjangan'), kolomGaji('potongan'), kolomGaji(12)]).toEqual([
      'nip',
      'jumlahKotor',
      'jumlahKotor',
      undefined,
      undefined,
    ]);
  });

  it('reads numbers, plain digits, Indonesian thousands and ",00", and "Rp"; empty is null', () => {
    const baca = (v: Parameters<typeof bacaRupiahSel>[0]) => bacaRupiahSel(v);
    expect([3_250_000, '3250000', '3.250.000', 'Rp 3.250.000,00', 'Rp3.250.000', '3250000.00', ' 3 250 000 '].map((v) => baca(v))).toEqual(
      Array(7).fill({ ok: true, nilai: 3_250_000 }),
    );
    expect([null, undefined, '', '  '].map((v) => baca(v))).toEqual(Array(4).fill({ ok: true, nilai: null }));
    expect(baca('1.000,50')).toEqual({ ok: true, nilai: 1000.5 });
    expect(baca('-100')).toEqual({ ok: true, nilai: -100 });
    for (const v of ['12,5ab', '1,234,567', '3.25.000', 'nol', true, new Date(0)]) {
      expect(baca(v)).toEqual({ ok: false, alasan: 'bukan angka rupiah (contoh: 3250000 atau 3.250.000)' });
    }
  });

  it('leaves range and whole rupiah to the schema, with Indonesian messages', () => {
    const pesan = (n: number) => skemaKomponenGaji.shape.tunjanganBeras.safeParse(n).error?.issues[0]?.message;
    expect([pesan(289_680), pesan(-1), pesan(1000.5), pesan(1_000_000_001)]).toEqual([
      undefined,
      'tidak boleh negatif',
      'harus rupiah bulat, tanpa sen',
      'lebih dari Rp 1.000.000.000,00; periksa isinya',
    ]);
  });
});
