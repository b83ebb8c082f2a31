import type { Blok, Penandatangan, Sel } from '@simasn/platform/dokumen';
import { formatRupiah, kanan, narasiAtau, nilai, persen, rupiah, tebal, tempatTanggal } from './format.ts';
import { namaPeriode, type BarisPersonil, type LaporanLkjip } from './model.ts';

/** Cover, Kata Pengantar, Daftar Isi, Ikhtisar Eksekutif and Bab I Pendahuluan. */

export function tandaTanganKepala(l: LaporanLkjip): Blok {
  const k = l.kepala;
  const ttd: Penandatangan = k
    ? { atas: [tempatTanggal(l), k.jabatan.toUpperCase()], nama: k.nama, bawah: [k.pangkat, k.nip ? `NIP. ${k.nip}` : null].filter((x): x is string => !!x) }
    : { atas: [tempatTanggal(l), `KEPALA ${l.unit.nama.toUpperCase()}`], nama: '(jabatan kepala belum terisi)' };
  return { jenis: 'tandaTangan', kolom: [null, ttd] };
}

export function sampul(l: LaporanLkjip): Blok[] {
  const besar = (teks: string, ukuran: number): Blok => ({ jenis: 'paragraf', teks, rata: 'tengah', ukuran, tebal: true });
  return [
    { jenis: 'spasi', pt: 120 },
    besar('LAPORAN KINERJA INSTANSI PEMERINTAH', 20),
    besar('(LKjIP)', 20),
    besar(namaPeriode(l).toUpperCase(), 16),
    { jenis: 'spasi', pt: 140 },
    besar(l.unit.nama.toUpperCase(), 16),
    besar(l.instansi.nama.toUpperCase(), 16),
  ];
}

export function kataPengantar(l: LaporanLkjip): Blok[] {
  const bawaan = `Laporan Kinerja Instansi Pemerintah (LKjIP) ${l.unit.nama} ${namaPeriode(l)} ini disusun sebagai wujud pertanggungjawaban ` +
    `pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis yang ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja, ` +
    `sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan ` +
    `Peraturan Menteri PANRB Nomor 53 Tahun 2014.\n\nSeluruh angka dalam laporan ini dihitung dari data SIMASN sehingga setiap tabel saling sesuai ` +
    `dan dapat ditelusuri ke masukannya. Saran dan masukan untuk perbaikan laporan sangat kami harapkan.`;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'KATA PENGANTAR', halamanBaru: true },
    ...narasiAtau(l.narasi.kata_pengantar, bawaan),
    tandaTanganKepala(l),
  ];
}

export function daftarIsi(): Blok[] {
  return [{ jenis: 'pindahHalaman' }, { jenis: 'daftarIsi', judul: 'DAFTAR ISI' }];
}

/** The figures of the executive summary come from the tables, the narrative around them from users. */
export function ikhtisarEksekutif(l: LaporanLkjip): Blok[] {
  const sasaran = l.indikator.filter((i) => i.level === 'sasaran');
  const a = l.anggaran.total;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'IKHTISAR EKSEKUTIF', halamanBaru: true },
    ...narasiAtau(l.narasi.ikhtisar_eksekutif),
    { jenis: 'paragraf', teks: `Ringkasan capaian indikator kinerja sasaran strategis ${namaPeriode(l)}:` },
    { jenis: 'daftar', bernomor: true, butir: sasaran.length
      ? sasaran.map((i) => [
        { teks: `${i.pemilik}: ` },
        { teks: i.uraian, tebal: true },
        { teks: `, target ${nilai(i.target)} ${i.satuan}, realisasi ${nilai(i.realisasi)} ${i.satuan}, capaian ${persen(i.capaian)}.` },
      ])
      : ['Belum ada indikator sasaran strategis pada Renstra.'] },
    { jenis: 'paragraf',
      teks: `Pagu anggaran ${formatRupiah(a.pagu)} terealisasi ${formatRupiah(a.realisasi)} (${persen(a.penyerapan)}), ` +
        `sisa ${formatRupiah(a.sisa)}. Rata-rata capaian kinerja sasaran ${persen(l.ringkasan.rataRataCapaian)} ` +
        `dengan efisiensi (capaian kinerja dikurangi penyerapan anggaran) ${persen(l.ringkasan.efisiensi)}.` },
  ];
}

function tabelPersonil(l: LaporanLkjip): Blok {
  const isi: Sel[][] = [];
  const kelompok = (huruf: string, judul: string, baris: BarisPersonil[]) => {
    isi.push([tebal(huruf), { teks: judul, tebal: true, kolom: 4 }]);
    for (const [i, b] of baris.entries()) isi.push([String(i + 1), b.label, kanan(String(b.l)), kanan(String(b.p)), kanan(String(b.l + b.p))]);
    const j = baris.reduce((s, b) => ({ l: s.l + b.l, p: s.p + b.p }), { l: 0, p: 0 });
    isi.push(['', tebal('Jumlah'), kanan(String(j.l), true), kanan(String(j.p), true), kanan(String(j.l + j.p), true)]);
  };
  kelompok('A.', 'Jabatan', l.personil.jabatan);
  kelompok('B.', 'Golongan', l.personil.golongan);
  kelompok('C.', 'Pendidikan', l.personil.pendidikan);
  return { jenis: 'tabel', judul: `Tabel 1.1 Data Pegawai ${l.unit.nama} menurut Jabatan, Golongan dan Pendidikan`, lebar: [1, 7, 2, 2, 2],
    kepala: [['No.', 'Klasifikasi', 'Laki-laki', 'Perempuan', 'Jumlah']], isi };
}

function tabelSarana(l: LaporanLkjip): Blok {
  return { jenis: 'tabel', judul: `Tabel 1.2 Sarana dan Prasarana ${l.unit.nama} Tahun ${l.tahun}`, lebar: [1, 6, 2, 2, 3, 4],
    kepala: [['No.', 'Uraian', 'Jumlah', 'Satuan', 'Kondisi', 'Keterangan']],
    isi: l.sarana.length
      ? l.sarana.map((s, i) => [String(i + 1), s.uraian, kanan(nilai(s.jumlah)), s.satuan, s.kondisi, s.keterangan ?? ''])
      : [[{ teks: 'Belum ada data sarana dan prasarana.', kolom: 6, rata: 'tengah' }]] };
}

function tabelPembiayaan(l: LaporanLkjip): Blok {
  const program = l.anggaran.baris.filter((b) => b.tingkat === 'program');
  return { jenis: 'tabel', judul: `Tabel 1.3 Pembiayaan ${l.unit.nama} Tahun ${l.tahun}`, lebar: [1, 3, 8, 4], kepala: [['No.', 'Kode', 'Program', 'Pagu (Rp)']], isi: [
    ...program.map((p, i) => [String(i + 1), p.kode, p.nama, kanan(rupiah(p.pagu))]),
    [{ teks: 'Jumlah', kolom: 3, tebal: true }, kanan(rupiah(l.anggaran.total.pagu), true)],
  ] };
}

export function babPendahuluan(l: LaporanLkjip): Blok[] {
  const latar = `Laporan Kinerja Instansi Pemerintah merupakan bentuk pertanggungjawaban ${l.unit.nama} atas pelaksanaan tugas dan fungsi ` +
    `serta pengelolaan sumber daya dalam mencapai tujuan dan sasaran strategis yang ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja.`;
  return [
    { jenis: 'judul', tingkat: 1, teks: 'BAB I PENDAHULUAN', halamanBaru: true },
    { jenis: 'judul', tingkat: 2, teks: 'A. Latar Belakang' },
    ...narasiAtau(l.narasi.latar_belakang, latar),
    { jenis: 'judul', tingkat: 2, teks: 'B. Tugas, Fungsi dan Struktur Organisasi' },
    ...narasiAtau(l.narasi.tugas_fungsi),
    { jenis: 'paragraf', teks: `Susunan organisasi ${l.unit.nama} terdiri dari:` },
    { jenis: 'daftar', butir: l.struktur.map((s) => `${'    '.repeat(Math.max(0, s.tingkat))}${s.nama}`) },
    { jenis: 'judul', tingkat: 2, teks: 'C. Data Umum Organisasi' },
    { jenis: 'judul', tingkat: 3, teks: '1. Personil' },
    { jenis: 'paragraf',
      teks: `Jumlah pegawai ${l.unit.nama} sebanyak ${
        l.personil.jabatan.reduce((s, b) => s + b.l + b.p, 0)
      } orang, dengan rincian menurut jabatan, golongan dan pendidikan sebagai berikut.` },
    tabelPersonil(l),
    { jenis: 'judul', tingkat: 3, teks: '2. Sarana dan Prasarana' },
    tabelSarana(l),
    { jenis: 'judul', tingkat: 3, teks: '3. Pembiayaan' },
    { jenis: 'paragraf', teks: `Pagu anggaran ${l.unit.nama} tahun ${l.tahun} sebesar ${formatRupiah(l.anggaran.total.pagu)} yang dialokasikan pada program berikut.` },
    tabelPembiayaan(l),
    { jenis: 'judul', tingkat: 2, teks: 'D. Isu Strategis' },
    ...narasiAtau(l.narasi.isu_strategis),
    { jenis: 'judul', tingkat: 2, teks: 'E. Sistematika Penyajian' },
    { jenis: 'daftar', butir: [
      'Ikhtisar Eksekutif: ringkasan capaian kinerja dan realisasi anggaran.',
      'Bab I Pendahuluan: latar belakang, tugas, fungsi dan struktur organisasi, data umum organisasi dan isu strategis.',
      'Bab II Perencanaan Kinerja: Rencana Strategis dan Perjanjian Kinerja.',
      'Bab III Akuntabilitas Kinerja: capaian kinerja organisasi beserta analisisnya dan realisasi anggaran.',
      'Bab IV Penutup: kesimpulan dan strategi ke depan.',
      'Lampiran: pengukuran kinerja per tribulan dan Perjanjian Kinerja.',
    ] },
  ];
}
