import { describe, expect, it } from 'vitest';
import type { SimpulUnit } from '@simasn/kepegawaian/kontrak';
import { kedalaman, normalkan, saringUnit } from '../src/komponen/saring-unit.ts';

let berikut = 1;
function unit(nama: string, induk: SimpulUnit | null, lain: Partial<SimpulUnit> = {}): SimpulUnit {
  const id = berikut++;
  return { id, indukId: induk?.id ?? null, kode: `U${id}`, nama, singkatan: null, jenis: 'unit', jalur: `${induk?.jalur ?? '/'}${id}/`, jumlahPegawai: 0, ...lain };
}

// A slice of a kabupaten's tree, in the order the server sends it (by path).
const bkpsdm = unit('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', null, { singkatan: 'BKPSDM', kode: 'BKPSDM' });
const bidangMutasi = unit('Bidang Mutasi dan Promosi', bkpsdm);
const dinkes = unit('Dinas Kesehatan', null, { singkatan: 'Dinkes' });
const puskesmasPasirian = unit('Puskesmas Pasirián', dinkes);
const puskesmasKunir = unit('Puskesmas Kunir', dinkes);
const rsud = unit('Rumah Sakit Umum Daerah dr. Haryoto', dinkes, { singkatan: 'RSUD' });
const keperawatan = unit('Bidang Keperawatan', rsud);
const dispendik = unit('Dinas Pendidikan', null);
const sdn = unit('SD Negeri Pasirian 01', dispendik);
const pohon = [bkpsdm, bidangMutasi, dinkes, puskesmasPasirian, puskesmasKunir, rsud, keperawatan, dispendik, sdn];

const nama = (h: ReturnType<typeof saringUnit>) => h.map((x) => x.unit.nama);

describe('saringUnit: what a typed text finds in the unit picker', () => {
  it('an empty text keeps the whole tree, in its order, without a parent line', () => {
    expect(nama(saringUnit(pohon, ''))).toEqual(pohon.map((u) => u.nama));
    expect(nama(saringUnit(pohon, '   '))).toEqual(pohon.map((u) => u.nama));
    expect(saringUnit(pohon, '').every((x) => x.induk === null)).toBe(true);
  });

  it('finds by any part of the name, ignoring case, accents and extra spaces, each match under its perangkat daerah', () => {
    const h = saringUnit(pohon, '  PASIRIAN ');
    expect(nama(h)).toEqual(['Puskesmas Pasirián', 'SD Negeri Pasirian 01']);
    expect(h.map((x) => x.induk?.nama)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
  });

  it('the perangkat daerah is the root of the tree, not the nearest parent', () => {
    const [h] = saringUnit(pohon, 'keperawatan');
    expect(h?.unit).toBe(keperawatan);
    expect(h?.induk).toBe(dinkes);
    expect(saringUnit(pohon, 'dinas kesehatan')[0]?.induk).toBeNull();
  });

  it('every word must match, in any order and in name, abbreviation or code', () => {
    expect(nama(saringUnit(pohon, 'kunir puskesmas'))).toEqual(['Puskesmas Kunir']);
    expect(nama(saringUnit(pohon, 'puskesmas kunir bidang'))).toEqual([]);
    expect(nama(saringUnit(pohon, 'u4'))).toEqual(['Puskesmas Pasirián']);
  });

  it('ranks an exact name or abbreviation first, then names that begin with the text, then the rest in tree order', () => {
    expect(nama(saringUnit(pohon, 'rsud'))).toEqual(['Rumah Sakit Umum Daerah dr. Haryoto']);
    expect(nama(saringUnit(pohon, 'bkpsdm'))[0]).toBe(bkpsdm.nama);
    // Both "Bidang …" names begin with the text: tree order between them.
    expect(nama(saringUnit(pohon, 'bidang'))).toEqual(['Bidang Mutasi dan Promosi', 'Bidang Keperawatan']);
    expect(nama(saringUnit(pohon, 'kesehatan'))).toEqual(['Dinas Kesehatan']);
    expect(nama(saringUnit(pohon, 'Dinas Kesehatan'))).toEqual(['Dinas Kesehatan']);
    expect(nama(saringUnit(pohon, 'dinas'))).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(nama(saringUnit(pohon, 'pusk'))).toEqual(['Puskesmas Pasirián', 'Puskesmas Kunir']);
    expect(nama(saringUnit([sdn, puskesmasKunir, ...pohon.filter((u) => u !== sdn && u !== puskesmasKunir)], 'kunir'))[0]).toBe('Puskesmas Kunir');
  });

  it('an exact name outranks one that only begins with it', () => {
    const pendek = unit('Puskesmas', dinkes);
    expect(nama(saringUnit([...pohon, pendek], 'puskesmas'))[0]).toBe('Puskesmas');
  });

  it('a missing parent (a unit outside the list) leaves the unit without one rather than failing', () => {
    const yatim = unit('UPT Laboratorium Kesehatan', { ...dinkes, id: 999, jalur: '/999/' });
    const [h] = saringUnit([yatim], 'laboratorium');
    expect(h?.induk).toBeNull();
  });

  it('normalkan and kedalaman', () => {
    expect(normalkan('  Kecamatan   Pasirián ')).toBe('kecamatan pasirian');
    expect(kedalaman(bkpsdm.jalur)).toBe(0);
    expect(kedalaman(keperawatan.jalur)).toBe(2);
  });
});
