import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { ATURAN_BUP_PP11_2017, batasUsiaPensiun, hitungPensiun, JENJANG_FUNGSIONAL, sifatJabatanPensiun, tanggalCapaiBup, tmtPensiun, type JenisJabatanPensiun,
  type JenjangFungsional } from '../src/index.ts';

function pensiun(lahir: string, jenis: JenisJabatanPensiun, jenjang?: JenjangFungsional, bupKhusus?: number) {
  const s = sifatJabatanPensiun(jenis, jenjang, bupKhusus);
  if (!s.ok) throw new Error(s.alasan);
  const h = hitungPensiun(lahir, s.nilai);
  if (!h.ok) throw new Error(h.alasan);
  return h.nilai;
}

describe('pensiun (PP 11/2017)', () => {
  it.each(seed.pensiun)('seed: born $birth, $jabatan -> BUP $bup, TMT $tmt_pensiun', (k) => {
    const h = k.jabatan.startsWith('JPT') ? pensiun(k.birth, 'jpt') : pensiun(k.birth, 'fungsional', 'ahli_muda');
    expect(h.bup).toBe(k.bup);
    expect(h.tmtPensiun).toBe(k.tmt_pensiun);
    expect(h.aturan).toBe('bup-pp11-2017');
  });

  it('gives the BUP birthday and the TMT on the 1st of the next month', () => {
    expect(pensiun('1966-10-19', 'jpt')).toEqual({ bup: 60, tanggalBup: '2026-10-19', tmtPensiun: '2026-11-01', aturan: 'bup-pp11-2017' });
    expect(pensiun('1970-12-05', 'pelaksana')).toMatchObject({ bup: 58, tanggalBup: '2028-12-05', tmtPensiun: '2029-01-01' });
    expect(pensiun('1968-02-29', 'administrator')).toMatchObject({ tanggalBup: '2026-02-28', tmtPensiun: '2026-03-01' });
    expect(pensiun('1968-03-01', 'pengawas')).toMatchObject({ tanggalBup: '2026-03-01', tmtPensiun: '2026-04-01' });
  });

  it('reads BUP by jenjang for jabatan fungsional, and a BUP set by law', () => {
    const bup = Object.fromEntries(JENJANG_FUNGSIONAL.map((j) => [j, pensiun('1970-01-15', 'fungsional', j).bup]));
    expect(bup).toEqual({ pemula: 58, terampil: 58, mahir: 58, penyelia: 58, ahli_pertama: 58, ahli_muda: 58, ahli_madya: 60, ahli_utama: 65 });
    expect(pensiun('1970-01-15', 'fungsional', 'ahli_pertama', 60)).toMatchObject({ bup: 60, aturan: 'bup-khusus' });
    expect(pensiun('1970-01-15', 'pelaksana', 'ahli_utama').bup).toBe(58);
  });

  it('refuses what it cannot compute', () => {
    expect(sifatJabatanPensiun('fungsional').ok).toBe(false);
    expect(hitungPensiun('1970-02-30', { jenis: 'pelaksana' }).ok).toBe(false);
    expect(hitungPensiun('1970-01-01', { jenis: 'fungsional', jenjang: 'ahli_muda', bupKhusus: 99 }).ok).toBe(false);
  });

  it('keeps the earlier exports working', () => {
    expect(batasUsiaPensiun({ jenis: 'struktural', tingkatStruktural: 'jpt_madya' })).toBe(60);
    expect(batasUsiaPensiun({ jenis: 'fungsional' })).toBe(ATURAN_BUP_PP11_2017.fungsionalLain);
    expect(tanggalCapaiBup('1966-10-19', 60)).toBe('2026-10-19');
    expect(tmtPensiun('1965-05-03', 58)).toBe('2023-06-01');
  });
});
