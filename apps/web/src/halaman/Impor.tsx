import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_IMPOR, type NAMA_LEMBAR_IMPOR } from '@simasn/kepegawaian/kontrak';
import { alamatTitik, kunciJalur, mintaMentah, simpanUnduhan } from '../api.ts';
import { JUDUL_RIWAYAT, type JenisRiwayat } from '../riwayat.ts';
import { kirimImpor, type HasilImpor, type Kemajuan, type TahapImpor } from '../unggah-impor.ts';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { Formulir, IsianForm, PilihBerkas } from '../komponen/Formulir.tsx';

type Lembar = (typeof NAMA_LEMBAR_IMPOR)[number];

const LEMBAR: { nilai: Lembar, label: string }[] = [
  { nilai: 'pegawai', label: 'Data pegawai' },
  { nilai: 'riwayat_pangkat', label: 'Riwayat pangkat/golongan' },
  { nilai: 'riwayat_jabatan', label: 'Riwayat jabatan' },
  { nilai: 'riwayat_pendidikan', label: 'Riwayat pendidikan' },
  { nilai: 'riwayat_diklat', label: 'Riwayat diklat' },
  { nilai: 'riwayat_skp', label: 'Riwayat SKP' },
  { nilai: 'riwayat_hukdis', label: 'Riwayat hukuman disiplin' },
];

const LABEL_TAHAP: Record<TahapImpor, string> = { mengunggah: 'Mengunggah', membaca: 'Membaca', validasi: 'Memeriksa', menulis: 'Menyimpan', selesai: 'Selesai' };

const TAMPIL_MAKS = 500;

export function Impor() {
  const qc = useQueryClient();
  const [berkas, setBerkas] = useState<File | null>(null);
  const [lembar, setLembar] = useState<Lembar>('pegawai');
  const [periksaSaja, setPeriksaSaja] = useState(false);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const [berjalan, setBerjalan] = useState(false);
  const [hasil, setHasil] = useState<HasilImpor | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [galatLaporan, setGalatLaporan] = useState<unknown>(null);
  const csv = !!berkas && /\.csv$/i.test(berkas.name);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (!berkas) return setGalat(new Error('Pilih berkas XLSX atau CSV terlebih dahulu.'));
    setGalat(null);
    setHasil(null);
    setBerjalan(true);
    setKemajuan({ tahap: 'mengunggah', persen: 0 });
    try {
      const h = await kirimImpor(berkas, { dryRun: periksaSaja, lembar: csv ? lembar : undefined }, setKemajuan);
      setHasil(h);
      if (h.ok && !h.dryRun) {
        await Promise.all([
          qc.invalidateQueries({ queryKey: kunciJalur('pegawai') }),
          qc.invalidateQueries({ queryKey: kunciJalur('dasbor', 'statistik') }),
          qc.invalidateQueries({ queryKey: kunciJalur('unit') }),
        ]);
      }
    } catch (err) {
      setGalat(err);
      setKemajuan(null);
    } finally {
      setBerjalan(false);
    }
  }

  async function unduhLaporan() {
    if (!hasil || !berkas) return;
    setGalatLaporan(null);
    try {
      const res = await mintaMentah(KONTRAK_IMPOR.laporan.url, { method: KONTRAK_IMPOR.laporan.method, body: { namaBerkas: berkas.name, masalah: hasil.masalah.slice(0, 5000) } });
      await simpanUnduhan(res, 'laporan-impor.xlsx');
    } catch (err) {
      setGalatLaporan(err);
    }
  }

  return (
    <section>
      <div className="judul-halaman">
        <h1>Impor Data Pegawai</h1>
        <a className="tombol sekunder" href={alamatTitik(KONTRAK_IMPOR.template)} download>
          Unduh template XLSX
        </a>
      </div>
      <div className="kartu">
        <p>
          Isi template (satu lembar per jenis data: <code>pegawai</code>, <code>riwayat_pangkat</code>,{' '}
          <code>riwayat_jabatan</code>, dan seterusnya), lalu unggah di sini. Setiap baris diperiksa lebih dulu; bila ada satu saja kesalahan,{' '}
          <strong>tidak ada data yang disimpan</strong>. CSV berisi satu jenis data per berkas.
        </p>
        <Formulir onSubmit={kirim} className="form-impor">
          <div className="kisi-isian">
            <IsianForm id="impor-berkas" label="Berkas (.xlsx atau .csv)" lebar galat={galat} nama={['file', 'berkas', 'lembar']}>
              {(a) => (
                <PilihBerkas {...a} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" berkas={berkas} ganti={(f) => {
                  setBerkas(f);
                  setHasil(null);
                  setKemajuan(null);
                  setGalat(null);
                }} />
              )}
            </IsianForm>
            {csv && (
              <Pilih id="impor-lembar" label="Jenis data dalam CSV" nilai={lembar} ganti={(v) => setLembar(v as Lembar)} pilihan={LEMBAR.map((l) => [l.nilai, l.label] as const)} />
            )}
            <div className="isian isian-centang">
              <label htmlFor="impor-periksa">
                <input id="impor-periksa" type="checkbox" checked={periksaSaja} onChange={(e) => setPeriksaSaja(e.target.checked)} /> Periksa saja (tanpa menyimpan)
              </label>
            </div>
          </div>
          <div className="baris-tombol">
            <button type="submit" className="tombol utama" disabled={berjalan || !berkas}>
              {berjalan ? 'Memproses…' : periksaSaja ? 'Periksa berkas' : 'Impor'}
            </button>
          </div>
        </Formulir>
        {kemajuan && (
          <div className="kemajuan">
            <div className="label-kemajuan" id="label-kemajuan">
              <span>{LABEL_TAHAP[kemajuan.tahap]}{kemajuan.tahap !== 'selesai' && '…'}</span>
              <span>{formatAngka(kemajuan.persen)}%</span>
            </div>
            <div className="batang-kemajuan" role="progressbar" aria-labelledby="label-kemajuan" aria-valuemin={0} aria-valuemax={100} aria-valuenow={kemajuan.persen}
              aria-valuetext={`${LABEL_TAHAP[kemajuan.tahap]} ${kemajuan.persen}%`}
            >
              <div className={`isi-kemajuan${kemajuan.tahap === 'selesai' ? ' tuntas' : ''}`} style={{ width: `${kemajuan.persen}%` }} />
            </div>
          </div>
        )}
      </div>
      <PesanGalat galat={galat} />
      {hasil && <HasilImporTampil hasil={hasil} unduhLaporan={unduhLaporan} galatLaporan={galatLaporan} />}
    </section>
  );
}

function HasilImporTampil({ hasil, unduhLaporan, galatLaporan }: { hasil: HasilImpor, unduhLaporan: () => void, galatLaporan: unknown }) {
  const ringkasLembar = hasil.lembar.map((l) => `${l.nama} (${formatAngka(l.baris)} baris)`).join(', ');
  if (!hasil.ok) {
    return (
      <section className="kartu hasil-impor" aria-labelledby="judul-hasil-impor">
        <h2 id="judul-hasil-impor">Ditemukan {formatAngka(hasil.masalah.length)} masalah</h2>
        <p className="pesan pesan-galat" role="alert">
          <strong>Tidak ada data yang disimpan.</strong> Perbaiki baris-baris berikut lalu unggah ulang berkasnya.
        </p>
        {ringkasLembar && <p className="catatan-kecil">Diperiksa: {ringkasLembar}.</p>}
        <div className="baris-tombol">
          <button type="button" className="tombol sekunder" onClick={unduhLaporan}>
            Unduh laporan (XLSX)
          </button>
        </div>
        <PesanGalat galat={galatLaporan} />
        <Tabel kartu={false} data-testid="tabel-masalah" baris={hasil.masalah.slice(0, TAMPIL_MAKS)} kunci={(m) => `${m.lembar}:${m.baris}:${m.kolom}:${m.pesan}`} kolom={[
          { judul: 'Lembar', isi: (m) => m.lembar },
          { judul: 'Baris', kelasJudul: 'angka', kelas: 'angka', isi: (m) => formatAngka(m.baris) },
          { judul: 'Kolom', isi: (m) => <code>{m.kolom}</code> },
          { judul: 'Nilai', kelas: 'nilai-masalah', isi: (m) => m.nilai ?? '–' },
          { judul: 'Alasan', isi: (m) => m.pesan },
        ]} />
        {hasil.masalah.length > TAMPIL_MAKS && (
          <p className="catatan-kecil">
            Ditampilkan {formatAngka(TAMPIL_MAKS)} masalah pertama; laporan XLSX memuat semuanya.
          </p>
        )}
      </section>
    );
  }
  if (hasil.dryRun || !hasil.ditulis) {
    return (
      <section className="kartu hasil-impor" aria-labelledby="judul-hasil-impor">
        <h2 id="judul-hasil-impor">Pemeriksaan selesai: tidak ada masalah</h2>
        <p className="pesan pesan-berhasil" role="status">
          {formatAngka(hasil.jumlahBaris)} baris siap diimpor. Belum ada yang disimpan; hilangkan centang "Periksa saja" lalu kirim lagi untuk menyimpan.
        </p>
        {ringkasLembar && <p className="catatan-kecil">Lembar: {ringkasLembar}.</p>}
      </section>
    );
  }
  const w = hasil.ditulis;
  return (
    <section className="kartu hasil-impor" aria-labelledby="judul-hasil-impor">
      <h2 id="judul-hasil-impor">Impor berhasil</h2>
      <p className="pesan pesan-berhasil" role="status" data-testid="ringkasan-impor">
        {formatAngka(w.pegawaiBaru)} pegawai baru, {formatAngka(w.pegawaiDiubah)} pegawai diubah ({formatAngka(hasil.jumlahBaris)} baris dalam{' '}
        {formatAngka(Math.max(hasil.detik, 0.1), 1)} detik).
      </p>
      {Object.keys(w.riwayat).length > 0 && (
        <Tabel kartu={false} baris={Object.entries(w.riwayat)} kunci={([j]) => j} kolom={[{ judul: 'Riwayat', isi: ([j]) =>
          JUDUL_RIWAYAT[j as JenisRiwayat] ?? j }, { judul: 'Baru', kelasJudul: 'angka', kelas: 'angka', isi: ([, n]) =>
            formatAngka(n.baru) }, { judul: 'Diubah', kelasJudul: 'angka', kelas: 'angka', isi: ([, n]) => formatAngka(n.diubah) }]} />
      )}
      <p>
        <Link to="/pegawai">Buka daftar pegawai</Link>
      </p>
    </section>
  );
}
