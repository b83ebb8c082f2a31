import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { batasUsiaPensiun, GOLONGAN_PNS, golonganAkhir, golonganBerikutnya, jabatanAkhir, labelGolongan, nikSah, parseGolongan, parseGolonganPns, parseJenisJabatan,
  parsePendidikan, pendidikanTerakhir, predikatNilaiSkpLama, samarkanNik, namaLengkap, tingkatHukdisAlpa, tmtPensiun, tingkatDariEselon, type SifatJabatan } from '../src/index.ts';

describe('golongan', () => {
  it('has the 17 ruang of RULES.md in order with their pangkat', () => {
    expect(GOLONGAN_PNS).toHaveLength(17);
    expect(labelGolongan('III/a')).toBe('Penata Muda (III/a)');
    expect(labelGolongan('IV/e')).toBe('Pembina Utama (IV/e)');
    expect(golonganBerikutnya('III/d')).toBe('IV/a');
    expect(golonganBerikutnya('IV/e')).toBeUndefined();
  });
  it('reads the spellings found in spreadsheets', () => {
    for (const s of ['III/a', 'IIIa', 'III a', 'iii/A', '3/a', '3a', 'III.a', 'III-a']) {
      expect(parseGolonganPns(s)).toEqual({ ok: true, nilai: 'III/a' });
    }
    expect(parseGolonganPns('III/e').ok).toBe(false);
    expect(parseGolonganPns('V/a').ok).toBe(false);
    expect(parseGolongan('IX', 'PPPK')).toEqual({ ok: true, nilai: 'IX' });
    expect(parseGolongan('XVIII', 'PPPK').ok).toBe(false);
  });
});

describe('pendidikan and jabatan codes', () => {
  it('reads the seeds spellings of jenjang', () => {
    const p = (s: string) => {
      const h = parsePendidikan(s);
      return h.ok ? h.nilai : null;
    };
    expect(p('S-2')).toBe('S2');
    expect(p('D-III')).toBe('D3');
    expect(p('SMA/SMK')).toBe('SMA');
    expect(p('SLTP')).toBe('SMP');
    expect(p('Diploma 4')).toBe('D4');
    expect(p('Strata 1')).toBe('S1');
    expect(p('TK')).toBeNull();
  });
  it('maps eselon to structural level and reads jenis jabatan', () => {
    expect(tingkatDariEselon('II.b')).toBe('jpt_pratama');
    expect(tingkatDariEselon('III.a')).toBe('administrator');
    expect(tingkatDariEselon('IV.a')).toBe('pengawas');
    expect(parseJenisJabatan('Fungsional Umum')).toEqual({ ok: true, nilai: 'pelaksana' });
    expect(parseJenisJabatan('honorer').ok).toBe(false);
  });
});

describe('batas usia pensiun (PP 11/2017)', () => {
  const sifat = (s: string): SifatJabatan => {
    if (s.startsWith('JPT')) return { jenis: 'struktural', tingkatStruktural: 'jpt_pratama' };
    if (s.includes('ahli muda')) return { jenis: 'fungsional', jenjang: 'ahli_muda' };
    throw new Error(s);
  };
  it.each(seed.pensiun)('seed: born $birth, $jabatan -> BUP $bup, TMT $tmt_pensiun', (k) => {
    const bup = batasUsiaPensiun(sifat(k.jabatan));
    expect(bup).toBe(k.bup);
    expect(tmtPensiun(k.birth, bup)).toBe(k.tmt_pensiun);
  });
  it('covers every jabatan kind', () => {
    expect(batasUsiaPensiun({ jenis: 'pelaksana' })).toBe(58);
    expect(batasUsiaPensiun({ jenis: 'struktural', tingkatStruktural: 'administrator' })).toBe(58);
    expect(batasUsiaPensiun({ jenis: 'struktural', tingkatStruktural: 'pengawas' })).toBe(58);
    expect(batasUsiaPensiun({ jenis: 'struktural', tingkatStruktural: 'jpt_madya' })).toBe(60);
    expect(batasUsiaPensiun({ jenis: 'fungsional', jenjang: 'terampil' })).toBe(58);
    expect(batasUsiaPensiun({ jenis: 'fungsional', jenjang: 'ahli_pertama' })).toBe(58);
    expect(batasUsiaPensiun({ jenis: 'fungsional', jenjang: 'ahli_madya' })).toBe(60);
    expect(batasUsiaPensiun({ jenis: 'fungsional', jenjang: 'ahli_utama' })).toBe(65);
    expect(batasUsiaPensiun({ jenis: 'fungsional', jenjang: 'ahli_pertama', bupKhusus: 60 })).toBe(60);
    expect(tmtPensiun('1968-02-29', 58)).toBe('2026-03-01');
    expect(tmtPensiun('1966-12-31', 60)).toBe('2027-01-01');
  });
});

describe('hukuman disiplin, SKP, identity', () => {
  it('maps unexcused absence days to the PP 94/2021 level', () => {
    expect([2, 3, 10, 11, 20, 21, 28].map(tingkatHukdisAlpa)).toEqual([null, 'ringan', 'ringan', 'sedang', 'sedang', 'berat', 'berat']);
  });
  it('maps PP 46/2011 scores to their predikat', () => {
    expect([95, 91, 90.9, 76, 75, 61, 60, 51, 50].map(predikatNilaiSkpLama)).toEqual(['sangat_baik', 'sangat_baik', 'baik', 'baik', 'cukup', 'cukup', 'kurang', 'kurang', 'buruk']);
  });
  it('checks and masks NIK, writes names with gelar', () => {
    expect(nikSah('3508071007660001')).toBe(true);
    expect(nikSah('350807100766000')).toBe(false);
    expect(samarkanNik('3508071007660001')).toBe('3508**********01');
    expect(namaLengkap({ gelarDepan: 'Dr.', nama: 'Budi Santoso', gelarBelakang: 'S.H., M.Si.' })).toBe('Dr. Budi Santoso, S.H., M.Si.');
    expect(namaLengkap({ nama: 'Siti' })).toBe('Siti');
  });
});

describe('current state from riwayat', () => {
  it('takes the latest golongan, the latest jabatan and the highest pendidikan', () => {
    expect(golonganAkhir([{ golongan: 'III/a', tmt: '2010-04-01' }, { golongan: 'III/b', tmt: '2014-04-01' }, { golongan: 'II/d', tmt: '2006-04-01' }])?.golongan).toBe('III/b');
    expect(golonganAkhir([{ golongan: 'III/a', tmt: '2010-04-01' }, { golongan: 'III/b', tmt: '2010-04-01' }])?.golongan).toBe('III/b');
    expect(jabatanAkhir([{ id: 1, tmt: '2015-01-02' }, { id: 2, tmt: '2020-03-01' }, { id: 3, tmt: '2020-03-01' }])?.id).toBe(3);
    expect(pendidikanTerakhir([{ tingkat: 'S2', tahunLulus: 2010 }, { tingkat: 'S1', tahunLulus: 2018 }, { tingkat: 'SMA', tahunLulus: 2000 }])?.tingkat).toBe('S2');
    expect(golonganAkhir([])).toBeUndefined();
  });
});
