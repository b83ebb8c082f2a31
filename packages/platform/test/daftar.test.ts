import { describe, expect, it } from 'vitest';
import { halamanBaris } from '../src/daftar.ts';

const baris = [
  { nip: '199001012015031001', nama: 'Budi Santoso', tmt: '2027-03-01' },
  { nip: '198505052010012002', nama: 'Ani Lestari', tmt: '2027-01-01' },
  { nip: '197712122005011003', nama: 'Citra Dewi', tmt: null },
];
const opsi = { teks: (b: (typeof baris)[number]) => [b.nama, b.nip], urut: { nama: (b: (typeof baris)[number]) => b.nama, tmt: (b: (typeof baris)[number]) => b.tmt },
  bawaan: 'nama' as const };

describe('a computed list made into a page', () => {
  it('searches by name or NIP (spaces ignored), sorts both ways with empty values last, and pages', () => {
    expect(halamanBaris(baris, { q: 'ani', limit: 50 }, opsi).items.map((b) => b.nama)).toEqual(['Ani Lestari']);
    expect(halamanBaris(baris, { q: '19850505 2010', limit: 50 }, opsi).items.map((b) => b.nama)).toEqual(['Ani Lestari']);
    expect(halamanBaris(baris, { urut: 'tmt', limit: 50 }, opsi).items.map((b) => b.tmt)).toEqual(['2027-01-01', '2027-03-01', null]);
    expect(halamanBaris(baris, { urut: 'tmt', arah: 'turun', limit: 50 }, opsi).items.map((b) => b.tmt)).toEqual(['2027-03-01', '2027-01-01', null]);
    const h = halamanBaris(baris, { page: 2, limit: 2 }, opsi);
    expect([h.total, h.page, h.limit, h.items.map((b) => b.nama), h.cocok.length]).toEqual([3, 2, 2, ['Citra Dewi'], 3]);
    expect(halamanBaris(baris, { limit: 2 }, opsi).items).toHaveLength(3);
  });
});
