import { periksaLkjip, type BarisLkjip } from '@simasn/domain';
import type { LaporanLkjip, TemuanLaporan } from './model.ts';

/**
 * Before a report is generated, its tables go through the same consistency checks as an LKjIP
 * typed by hand (packages/domain/src/sakip/periksa.ts): every capaian from its target and
 * realisasi, every penyerapan from pagu and realisasi, every efisiensi, every sum from its lines,
 * and the PK targets against the measurement table. Any finding stops generation.
 */

/** A row to check: `nama` is what the finding names; `jenis` marks a sum row (the checker reads it from the label). */
type Baris = Omit<BarisLkjip, 'baris' | 'label'> & { nama: string, jenis?: 'Jumlah' | 'Sub Jumlah' };

function periksaTabel(tabel: string, baris: Baris[]): TemuanLaporan[] {
  const masukan = baris.map(({ nama: _n, jenis, ...b }, i) => ({ ...b, baris: i + 1, label: jenis ?? 'rincian' }));
  return periksaLkjip(masukan).temuan.map((t) => ({ ...t, tabel, label: baris[t.baris - 1]?.nama ?? '' }));
}

const angka = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

export function periksaLaporan(l: Omit<LaporanLkjip, 'temuan'>): TemuanLaporan[] {
  const temuan: TemuanLaporan[] = [];
  // A capaian cut by the stated cap is not recomputed (the cap is printed with the table).
  const capaianTerukur = (c: unknown) => (l.batasCapaian !== null && c === l.batasCapaian ? undefined : angka(c));

  temuan.push(
    ...periksaTabel('Tabel 3.1 Pengukuran Capaian Kinerja',
      l.indikator.map((i) => ({ nama: i.uraian, target: angka(i.target), realisasi: angka(i.realisasi), polaritas: i.polaritas, capaian: capaianTerukur(i.capaian) }))),
  );

  temuan.push(
    ...periksaTabel('Tabel 3.5 Efisiensi Penggunaan Sumber Daya', l.indikator.filter((i) =>
      i.pagu !== null
    ).map((i) => ({ nama: i.uraian, target: angka(i.target), realisasi: angka(i.realisasi), polaritas: i.polaritas, capaian: capaianTerukur(i.capaian), pagu: i.pagu ?? undefined,
      realisasiAnggaran: i.realisasiAnggaran ?? undefined, persenAnggaran: angka(i.penyerapan),
      efisiensi: l.batasCapaian !== null && i.capaian === l.batasCapaian ? undefined : angka(i.efisiensi) })
    )),
  );

  // Budget: sub kegiatan add up to their kegiatan (Sub Jumlah) and to their program (Jumlah); programs to the total.
  const anggaran: Baris[] = [];
  const program: Baris[] = [];
  let kegiatan: Baris | null = null;
  let prog: Baris | null = null;
  const tutupKegiatan = () => {
    if (kegiatan) anggaran.push(kegiatan);
    kegiatan = null;
  };
  const tutupProgram = () => {
    tutupKegiatan();
    if (prog) anggaran.push(prog);
    prog = null;
  };
  for (const b of l.anggaran.baris) {
    const pos = { pagu: b.pagu, realisasiAnggaran: b.realisasi, persenAnggaran: angka(b.penyerapan) };
    if (b.tingkat === 'program') {
      tutupProgram();
      prog = { nama: `${b.kode} ${b.nama}`, jenis: 'Jumlah', ...pos };
      program.push({ nama: `${b.kode} ${b.nama}`, ...pos });
    } else if (b.tingkat === 'kegiatan') {
      tutupKegiatan();
      kegiatan = { nama: `${b.kode} ${b.nama}`, jenis: 'Sub Jumlah', ...pos };
    } else anggaran.push({ nama: `${b.kode} ${b.nama}`, ...pos });
  }
  tutupProgram();
  const t = l.anggaran.total;
  temuan.push(...periksaTabel('Tabel 3.8 Realisasi Anggaran', anggaran));
  temuan.push(...periksaTabel('Tabel 3.8 Realisasi Anggaran (total)', [
    ...program,
    { nama: 'Total', jenis: 'Jumlah', pagu: t.pagu, realisasiAnggaran: t.realisasi, persenAnggaran: angka(t.penyerapan) },
  ]));

  if (l.pk) {
    temuan.push(...periksaTabel('Tabel 2.3 Program dan Anggaran Perjanjian Kinerja', [
      ...l.pk.anggaran.map((a) => ({ nama: `${a.kode} ${a.nama}`, nilai: a.anggaran })),
      { nama: 'Jumlah', jenis: 'Jumlah', nilai: l.pk.jumlahAnggaran },
    ]));
    // The target agreed in the PK is the one measured against (a seed prints two different ones).
    l.pk.indikator.forEach((p, n) => {
      const i = l.indikator.find((x) => x.uraian === p.uraian && x.level === 'sasaran') ?? l.indikator.find((x) => x.uraian === p.uraian);
      if (i && typeof i.target === 'number' && i.target !== p.target) {
        temuan.push({ tabel: 'Tabel 2.2 / Tabel 3.1', label: p.uraian, baris: n + 1, kolom: 'target', tercetak: i.target, seharusnya: p.target,
          keterangan: `target pada tabel pengukuran ${i.target}, sedangkan Perjanjian Kinerja menetapkan ${p.target}` });
      }
    });
  }
  // Grafik 3.1 and its paragraph show the same IP ASN as the indicator's realisasi in Tabel 3.1.
  const ipAsn = l.indikator.find((i) => i.sumberOtomatis === 'ip_asn');
  if (l.ipAsn && ipAsn && typeof ipAsn.realisasi === 'number' && Math.abs(ipAsn.realisasi - l.ipAsn.nilai) >= 0.005) {
    temuan.push({ tabel: 'Grafik 3.1 / Tabel 3.1', label: ipAsn.uraian, baris: l.indikator.indexOf(ipAsn) + 1, kolom: 'realisasi', tercetak: l.ipAsn.nilai,
      seharusnya: ipAsn.realisasi, keterangan: `IP ASN pada grafik ${l.ipAsn.nilai}, sedangkan realisasi indikator pada tabel pengukuran ${ipAsn.realisasi}` });
  }
  return temuan;
}
