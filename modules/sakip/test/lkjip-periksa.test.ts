import { describe, expect, it } from 'vitest';
import { periksaLaporan } from '../src/lkjip/periksa-laporan.ts';
import { laporanContoh } from './lkjip-fixture.ts';

/** The consistency checks run on an assembled report before it is generated. */
describe('periksaLaporan', () => {
  it('finds nothing in a consistent report (the Lumajang figures)', () => {
    expect(periksaLaporan(laporanContoh())).toEqual([]);
  });

  it('flags a capaian that does not follow from target and realisasi', () => {
    const l = laporanContoh();
    l.indikator[1]!.capaian = 100; // 57,12 / 56,35 = 101,37%
    const t = periksaLaporan(l);
    expect(t.map((x) => [x.tabel, x.label, x.kolom, x.seharusnya])).toContainEqual(['Tabel 3.1 Pengukuran Capaian Kinerja', 'Indeks Profesionalitas ASN', 'capaian', 101.37]);
  });

  it('accepts a capaian cut by the stated cap', () => {
    const l = laporanContoh();
    l.batasCapaian = 100;
    l.indikator[1]!.capaian = 100;
    l.indikator[1]!.efisiensi = 74.97;
    expect(periksaLaporan(l).filter((x) => x.kolom === 'capaian')).toEqual([]);
  });

  it('flags a program whose pagu is not the sum of its sub kegiatan, and a wrong total', () => {
    const l = laporanContoh();
    l.anggaran.baris[0]!.pagu = 637_000_000;
    const t = periksaLaporan(l);
    expect(t.find((x) => x.tabel === 'Tabel 3.8 Realisasi Anggaran' && x.kolom === 'pagu')).toMatchObject({ label: '5.04.02 PROGRAM KEPEGAWAIAN DAERAH', tercetak: 637_000_000,
      seharusnya: 637_100_900 });
    expect(t.find((x) => x.tabel === 'Tabel 3.8 Realisasi Anggaran (total)' && x.kolom === 'pagu')).toMatchObject({ label: 'Total', seharusnya: 8_328_562_701 }); // 637.000.000 + 1.081.745.950 + 6.609.816.751
  });

  it('flags an IP ASN chart that shows another figure than the IP ASN indicator it illustrates', () => {
    const l = laporanContoh();
    const i = l.indikator.find((x) => x.uraian === 'Indeks Profesionalitas ASN')!;
    i.sumberOtomatis = 'ip_asn';
    expect(periksaLaporan(l)).toEqual([]); // 57,12 on both
    l.ipAsn!.nilai = 57.3;
    expect(periksaLaporan(l)).toContainEqual(expect.objectContaining({ tabel: 'Grafik 3.1 / Tabel 3.1', kolom: 'realisasi', tercetak: 57.3, seharusnya: 57.12 }));
  });

  it('flags a PK target that differs from the one measured against', () => {
    const l = laporanContoh();
    l.pk!.indikator[0]!.target = 78.7;
    expect(periksaLaporan(l)).toContainEqual(expect.objectContaining({ kolom: 'target', label: 'Indeks Profesionalitas ASN', tercetak: 56.35, seharusnya: 78.7 }));
  });

  it('flags a PK budget total that is not the sum of its lines', () => {
    const l = laporanContoh();
    l.pk!.jumlahAnggaran = 8_328_663_600;
    expect(periksaLaporan(l)).toContainEqual(expect.objectContaining({ tabel: 'Tabel 2.3 Program dan Anggaran Perjanjian Kinerja', kolom: 'nilai', seharusnya: 8_328_663_601 }));
  });
});

describe('periksaLaporan on row names', () => {
  it('does not take an indicator named "Jumlah ..." for a sum row', () => {
    const l = laporanContoh();
    l.indikator[1]!.uraian = 'Jumlah SK kenaikan pangkat';
    expect(periksaLaporan(l)).toEqual([]);
  });
});
