import { describe, expect, it } from 'vitest';
import { parseBankTpp, parseNomorRekening, samarkanDataPribadi, samarkanRekening } from '../src/index.ts';

describe('rekening TPP', () => {
  it('reads a bank name as typed into one of the list, and refuses one outside it', () => {
    expect(['BANK JATIM', 'bpd jatim', 'Bank BRI', 'PT Bank Negara Indonesia Tbk', 'mandiri', 'Bank Syariah Indonesia', 'btn'].map((b) => parseBankTpp(b))).toEqual(
      ['Bank Jatim', 'Bank Jatim', 'BRI', 'BNI', 'Bank Mandiri', 'BSI', 'BTN'].map((nilai) => ({ ok: true, nilai })),
    );
    expect(parseBankTpp('')).toEqual({ ok: false, alasan: 'nama bank wajib diisi' });
    expect(parseBankTpp('Bank Antah')).toMatchObject({ ok: false, alasan: expect.stringContaining('tidak ada dalam daftar') });
  });

  it('takes an account number of 8 to 20 digits only, never a masked one or the holder NIP', () => {
    expect(parseNomorRekening('0011223344')).toEqual({ ok: true, nilai: '0011223344' });
    expect(parseNomorRekening('0011-2233-44')).toMatchObject({ ok: false, alasan: 'nomor rekening hanya angka, tanpa spasi, titik atau tanda hubung' });
    expect(parseNomorRekening('1234567')).toMatchObject({ ok: false, alasan: 'nomor rekening 8 sampai 20 angka (terbaca 7 angka)' });
    expect(parseNomorRekening('1'.repeat(21))).toMatchObject({ ok: false });
    expect(parseNomorRekening('******3344')).toMatchObject({ ok: false, alasan: 'nomor rekening tersamar (berisi *); ketik nomor lengkap' });
    expect(parseNomorRekening('199001012015031001', '199001012015031001')).toMatchObject({ ok: false, alasan: 'nomor rekening sama dengan NIP' });
  });

  it('is masked by the one rule to its last 4 digits, once', () => {
    expect(samarkanRekening('001122334455')).toBe('********4455');
    expect(samarkanRekening(samarkanRekening('001122334455'))).toBe('********4455');
    expect(samarkanDataPribadi({ nip: '1', namaBank: 'BRI', nomorRekening: '123456789012345', no_rekening: '0011223344' })).toEqual({ nip: '1', namaBank: 'BRI',
      nomorRekening: '***********2345', no_rekening: '******3344' });
    expect(samarkanDataPribadi({ nip: '1', nomorRekening: '0011223344' }, () => true)).toEqual({ nip: '1', nomorRekening: '0011223344' });
  });
});
