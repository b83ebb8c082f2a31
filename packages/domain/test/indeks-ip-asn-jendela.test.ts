import { describe, expect, it } from 'vitest';
import { ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, kekuranganIpAsn, kepemimpinanSesuai, lamaBulan, uraianKekuranganIpAsn, type AturanIpAsn } from '../src/index.ts';

const bkn = ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!;

describe('IP ASN windows and leadership levels are rule data', () => {
  it('every rule set carries them (RULES.md: 20 JP in 12 months, seminar in 2 years, SKP last year/this year, hukdis in 12 months)', () => {
    for (const a of Object.values(ATURAN_IP_ASN)) {
      expect(a.jendela).toEqual({ jpTeknis: 20, bulanTeknis: 12, bulanSeminar: 24, tahunSkp: 1, bulanHukdis: 12 });
      expect(a.tingkatKepemimpinan.PKP).toBe(4);
    }
  });

  it('the summary texts name the windows of the rule set', () => {
    expect(uraianKekuranganIpAsn(bkn)).toMatchObject({ diklat_teknis: 'Belum diklat teknis ≥ 20 JP dalam 12 bulan terakhir',
      seminar: 'Belum seminar/workshop dalam 2 tahun terakhir', skp_kosong: 'Tidak ada data SKP tahun lalu/tahun ini',
      hukuman_disiplin: 'Menjalani hukuman disiplin dalam 12 bulan terakhir' });
    const lain: AturanIpAsn = { ...bkn, id: 'uji', jendela: { jpTeknis: 24, bulanTeknis: 18, bulanSeminar: 36, tahunSkp: 1, bulanHukdis: 6 } };
    expect(uraianKekuranganIpAsn(lain).diklat_teknis).toBe('Belum diklat teknis ≥ 24 JP dalam 18 bulan terakhir');
    expect(uraianKekuranganIpAsn(lain).seminar).toBe('Belum seminar/workshop dalam 3 tahun terakhir');
    const p = { jenisJabatan: 'pelaksana', pendidikan: 'S1', diklatKepemimpinan: false, diklatFungsional: false, diklatTeknis: false, seminar: true, predikatKinerja: 'baik',
      hukumanDisiplin: 'tidak_ada' } as const;
    expect(kekuranganIpAsn(p, lain).find((k) => k.kode === 'diklat_teknis')?.uraian).toBe('belum diklat teknis ≥ 24 JP');
    expect(lamaBulan(12)).toBe('12 bulan');
    expect(lamaBulan(24)).toBe('2 tahun');
  });

  it('leadership training needed per structural level', () => {
    expect(kepemimpinanSesuai('jpt_pratama', 2, bkn)).toBe(true);
    expect(kepemimpinanSesuai('jpt_pratama', 3, bkn)).toBe(false);
    expect(kepemimpinanSesuai('administrator', 3, bkn)).toBe(true);
    expect(kepemimpinanSesuai(null, 4, bkn)).toBe(true);
    expect(kepemimpinanSesuai('pengawas', null, bkn)).toBe(false);
  });
});
