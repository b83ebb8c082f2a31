import { formatTanggal, hariIniIso } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { renderPdf, type Blok, type Dokumen, type Sel } from '@simasn/platform/dokumen';
import { daftarRiwayat, type BarisRiwayat } from '../riwayat/daftar-riwayat.ts';
import { DEKLARASI_RIWAYAT, type JenisRiwayat } from '../riwayat/definisi-riwayat.ts';
import { ambilPegawai, type ProfilPegawai } from './ambil-pegawai.ts';

/**
 * The employee profile as the official Daftar Riwayat Hidup (DRH): I keterangan perorangan,
 * II pangkat, III jabatan, IV pendidikan, V diklat, VI keluarga, and the signature. It is built
 * from the same reads as the profile page, so it shows exactly what the caller may see there: the
 * profile's one masking rule (ambilPegawai: full NIK, address and contacts only within the
 * caller's `pegawai:data_pribadi` reach, the read of them audited) and the family only to that
 * reach (daftarRiwayat asks for it). 404 outside the caller's `pegawai:baca` reach.
 */

const TIDAK_TAMPIL = 'tidak ditampilkan (data pribadi)';

/** A riwayat value as printed: dates `17 Mei 2022`, choices by their label, yes/no. */
function nilaiIsian(jenis: JenisRiwayat, nama: string, nilai: unknown): string {
  if (nilai === null || nilai === undefined || nilai === '') return '-';
  const isian = DEKLARASI_RIWAYAT[jenis].isian.find((i) => i.nama === nama);
  if (isian?.tipe === 'tanggal') return formatTanggal(String(nilai));
  if (isian?.tipe === 'centang') return nilai ? 'Ya' : 'Tidak';
  if (isian?.tipe === 'pilihan') return isian.pilihan?.find((p) => p.nilai === nilai)?.label ?? String(nilai);
  return String(nilai);
}

function tabelRiwayat(jenis: JenisRiwayat, baris: BarisRiwayat[], kolom: { judul: string, isi: (b: BarisRiwayat) => string, lebar: number }[]): Blok {
  const isi: Sel[][] = baris.length
    ? baris.map((b, i) => [String(i + 1), ...kolom.map((k) => k.isi(b))])
    : [[{ teks: `Belum ada ${DEKLARASI_RIWAYAT[jenis].judul.toLowerCase()} yang tercatat.`, kolom: kolom.length + 1, rata: 'tengah' }]];
  return { jenis: 'tabel', lebar: [0.8, ...kolom.map((k) => k.lebar)], ukuran: 9, kepala: [['No.', ...kolom.map((k) => k.judul)]], isi };
}

const d = (jenis: JenisRiwayat, nama: string) => (b: BarisRiwayat) => nilaiIsian(jenis, nama, b.data[nama]);

export function dokumenDrh(p: ProfilPegawai, r: Record<'pangkat' | 'jabatan' | 'pendidikan' | 'diklat', BarisRiwayat[]> & { keluarga: BarisRiwayat[] | null },
  tanggal: string): Dokumen
{
  const pribadi = (x: string | null) => (p.dataPribadiTerlihat ? (x ?? '-') : TIDAK_TAMPIL);
  const identitas: [string, string][] = [
    ['Nama lengkap', p.namaLengkap],
    ['NIP', p.nipTampil],
    // NIK as the profile's rule gives it: full within the personal-data reach, masked otherwise
    ['NIK', p.nik ?? '-'],
    ['Tempat, tanggal lahir', `${p.tempatLahir ?? '-'}, ${formatTanggal(p.tanggalLahir)}`],
    ['Jenis kelamin', p.jenisKelamin === 'L' ? 'Laki-laki' : 'Perempuan'],
    ['Agama', p.agama ?? '-'],
    ['Status perkawinan', p.statusPerkawinan ?? '-'],
    ['Alamat', pribadi(p.alamat)],
    ['Telepon', pribadi(p.telepon)],
    ['Surel', pribadi(p.email)],
    ['Status kepegawaian', p.statusKepegawaian],
    ['Pangkat/golongan', p.golongan ? `${p.golongan.pangkat ?? ''} (${p.golongan.kode})${p.golongan.tmt ? `, TMT ${formatTanggal(p.golongan.tmt)}` : ''}`.trim() : '-'],
    ['Jabatan', p.jabatan ? `${p.jabatan.nama}${p.jabatan.tmt ? `, TMT ${formatTanggal(p.jabatan.tmt)}` : ''}` : '-'],
    ['Unit kerja', p.unit?.jalur.map((u) => u.nama).join(' - ') || p.unit?.nama || 'Tanpa unit'],
    ['Pendidikan terakhir', p.pendidikanTerakhir ?? '-'],
  ];
  const judul = (teks: string): Blok => ({ jenis: 'judul', tingkat: 2, teks, daftarIsi: false });
  return { judul: `Daftar Riwayat Hidup ${p.namaLengkap}`, penulis: 'SIMASN', kertas: 'A4', nomorHalaman: true, kakiHalaman: `DRH ${p.nipTampil}`, isi: [
    { jenis: 'paragraf', teks: 'DAFTAR RIWAYAT HIDUP', rata: 'tengah', tebal: true, ukuran: 14 },
    judul('I. KETERANGAN PERORANGAN'),
    { jenis: 'tabel', lebar: [0.8, 5, 9], ukuran: 10, kepala: [['No.', 'Keterangan', 'Isian']], isi: identitas.map(([k, v], i) => [String(i + 1), k, v]) },
    judul('II. RIWAYAT PANGKAT/GOLONGAN'),
    tabelRiwayat('pangkat', r.pangkat, [
      { judul: 'Pangkat/golongan', isi: d('pangkat', 'golongan'), lebar: 4 },
      { judul: 'TMT', isi: d('pangkat', 'tmt'), lebar: 3 },
      { judul: 'Nomor SK', isi: d('pangkat', 'nomorSk'), lebar: 4 },
      { judul: 'Tanggal SK', isi: d('pangkat', 'tanggalSk'), lebar: 3 },
    ]),
    judul('III. RIWAYAT JABATAN'),
    tabelRiwayat('jabatan', r.jabatan, [
      { judul: 'Jabatan', isi: (b) => String(b.tambahan.namaJabatan ?? '-'), lebar: 5 },
      { judul: 'Unit kerja', isi: (b) => String(b.tambahan.namaUnit ?? '-'), lebar: 4 },
      { judul: 'TMT', isi: d('jabatan', 'tmt'), lebar: 3 },
      { judul: 'Nomor SK', isi: d('jabatan', 'nomorSk'), lebar: 3 },
    ]),
    judul('IV. RIWAYAT PENDIDIKAN'),
    tabelRiwayat('pendidikan', r.pendidikan, [
      { judul: 'Tingkat', isi: d('pendidikan', 'tingkat'), lebar: 3 },
      { judul: 'Sekolah/perguruan tinggi', isi: d('pendidikan', 'namaSekolah'), lebar: 5 },
      { judul: 'Jurusan', isi: d('pendidikan', 'jurusan'), lebar: 4 },
      { judul: 'Tahun lulus', isi: d('pendidikan', 'tahunLulus'), lebar: 2 },
    ]),
    judul('V. RIWAYAT DIKLAT'),
    tabelRiwayat('diklat', r.diklat, [
      { judul: 'Jenis', isi: d('diklat', 'jenis'), lebar: 3 },
      { judul: 'Nama diklat', isi: d('diklat', 'nama'), lebar: 5 },
      { judul: 'Penyelenggara', isi: d('diklat', 'penyelenggara'), lebar: 3 },
      { judul: 'Tanggal', isi: (b) => `${nilaiIsian('diklat', 'tanggalMulai', b.data.tanggalMulai)} s.d. ${nilaiIsian('diklat', 'tanggalSelesai', b.data.tanggalSelesai)}`,
        lebar: 4 },
      { judul: 'JP', isi: d('diklat', 'jumlahJp'), lebar: 1.2 },
    ]),
    judul('VI. KETERANGAN KELUARGA'),
    r.keluarga
      ? tabelRiwayat('keluarga', r.keluarga, [
        { judul: 'Hubungan', isi: d('keluarga', 'hubungan'), lebar: 3 },
        { judul: 'Nama', isi: d('keluarga', 'nama'), lebar: 5 },
        { judul: 'Tanggal lahir', isi: d('keluarga', 'tanggalLahir'), lebar: 3 },
        { judul: 'Pekerjaan', isi: d('keluarga', 'pekerjaan'), lebar: 3 },
      ])
      : { jenis: 'paragraf', teks: [{ teks: 'Keterangan keluarga hanya ditampilkan bagi pejabat yang berwenang atas data pribadi pegawai ini.', miring: true }] },
    { jenis: 'paragraf', teks: 'Demikian daftar riwayat hidup ini dibuat dari data kepegawaian yang tercatat, untuk dapat dipergunakan sebagaimana mestinya.' },
    { jenis: 'tandaTangan', kolom: [null, { atas: [formatTanggal(tanggal), 'Yang bersangkutan,'], nama: p.namaLengkap, bawah: [`NIP. ${p.nipTampil}`] }] },
  ] };
}

/** The DRH of one employee as PDF, for whoever may read the profile. */
export async function cetakDrh(ctx: Konteks, nip: string): Promise<{ isi: Buffer, namaBerkas: string }> {
  const p = await ambilPegawai(ctx, nip);
  const [pangkat, jabatan, pendidikan, diklat] = await Promise.all((['pangkat', 'jabatan', 'pendidikan', 'diklat'] as const).map((j) => daftarRiwayat(ctx, p.nip, j)));
  const keluarga = p.dataPribadiTerlihat ? await daftarRiwayat(ctx, p.nip, 'keluarga') : null;
  const isi = await renderPdf(dokumenDrh(p, { pangkat: pangkat!, jabatan: jabatan!, pendidikan: pendidikan!, diklat: diklat!, keluarga }, hariIniIso(ctx.sekarang(), ctx.zona)));
  return { isi, namaBerkas: `DRH-${p.nip}.pdf` };
}
