import { NA } from '@simasn/domain';
import type { Blok, Sel } from '@simasn/platform/dokumen';
import { formatRupiah, kanan, narasiAtau, nilai, persen, rupiah, tebal, tengah } from './format.ts';
import type { GambarLkjip } from './grafik-lkjip.ts';
import { namaPeriode, type IndikatorLkjip, type LaporanLkjip, type Level } from './model.ts';

/** Bab III Akuntabilitas Kinerja: tables A.1-A.7 of the seeds, the charts, and the budget. */

const JUDUL_LEVEL: Record<Level, string> = { tujuan: 'Tujuan', sasaran: 'Sasaran Strategis', program: 'Program', kegiatan: 'Kegiatan', sub_kegiatan: 'Sub Kegiatan' };

export const LEVEL_UTAMA: Level[] = ['tujuan', 'sasaran', 'program'];

/**
 * Rows grouped by level (a shaded "Tujuan" / "Sasaran Strategis" / "Program" row) and by what
 * they measure (one cell spanning its indicators); `kolom` gives the figures of one indicator.
 */
export function barisBerkelompok(ind: IndikatorLkjip[], lebarKolom: number, kolom: (i: IndikatorLkjip) => Sel[], level = LEVEL_UTAMA): Sel[][] {
  const isi: Sel[][] = [];
  for (const lv of level) {
    const di = ind.filter((i) => i.level === lv);
    if (!di.length) continue;
    isi.push([{ teks: JUDUL_LEVEL[lv], kolom: 3 + lebarKolom, tebal: true, latar: '#F5F5F5' }]);
    const pemilik = [...new Set(di.map((i) => i.pemilik))];
    pemilik.forEach((p, n) => {
      const kelompok = di.filter((i) => i.pemilik === p);
      for (const [k, i] of kelompok.entries()) {
        isi.push([...(k === 0 ? [{ teks: `${n + 1}.`, baris: kelompok.length }, { teks: p, baris: kelompok.length }] : []), i.uraian, ...kolom(i)]);
      }
    });
  }
  return isi;
}

function keKepala(label: string[]): Sel[][] {
  return [['No.', 'Tujuan / Sasaran / Program', 'Indikator Kinerja', ...label], ['(1)', '(2)', '(3)', ...label.map((_, i) => `(${i + 4})`)]];
}

function tabel31(l: LaporanLkjip): Blok {
  return { jenis: 'tabel', judul: `Tabel 3.1 Pengukuran Capaian Kinerja ${namaPeriode(l)}`, lebar: [0.8, 4, 4, 1.6, 1.8, 1.8, 1.8],
    kepala: keKepala(['Satuan', 'Target', 'Realisasi', 'Capaian']),
    isi: barisBerkelompok(l.indikator, 4, (i) => [tengah(i.satuan), kanan(nilai(i.target)), kanan(nilai(i.realisasi)), kanan(persen(i.capaian), true)]) };
}

function tahunPembanding(l: LaporanLkjip): number[] {
  return [...new Set(l.indikator.flatMap((i) => i.tahunLalu.map((t) => t.tahun)))].sort((a, b) => a - b).slice(-4);
}

function tabel32(l: LaporanLkjip): Blok {
  const tahun = tahunPembanding(l);
  const sekarang = l.tribulan ? `${l.tahun} (TW ${['I', 'II', 'III', 'IV'][l.tribulan - 1]})` : String(l.tahun);
  return { jenis: 'tabel', judul: `Tabel 3.2 Perbandingan Realisasi Kinerja ${namaPeriode(l)} dengan Tahun Sebelumnya`, lebar: [0.8, 4, 4, ...tahun.map(() => 1.7), 1.9], kepala: [
    [{ teks: 'No.', baris: 2 }, { teks: 'Tujuan / Sasaran / Program', baris: 2 }, { teks: 'Indikator Kinerja', baris: 2 }, { teks: 'Realisasi', kolom: tahun.length + 1 }],
    [...tahun.map(String), sekarang],
  ], isi: barisBerkelompok(l.indikator, tahun.length + 1, (i) => [
    ...tahun.map((t) => kanan(nilai(i.tahunLalu.find((x) => x.tahun === t)?.realisasi ?? null))),
    kanan(nilai(i.realisasi), true),
  ]) };
}

function tabel33(l: LaporanLkjip): Blok {
  const akhir = l.renstra?.tahunAkhir;
  return { jenis: 'tabel', judul: `Tabel 3.3 Perbandingan Realisasi Kinerja ${namaPeriode(l)} dengan Target Akhir Renstra${akhir ? ` (${akhir})` : ''}`,
    lebar: [0.8, 4, 4, 2, 2, 2], kepala: keKepala(['Target Akhir Renstra', `Realisasi ${l.tahun}`, 'Capaian']),
    isi: barisBerkelompok(l.indikator, 3, (i) => [kanan(nilai(i.targetAkhir)), kanan(nilai(i.realisasi)), kanan(persen(i.capaianTerhadapTargetAkhir), true)]) };
}

/** Above / below the national figure, by polarity (lower is better for a negative indicator). */
function posisiNasional(i: IndikatorLkjip): string {
  if (i.angkaNasional === null || typeof i.realisasi !== 'number') return '-';
  if (i.realisasi === i.angkaNasional) return 'Sama dengan nasional';
  const lebihBaik = i.polaritas === 'negatif' ? i.realisasi < i.angkaNasional : i.realisasi > i.angkaNasional;
  return lebihBaik ? 'Lebih baik dari nasional' : 'Di bawah capaian nasional';
}

function tabel34(l: LaporanLkjip): Blok[] {
  const ada = l.indikator.filter((i) => i.angkaNasional !== null);
  if (!ada.length) return [{ jenis: 'paragraf', teks: [{ teks: 'Belum ada indikator yang memiliki angka nasional pembanding.', miring: true }] }];
  return [
    { jenis: 'tabel', judul: `Tabel 3.4 Perbandingan Realisasi Kinerja ${namaPeriode(l)} dengan Angka Nasional`, lebar: [0.8, 4, 4, 2, 2, 3],
      kepala: keKepala(['Angka Nasional', `Realisasi ${l.tahun}`, 'Keterangan']),
      isi: barisBerkelompok(ada, 3, (i) => [kanan(nilai(i.angkaNasional)), kanan(nilai(i.realisasi)), posisiNasional(i)]) },
  ];
}

function tabelEfisiensi(l: LaporanLkjip): Blok[] {
  const ind = l.indikator.filter((i) => i.level === 'sasaran');
  return [
    { jenis: 'tabel', judul: `Tabel 3.5 Efisiensi Penggunaan Sumber Daya ${namaPeriode(l)}`, lebar: [0.8, 2.9, 3.0, 1.2, 1.2, 1.8, 2.7, 2.7, 1.8, 1.9], ukuran: 7.5, kepala: [
      [
        { teks: 'No.', baris: 2 },
        { teks: 'Sasaran Strategis', baris: 2 },
        { teks: 'Indikator Kinerja', baris: 2 },
        { teks: 'Kinerja', kolom: 3 },
        { teks: 'Anggaran (Rp)', kolom: 3 },
        { teks: 'Efisiensi', baris: 2 },
      ],
      ['T', 'R', '%', 'Pagu', 'Realisasi', '%'],
    ], isi: barisBerkelompok(ind, 7, (i) => [
      kanan(nilai(i.target)),
      kanan(nilai(i.realisasi)),
      kanan(persen(i.capaian)),
      kanan(rupiah(i.pagu)),
      kanan(rupiah(i.realisasiAnggaran)),
      kanan(persen(i.penyerapan)),
      kanan(persen(i.efisiensi), true),
    ], ['sasaran']) },
    { jenis: 'tabel', judul: `Tabel 3.6 Alokasi Anggaran per Sasaran (Cost per Outcome) Tahun ${l.tahun}`, lebar: [0.8, 4, 4, 3, 2],
      kepala: keKepala(['Anggaran Program Terkait (Rp)', '% dari Total Pagu']), isi: [
        ...barisBerkelompok(ind, 2, (i) => [kanan(rupiah(i.pagu)), kanan(persen(i.biayaPerOutcome))], ['sasaran']),
        [tebal('Total pagu perangkat daerah', 3), kanan(rupiah(l.anggaran.total.pagu), true), kanan('100%', true)],
      ] },
  ];
}

function tabelPenunjang(l: LaporanLkjip): Blok {
  const ind = l.indikator.filter((i) => i.level === 'tujuan' || i.level === 'sasaran');
  return { jenis: 'tabel', judul: `Tabel 3.7 Program/Kegiatan Penunjang Pencapaian Kinerja Tahun ${l.tahun}`, lebar: [0.8, 4, 4, 6],
    kepala: keKepala(['Program / Kegiatan Penunjang']), isi: barisBerkelompok(ind, 1, (i) => [i.program.length ? i.program.join('; ') : '-'], ['tujuan', 'sasaran']) };
}

const HURUF = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const abjad = (n: number) => (n < 26 ? HURUF[n]!.toLowerCase() : `${HURUF[Math.floor(n / 26) - 1]!.toLowerCase()}${HURUF[n % 26]!.toLowerCase()}`);

function tabelAnggaran(l: LaporanLkjip): Blok {
  const isi: Sel[][] = [];
  let p = -1;
  let k = 0;
  let s = 0;
  for (const b of l.anggaran.baris) {
    const no = b.tingkat === 'program' ? HURUF[++p % 26]! : b.tingkat === 'kegiatan' ? String(++k) : abjad(s++);
    if (b.tingkat === 'program') k = 0;
    if (b.tingkat !== 'sub_kegiatan') s = 0;
    const kuat = b.tingkat !== 'sub_kegiatan';
    isi.push([
      { teks: no, tebal: kuat },
      { teks: b.kode, tebal: kuat },
      { teks: b.nama, tebal: b.tingkat === 'program' },
      kanan(rupiah(b.pagu), kuat),
      kanan(rupiah(b.realisasi), kuat),
      kanan(rupiah(b.sisa), kuat),
      kanan(persen(b.penyerapan), kuat),
    ]);
  }
  const t = l.anggaran.total;
  isi.push([tebal('TOTAL', 3), kanan(rupiah(t.pagu), true), kanan(rupiah(t.realisasi), true), kanan(rupiah(t.sisa), true), kanan(persen(t.penyerapan), true)]);
  return { jenis: 'tabel', judul: `Tabel 3.8 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan ${namaPeriode(l)}`, lebar: [0.8, 2.6, 6, 2.6, 2.6, 2.6, 1.6], ukuran: 8,
    kepala: [['No.', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%']], isi };
}

function gambar(g: Uint8Array | null, keterangan: string, tinggiCm = 8.4): Blok[] {
  return g ? [{ jenis: 'gambar', png: g, lebarCm: 16, tinggiCm, keterangan }] : [];
}

function paragrafIndeks(l: LaporanLkjip): Blok[] {
  const hasil: Blok[] = [];
  if (l.ipAsn) {
    hasil.push({ jenis: 'paragraf',
      teks: `Indeks Profesionalitas ASN dihitung SIMASN dari riwayat pegawai per ${l.ipAsn.tanggal} sebesar ${nilai(l.ipAsn.nilai)}. ` +
        `Perbandingan nilai setiap dimensi dengan bobot maksimumnya disajikan pada Grafik 3.1.` });
  }
  if (l.merit) {
    hasil.push({ jenis: 'paragraf', teks: l.merit.final
      ? `Penilaian mandiri Sistem Merit tahun ${l.merit.tahun} menghasilkan indeks ${nilai(l.merit.indeks)} (kategori ${l.merit.kategori}); ` +
        `nilai kedelapan aspek terhadap nilai maksimumnya disajikan pada Grafik 3.2.`
      : `Penilaian mandiri Sistem Merit tahun ${l.merit.tahun} masih berupa draf (sementara indeks ${nilai(l.merit.indeks)}, kategori ` +
        `${l.merit.kategori}) dan belum difinalisasi, sehingga realisasi indikator Sistem Merit dicatat N/A; nilai sementara ` +
        `kedelapan aspek disajikan pada Grafik 3.2.` });
  }
  return hasil;
}

export function babAkuntabilitas(l: LaporanLkjip, g: GambarLkjip): Blok[] {
  const r = l.ringkasan;
  const a = l.anggaran.total;
  const tercapai = l.indikator.filter((i) => typeof i.capaian === 'number' && i.capaian >= 100).length;
  const terukur = l.indikator.filter((i) => typeof i.capaian === 'number').length;
  const na = l.indikator.filter((i) => i.realisasi === NA).length;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'BAB III AKUNTABILITAS KINERJA', halamanBaru: true },
    { jenis: 'judul', tingkat: 2, teks: 'A. Capaian Kinerja Organisasi' },
    {
      jenis: 'paragraf',
      // the formula is stated once, by the rule's own words (uraianKebijakanCapaian), with the cap or its absence
      teks: `Capaian kinerja dihitung dengan membandingkan realisasi terhadap target. ${l.kebijakanCapaian} ` +
        `Dari ${terukur} indikator yang terukur, ${tercapai} indikator mencapai atau melampaui target` +
        (na ? `; ${na} indikator belum dapat diukur (N/A) karena datanya belum dirilis.` : '.'),
    },
    { jenis: 'judul', tingkat: 3, teks: 'A.1 Pencapaian Kinerja' },
    tabel31(l),
    ...paragrafIndeks(l),
    ...gambar(g.ipAsn, 'Grafik 3.1 Perbandingan Capaian Dimensi IP ASN dengan Bobot Maksimum'),
    ...gambar(g.merit, 'Grafik 3.2 Perbandingan Penilaian 8 Aspek Sistem Merit', 9),
    { jenis: 'judul', tingkat: 3, teks: 'A.2 Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya' },
    tabel32(l),
    { jenis: 'judul', tingkat: 3, teks: 'A.3 Perbandingan Realisasi Kinerja dengan Target Akhir Renstra' },
    tabel33(l),
    { jenis: 'judul', tingkat: 3, teks: 'A.4 Perbandingan Realisasi Kinerja dengan Angka Nasional' },
    ...tabel34(l),
    { jenis: 'judul', tingkat: 3, teks: 'A.5 Analisis Penyebab Keberhasilan/Kegagalan' },
    ...narasiAtau(l.narasi.analisis_capaian),
    { jenis: 'judul', tingkat: 3, teks: 'A.6 Analisis atas Efisiensi Penggunaan Sumber Daya' },
    { jenis: 'paragraf',
      teks: `Efisiensi adalah selisih persentase capaian kinerja dengan persentase penyerapan anggaran. Pagu ${formatRupiah(a.pagu)} ` +
        `terealisasi ${formatRupiah(a.realisasi)} (${persen(a.penyerapan)}); rata-rata capaian kinerja sasaran ${persen(r.rataRataCapaian)}, ` +
        `sehingga efisiensi ${persen(r.efisiensi)}.` },
    ...tabelEfisiensi(l),
    ...gambar(g.kinerjaAnggaran, 'Grafik 3.3 Perbandingan Realisasi Kinerja dan Anggaran'),
    ...narasiAtau(l.narasi.analisis_efisiensi),
    { jenis: 'judul', tingkat: 3, teks: 'A.7 Analisis Program/Kegiatan yang Menunjang Keberhasilan' },
    tabelPenunjang(l),
    ...narasiAtau(l.narasi.program_penunjang),
    { jenis: 'judul', tingkat: 2, teks: 'B. Realisasi Anggaran' },
    { jenis: 'paragraf',
      teks: `Realisasi anggaran ${namaPeriode(l)} sebesar ${formatRupiah(a.realisasi)} dari pagu ${formatRupiah(a.pagu)} (${persen(a.penyerapan)}), ` +
        `dengan sisa anggaran ${formatRupiah(a.sisa)}, dirinci per program, kegiatan dan sub kegiatan sebagai berikut.` },
    tabelAnggaran(l),
    { jenis: 'judul', tingkat: 2, teks: 'C. Capaian Kinerja Lainnya' },
    ...narasiAtau(l.narasi.capaian_lainnya),
  ];
}
