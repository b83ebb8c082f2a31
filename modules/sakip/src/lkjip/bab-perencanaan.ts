import type { Blok, Sel } from '@simasn/platform/dokumen';
import { formatRupiah, formatTanggal, kanan, namaDanJabatan, namaDenganPeriode, nilai, rupiah, tebal, tengah } from './format.ts';
import type { IndikatorRenstraLkjip, LaporanLkjip, PerjanjianLkjip } from './model.ts';

/** Bab II Perencanaan Kinerja: the Renstra matrix and the Perjanjian Kinerja of the year. */

function tabelRenstra(l: LaporanLkjip): Blok[] {
  const r = l.renstra;
  if (!r) return [{ jenis: 'paragraf', teks: [{ teks: `Belum ada Renstra yang mencakup tahun ${l.tahun}.`, miring: true }] }];
  const tahun = Array.from({ length: r.tahunAkhir - r.tahunAwal + 1 }, (_, i) => r.tahunAwal + i);
  const isi: Sel[][] = [];
  const barisIndikator = (no: string, pemilik: string, ind: IndikatorRenstraLkjip[]) => {
    if (!ind.length) {
      isi.push([no, pemilik, { teks: '-', kolom: 3 + tahun.length }]);
      return;
    }
    for (const [k, i] of ind.entries()) {
      isi.push([
        ...(k === 0 ? [{ teks: no, baris: ind.length }, { teks: pemilik, baris: ind.length }] : []),
        i.uraian,
        tengah(i.satuan),
        kanan(nilai(i.baseline)),
        ...tahun.map((t) => kanan(nilai(i.target.find((x) => x.tahun === t)?.target ?? null))),
        kanan(nilai(i.targetAkhir), true),
      ]);
    }
  };
  r.tujuan.forEach((t, a) => {
    isi.push([{ teks: `Tujuan ${a + 1}`, kolom: 5 + tahun.length, tebal: true, latar: '#F5F5F5' }]);
    barisIndikator(t.kode, t.uraian, t.indikator);
    for (const s of t.sasaran) barisIndikator(s.kode, s.uraian, s.indikator);
  });
  return [{ jenis: 'paragraf',
    teks: `${namaDenganPeriode(r.nama, r.tahunAwal, r.tahunAkhir)} menetapkan tujuan, sasaran strategis dan indikator kinerja beserta target tahunannya sebagai berikut.` }, {
    jenis: 'tabel',
    judul: `Tabel 2.1 Tujuan, Sasaran dan Indikator Kinerja ${r.nama}`,
    lebar: [1.3, 4, 4, 1.6, 1.6, ...tahun.map(() => 1.5), 1.6],
    ukuran: 8,
    kepala: [[
      { teks: 'Kode', baris: 2 },
      { teks: 'Tujuan / Sasaran', baris: 2 },
      { teks: 'Indikator Kinerja', baris: 2 },
      { teks: 'Satuan', baris: 2 },
      { teks: 'Baseline', baris: 2 },
      { teks: 'Target', kolom: tahun.length },
      { teks: 'Target Akhir', baris: 2 },
    ], tahun.map(String)],
    isi,
  }];
}

export function tabelPk(pk: Pick<PerjanjianLkjip, 'indikator' | 'anggaran' | 'jumlahAnggaran'>, nomor: { indikator: string, anggaran: string }): Blok[] {
  return [
    { jenis: 'tabel', judul: nomor.indikator, lebar: [1, 5, 6, 3], kepala: [['No.', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'], ['(1)', '(2)', '(3)', '(4)']],
      isi: pk.indikator.map((i, k) => [`${k + 1}.`, i.sasaran, i.uraian, kanan(`${nilai(i.target)} ${i.satuan}`)]) },
    { jenis: 'tabel', judul: nomor.anggaran, lebar: [1, 10, 4], kepala: [['No.', 'Program / Kegiatan', 'Anggaran (Rp)']], isi: [
      ...pk.anggaran.map((a, k) => [`${k + 1}.`, `${a.kode} ${a.nama}`, kanan(rupiah(a.anggaran))]),
      [tebal('JUMLAH', 2), kanan(rupiah(pk.jumlahAnggaran), true)],
    ] },
  ];
}

export function babPerencanaan(l: LaporanLkjip): Blok[] {
  const pk = l.pk;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'BAB II PERENCANAAN KINERJA', halamanBaru: true },
    { jenis: 'judul', tingkat: 2, teks: 'A. Rencana Strategis' },
    ...tabelRenstra(l),
    { jenis: 'judul', tingkat: 2, teks: `B. Perjanjian Kinerja Tahun ${l.tahun}` },
    ...(pk
      ? [
        { jenis: 'paragraf',
          teks: `Perjanjian Kinerja Tahun ${l.tahun} ditandatangani pada ${formatTanggal(pk.tanggalAwal)} oleh ${namaDanJabatan(pk.pihakPertama)} ` +
            `selaku Pihak Pertama dan ${namaDanJabatan(pk.pihakKedua)} selaku Pihak Kedua` +
            (pk.nomorPerubahan > 0
              ? `, sebagaimana diubah dengan Perubahan Perjanjian Kinerja ke-${pk.nomorPerubahan} tanggal ${formatTanggal(pk.tanggal)}${
                pk.alasanPerubahan ? ` (${pk.alasanPerubahan})` : ''
              }.`
              : '.') +
            ` Anggaran yang diperjanjikan berjumlah ${formatRupiah(pk.jumlahAnggaran)}.` } satisfies Blok,
        ...tabelPk(pk, { indikator: `Tabel 2.2 Sasaran, Indikator dan Target Perjanjian Kinerja Tahun ${l.tahun}`,
          anggaran: `Tabel 2.3 Program dan Anggaran Perjanjian Kinerja Tahun ${l.tahun}` }),
      ]
      : [{ jenis: 'paragraf', teks: [{ teks: `Belum ada Perjanjian Kinerja Tahun ${l.tahun} yang disetujui.`, miring: true }] } satisfies Blok]),
  ];
}
