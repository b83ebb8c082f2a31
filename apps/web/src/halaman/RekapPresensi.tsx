import { Link } from 'react-router';
import { formatAngka, formatPersen, formatTanggal } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KONTRAK_REKAP } from '@simasn/rekap/kontrak';
import { alamatTitik } from '../api.ts';
import { hariIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { PilihBulan } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { tulisBulan } from './BulanPresensi.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_REKAP.bulan>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'bulan', 'unitId', 'saring'] as const;
const URUT = [['nama', 'Nama'], ['nip', 'NIP'], ['unit', 'Unit kerja'], ['alpa', 'Alpa', 'angka'], ['terlambat', 'Terlambat', 'angka'], ['potongan', 'Potongan', 'angka']] as const;
const SARING = [['semua', 'Semua pegawai'], ['alpa', 'Ada alpa'], ['terlambat', 'Ada terlambat'], ['tinjau', 'Ada presensi ditinjau']] as const;
const jumlahTl = (r: { tl: Record<string, number> }) => Object.values(r.tl).reduce((a, b) => a + b, 0);
const jumlahPsw = (r: { psw: Record<string, number> }) => Object.values(r.psw).reduce((a, b) => a + b, 0);

/**
 * The monthly attendance rekap for admin OPD, BKD and pimpinan: per pegawai (searched, filtered
 * by unit and by what happened, sorted and paged on the server, within the caller's reach), the
 * totals and the units one level below; XLSX of exactly what is shown, and the printable PDF
 * with signatures.
 */
export function RekapPresensi() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const bulan = d.filter.bulan || hariIniSetempat().slice(0, 7);
  const kueri = { ...d.filter, bulan, unitId: d.filter.unitId || undefined, saring: d.filter.saring || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_REKAP.bulan, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const r = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Rekap Presensi</h1>
        <a className="tombol sekunder" href={alamatTitik(KONTRAK_REKAP.cetak, { query: kueri })} target="_blank" rel="noopener" data-testid="cetak-rekap">
          Cetak PDF
        </a>
      </div>
      <SaringDaftar id="rekap" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} ekspor={alamatTitik(KONTRAK_REKAP.ekspor, { query: kueri })}>
        <div className="isian">
          <label htmlFor="rekap-bulan">Bulan</label>
          <PilihBulan id="rekap-bulan" nilai={bulan} ganti={(v) => d.ubah({ bulan: v === hariIniSetempat().slice(0, 7) ? '' : v })} sesudah={0} />
        </div>
        <div className="isian">
          <label htmlFor="rekap-unit">Unit kerja</label>
          <PilihUnit id="rekap-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
        <Pilih id="rekap-saring" label="Tampilkan" nilai={d.filter.saring || 'semua'} ganti={(v) => d.ubah({ saring: v === 'semua' ? '' : v })} pilihan={SARING} />
      </SaringDaftar>
      {r && (
        <>
          <p className="petunjuk">
            {tulisBulan(r.bulan)}. {r.ditutupSampai
              ? `Menghitung hari yang sudah ditutup sampai ${formatTanggal(r.ditutupSampai)}; hari ini dihitung setelah hari berakhir.`
              : 'Belum ada hari yang ditutup.'}
          </p>
          <div className="kartu-angka" data-testid="jumlah-rekap">
            <KartuAngka label="Pegawai" nilai={formatAngka(r.jumlah.pegawai)} />
            <KartuAngka label="Hadir" nilai={formatAngka(r.jumlah.hadir)} sub={`dari ${formatAngka(r.jumlah.hariKerja)} hari kerja`} />
            <KartuAngka label="Cuti, dinas, sakit, izin"
              nilai={formatAngka(r.jumlah.cuti + r.jumlah.dinasLuar + r.jumlah.sakit + r.jumlah.izin + r.jumlah.tugasBelajar + r.jumlah.diklat)} />
            <KartuAngka label="Terlambat" nilai={formatAngka(jumlahTl(r.jumlah))} sub={`${formatAngka(r.jumlah.terlambatMenit)} menit`} />
            <KartuAngka label="Alpa" nilai={formatAngka(r.jumlah.alpa)} />
            <KartuAngka label="Rata-rata potongan" nilai={formatPersen(r.jumlah.potonganPersen)} />
          </div>
          {r.perUnit.length > 1 && (
            <Tabel data-testid="rekap-per-unit" keterangan="Per unit" baris={r.perUnit} kunci={(u) => u.unitId ?? 0} kolom={[
              { judul: 'Unit', kepalaBaris: true, isi: (u) => u.nama },
              { judul: 'Pegawai', kelas: 'angka', isi: (u) => formatAngka(u.pegawai) },
              { judul: 'Kehadiran', kelas: 'angka', isi: (u) => (u.hariKerja ? formatPersen((u.hadir / u.hariKerja) * 100, 1) : '-') },
              { judul: 'Terlambat', kelas: 'angka', isi: (u) => formatAngka(u.terlambat) },
              { judul: 'Alpa', kelas: 'angka', isi: (u) => formatAngka(u.alpa) },
              { judul: 'Rata-rata potongan', kelas: 'angka', isi: (u) => formatPersen(u.potonganRataPersen) },
            ]} />
          )}
        </>
      )}
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada pegawai yang cocok pada bulan ini."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-rekap" sibuk={q.isFetching} baris={items} kunci={(b) => b.pegawaiId} kolom={[
            { judul: 'Pegawai', isi: (b) => <SelPegawai nama={b.nama} nip={b.nip} unit={b.unit} /> },
            { judul: 'Hari kerja', kelas: 'angka', isi: (b) => formatAngka(b.hariKerja) },
            { judul: 'Hadir', kelas: 'angka', isi: (b) => formatAngka(b.hadir) },
            { judul: 'Cuti/DL/S/I', kelas: 'angka', isi: (b) => formatAngka(b.cuti + b.dinasLuar + b.sakit + b.izin + b.tugasBelajar + b.diklat) },
            { judul: 'Alpa', kelas: 'angka', isi: (b) => formatAngka(b.alpa) },
            { judul: 'TL', kelas: 'angka', isi: (b) => `${formatAngka(jumlahTl(b))} (${formatAngka(b.terlambatMenit)} mnt)` },
            { judul: 'PSW', kelas: 'angka', isi: (b) => formatAngka(jumlahPsw(b)) },
            { judul: 'Potongan', kelas: 'angka', isi: (b) => formatPersen(b.potonganPersen) },
            { judul: 'Rincian', isi: (b) => <Link to={`/presensi/rekap/pegawai?nip=${b.nip}&bulan=${bulan}`}>Lihat hari</Link> },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
