import type { Blok } from '@simasn/platform/dokumen';
import { tandaTanganKepala } from './bab-awal.ts';
import { tabelPk } from './bab-perencanaan.ts';
import { barisBerkelompok } from './bab-akuntabilitas.ts';
import { kanan, narasiAtau, nilai, persen, tengah } from './format.ts';
import { namaPeriode, type LaporanLkjip } from './model.ts';

/** Bab IV Penutup and the lampiran (measurement per tribulan, the PK). */

const AGREGASI = { kumulatif: 'jumlah', snapshot: 'akhir', rata_rata: 'rata-rata' } as const;

export function babPenutup(l: LaporanLkjip): Blok[] {
  return [
    { jenis: 'judul', tingkat: 1, teks: 'BAB IV PENUTUP', halamanBaru: true },
    { jenis: 'judul', tingkat: 2, teks: 'A. Kesimpulan' },
    ...narasiAtau(l.narasi.kesimpulan),
    { jenis: 'judul', tingkat: 2, teks: 'B. Strategi ke Depan' },
    ...narasiAtau(l.narasi.strategi),
    tandaTanganKepala(l),
  ];
}

export function lampiran(l: LaporanLkjip): Blok[] {
  const semua = l.indikator;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'LAMPIRAN', halamanBaru: true },
    { jenis: 'judul', tingkat: 2, teks: `Lampiran I Pengukuran Kinerja per Tribulan ${namaPeriode(l)}` },
    { jenis: 'paragraf',
      teks: 'Realisasi per tribulan digabung menurut sifat indikatornya: dijumlah (kumulatif), nilai tribulan terakhir (akhir) atau rata-rata. ' +
        'N/A berarti data belum dirilis; tanda - berarti belum diisi. Indikator bertanda * diisi otomatis oleh SIMASN dari data kepegawaian dan indeks.' },
    { jenis: 'tabel', judul: `Tabel L.1 Realisasi Indikator per Tribulan ${namaPeriode(l)}`, lebar: [0.8, 3.4, 3.8, 1.4, 1.5, 1.4, 1.4, 1.4, 1.4, 1.6, 1.6], ukuran: 7.5, kepala: [
      [
        { teks: 'No.', baris: 2 },
        { teks: 'Tujuan / Sasaran / Program', baris: 2 },
        { teks: 'Indikator Kinerja', baris: 2 },
        { teks: 'Cara', baris: 2 },
        { teks: 'Target', baris: 2 },
        { teks: 'Realisasi Tribulan', kolom: 4 },
        { teks: 'Realisasi', baris: 2 },
        { teks: 'Capaian', baris: 2 },
      ],
      ['I', 'II', 'III', 'IV'],
    ], isi: barisBerkelompok(semua.map((i) => ({ ...i, uraian: i.otomatis ? `${i.uraian} *` : i.uraian })), 8, (i) => [
      tengah(AGREGASI[i.agregasi]),
      kanan(nilai(i.target)),
      ...[0, 1, 2, 3].map((t) => kanan(nilai(i.tribulan[t] ?? null))),
      kanan(nilai(i.realisasi), true),
      kanan(persen(i.capaian), true),
    ], ['tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan']) },
    { jenis: 'judul', tingkat: 2, teks: `Lampiran II Perjanjian Kinerja Tahun ${l.tahun}` },
    ...(l.pk
      ? tabelPk(l.pk, { indikator: `Tabel L.2 Lampiran Perjanjian Kinerja ${l.pk.pihakPertama.jabatan} Tahun ${l.tahun}`,
        anggaran: `Tabel L.3 Program dan Anggaran Perjanjian Kinerja Tahun ${l.tahun}` })
      : [{ jenis: 'paragraf', teks: [{ teks: 'Belum ada Perjanjian Kinerja yang disetujui.', miring: true }] } satisfies Blok]),
  ];
}
