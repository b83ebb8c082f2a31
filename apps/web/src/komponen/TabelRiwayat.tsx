import type { ReactNode } from 'react';
import { formatTanggal, LABEL_JENIS_DIKLAT, LABEL_JENJANG, labelGolongan, labelPendidikan } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_BERKAS, type KONTRAK_RIWAYAT } from '@simasn/kepegawaian/kontrak';
import { alamatTitik } from '../api.ts';
import { formatUkuran, labelJenisRiwayat, LABEL_TINGKAT_HUKDIS, tampilNilai } from '../format.ts';
import type { JenisRiwayat } from '../riwayat.ts';
import { Tabel, type Kolom as KolomTabel } from './Tabel.tsx';

type BarisRiwayat = ResponsTitik<typeof KONTRAK_RIWAYAT.daftar>[number];

interface Kolom {
  judul: string;
  isi: (r: BarisRiwayat) => ReactNode;
  /** A date: kept on one line. */
  tanggal?: boolean;
}

const d = (r: BarisRiwayat, f: string) => tampilNilai(f, r.data[f]);
const tgl = (r: BarisRiwayat, f: string) => (r.data[f] ? formatTanggal(String(r.data[f])) : '–');

export const KOLOM_RIWAYAT: Record<JenisRiwayat, Kolom[]> = { pangkat: [
  { judul: 'Pangkat/golongan', isi: (r) => labelGolongan(String(r.data.golongan ?? '')) },
  { judul: 'Jenis KP', isi: (r) => d(r, 'jenisKp') },
  { judul: 'TMT', isi: (r) => tgl(r, 'tmt'), tanggal: true },
  { judul: 'Nomor SK', isi: (r) => d(r, 'nomorSk') },
  { judul: 'Tanggal SK', isi: (r) => tgl(r, 'tanggalSk'), tanggal: true },
  { judul: 'Masa kerja gol.', isi: (r) => `${d(r, 'mkTahun')} th ${d(r, 'mkBulan')} bl` },
], jabatan: [
  { judul: 'Jabatan', isi: (r) => {
    const t = r.tambahan;
    const rinci = t.eselon ? `Eselon ${t.eselon}` : t.jenjang ? (LABEL_JENJANG as Record<string, string>)[String(t.jenjang)] : null;
    return (
      <>
        {String(t.namaJabatan ?? '–')}
        {rinci && <small className="sub">{rinci}</small>}
      </>
    );
  } },
  { judul: 'Unit kerja', isi: (r) => String(r.tambahan.namaUnit ?? '–') },
  { judul: 'TMT', isi: (r) => tgl(r, 'tmt'), tanggal: true },
  { judul: 'Nomor SK', isi: (r) => d(r, 'nomorSk') },
  { judul: 'Tanggal SK', isi: (r) => tgl(r, 'tanggalSk'), tanggal: true },
], pendidikan: [
  { judul: 'Tingkat', isi: (r) => labelPendidikan(String(r.data.tingkat ?? '')) },
  { judul: 'Sekolah/perguruan tinggi', isi: (r) => d(r, 'namaSekolah') },
  { judul: 'Jurusan', isi: (r) => d(r, 'jurusan') },
  { judul: 'Tahun lulus', isi: (r) => d(r, 'tahunLulus') },
  { judul: 'Nomor ijazah', isi: (r) => d(r, 'nomorIjazah') },
  { judul: 'Tanggal ijazah', isi: (r) => tgl(r, 'tanggalIjazah'), tanggal: true },
], diklat: [
  { judul: 'Jenis', isi: (r) => (LABEL_JENIS_DIKLAT as Record<string, string>)[String(r.data.jenis)] ?? d(r, 'jenis') },
  { judul: 'Nama diklat', isi: (r) => d(r, 'nama') },
  { judul: 'Tingkat', isi: (r) => d(r, 'tingkat') },
  { judul: 'Penyelenggara', isi: (r) => d(r, 'penyelenggara') },
  { judul: 'Mulai', isi: (r) => tgl(r, 'tanggalMulai'), tanggal: true },
  { judul: 'Selesai', isi: (r) => tgl(r, 'tanggalSelesai'), tanggal: true },
  { judul: 'JP', isi: (r) => d(r, 'jumlahJp') },
], skp: [
  { judul: 'Tahun', isi: (r) => d(r, 'tahun') },
  { judul: 'Predikat', isi: (r) => d(r, 'predikat') },
  { judul: 'Nilai', isi: (r) => d(r, 'nilai') },
  { judul: 'Pejabat penilai', isi: (r) => d(r, 'pejabatPenilai') },
], hukdis: [
  { judul: 'Jenis hukuman', isi: (r) => labelJenisRiwayat('hukdis', r.data.jenis) },
  { judul: 'Tingkat', isi: (r) => LABEL_TINGKAT_HUKDIS[String(r.tambahan.tingkat ?? '')] ?? '–' },
  { judul: 'TMT', isi: (r) => tgl(r, 'tmt'), tanggal: true },
  { judul: 'Masa (bulan)', isi: (r) => d(r, 'masaBulan') },
  { judul: 'Nomor SK', isi: (r) => d(r, 'nomorSk') },
  { judul: 'Keterangan', isi: (r) => d(r, 'keterangan') },
], keluarga: [
  { judul: 'Hubungan', isi: (r) => d(r, 'hubungan') },
  { judul: 'Nama', isi: (r) => d(r, 'nama') },
  { judul: 'NIK', isi: (r) => d(r, 'nik') },
  { judul: 'Tanggal lahir', isi: (r) => tgl(r, 'tanggalLahir'), tanggal: true },
  { judul: 'Jenis kelamin', isi: (r) => d(r, 'jenisKelamin') },
  { judul: 'Pekerjaan', isi: (r) => d(r, 'pekerjaan') },
  { judul: 'Tertanggung', isi: (r) => (r.data.tertanggung ? 'Ya' : 'Tidak') },
] };

export function TautanBerkas({ nip, berkas }: { nip: string, berkas: BarisRiwayat['berkas'][number] }) {
  return (
    <a href={alamatTitik(KONTRAK_BERKAS.buka, { params: { nip, id: berkas.id } })} target="_blank" rel="noopener noreferrer" className="tautan-berkas">
      {berkas.namaBerkas} <small>({formatUkuran(berkas.ukuran)})</small>
    </a>
  );
}

/** One kind of riwayat as a table; actions per row come from the caller. */
export function TabelRiwayat(
  { nip, jenis, baris, aksi, dokumenTerlihat }: { nip: string, jenis: JenisRiwayat, baris: BarisRiwayat[], aksi?: (r: BarisRiwayat) => ReactNode, dokumenTerlihat: boolean },
) {
  return (
    <Tabel data-riwayat={jenis} baris={baris} kunci={(r) => r.id} aksi={aksi} kolom={[
      ...KOLOM_RIWAYAT[jenis].map((k): KolomTabel<BarisRiwayat> => ({ judul: k.judul, kelas: k.tanggal ? 'nowrap' : undefined, isi: k.isi })),
      dokumenTerlihat && { judul: 'Dokumen', isi: (r) => r.berkas.length ? r.berkas.map((b) => <TautanBerkas key={b.id} nip={nip} berkas={b} />) : '–' },
    ]} />
  );
}
