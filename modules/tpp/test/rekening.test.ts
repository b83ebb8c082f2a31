import { describe, expect, it } from 'vitest';
import { skemaRekening } from '../src/tpp.types.ts';

/** The form's and the endpoint's check of one account: one Indonesian message per isian, from the domain rule. */
describe('skemaRekening', () => {
  const masalah = (x: unknown) => skemaRekening.safeParse(x).error?.issues.map((i) => [i.path.join('.'), i.message]);
  it('names each wrong isian once', () => {
    expect(masalah({ namaBank: '', nomorRekening: '' })).toEqual([['namaBank', 'pilih bank'], ['nomorRekening', 'nomor rekening wajib diisi']]);
    expect(masalah({ namaBank: 'BRI', nomorRekening: '12 34' })).toEqual([['nomorRekening', 'nomor rekening hanya angka, tanpa spasi, titik atau tanda hubung']]);
  });
  it('takes a bank of the list and 8 to 20 digits', () => {
    expect(skemaRekening.parse({ namaBank: ' Bank Jatim ', nomorRekening: '0011223344' })).toEqual({ namaBank: 'Bank Jatim', nomorRekening: '0011223344' });
  });
});
