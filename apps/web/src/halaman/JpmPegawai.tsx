import { Link } from 'react-router';
import { formatAngka, formatPersen } from '@simasn/domain';
import { KONTRAK_KOMPETENSI } from '@simasn/kompetensi/kontrak';
import type { MasukanTitik } from '@simasn/kontrak';
import { alamatTitik } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { GrafikDonat } from '../komponen/Grafik.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_KOMPETENSI.jpm>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'unitId', 'kategori'] as const;
const URUT = [['nama', 'Nama'], ['jpm', 'JPM', 'angka'], ['unit', 'Unit']] as const;
const KATEGORI = ['Optimal', 'Cukup Optimal', 'Kurang Optimal', 'Belum lengkap dinilai', 'Jabatan tanpa standar'].map((k) => [k, k] as const);

/**
 * JPM pegawai within the caller's reach (atasan: the team; admin OPD: the perangkat daerah; BKD and
 * pimpinan: the instansi): the distribution over the instansi's bands, the mean, and the list with
 * search, unit and band filters, pages and the XLSX of the same filter; a row opens the person's
 * Profil Kompetensi.
 */
export function JpmPegawai() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const kueri = { q: d.filter.q || undefined, urut: d.filter.urut || undefined, arah: d.filter.arah || undefined, unitId: d.filter.unitId ? Number(d.filter.unitId) : undefined,
    kategori: d.filter.kategori || undefined } as Filter;
  const q = useHalamanApi(KONTRAK_KOMPETENSI.jpm, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const r = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>JPM Pegawai</h1>
      </div>
      <p className="petunjuk">
        Job Person Match: jumlah level kompetensi pegawai dibanding jumlah level standar jabatannya, dari hasil asesmen terverifikasi terakhir.{r ? ` ${r.aturan}.` : ''}
      </p>
      <PesanGalat galat={q.error} />
      {r && (
        <div className="kartu-angka">
          <KartuAngka label="Pegawai" nilai={formatAngka(r.pegawai)} idNilai="jpm-pegawai" />
          <KartuAngka label="Rata-rata JPM" nilai={r.rataRata === null ? '-' : formatPersen(r.rataRata)} idNilai="jpm-rata" sub="pegawai yang sudah lengkap dinilai" />
        </div>
      )}
      {r && r.pegawai > 0 && (
        <div className="kartu">
          <h2>Sebaran kategori JPM</h2>
          <GrafikDonat judul="Sebaran kategori JPM" baris={r.sebaran.map((s) => ({ label: s.kategori, jumlah: s.jumlah }))} />
          <Tabel keterangan="Sebaran kategori JPM" data-testid="tabel-sebaran" baris={r.sebaran} kunci={(s) => s.kategori} kolom={[
            { judul: 'Kategori', kepalaBaris: true, isi: (s) => s.kategori },
            { judul: 'Pegawai', kelas: 'angka', isi: (s) => formatAngka(s.jumlah) },
            { judul: 'Persen', kelas: 'angka', isi: (s) => formatPersen(r.pegawai ? (s.jumlah / r.pegawai) * 100 : 0) },
          ]} />
        </div>
      )}
      <SaringDaftar id="jpm" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} ekspor={alamatTitik(KONTRAK_KOMPETENSI.eksporJpm, { query: kueri })}>
        <div className="isian">
          <label htmlFor="jpm-unit">Unit</label>
          <PilihUnit id="jpm-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
        <Pilih id="jpm-kategori" label="Kategori" nilai={d.filter.kategori} ganti={(v) => d.ubah({ kategori: v })} kosong="Semua" pilihan={KATEGORI} />
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada pegawai yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-jpm" sibuk={q.isFetching} baris={items} kunci={(b) => b.nip} kolom={[
            { judul: 'Pegawai', kepalaBaris: true, isi: (b) => (
              <>
                <Link to={`/kompetensi/profil?nip=${b.nip}`}>{b.nama}</Link>
                <br />
                <small>NIP {b.nip}</small>
              </>
            ) },
            { judul: 'Jabatan', isi: (b) => (
              <>
                {b.jabatan ?? '-'}
                {b.unit && (
                  <>
                    <br />
                    <small>{b.unit}</small>
                  </>
                )}
              </>
            ) },
            { judul: 'JPM', kelas: 'angka', isi: (b) => (b.jpm === null ? '-' : formatPersen(b.jpm)) },
            { judul: 'Kategori', isi: (b) => b.kategori },
            { judul: 'Kesenjangan terbesar', isi: (b) => (b.kesenjangan.length ? b.kesenjangan.map((k) => `${k.nama} (${k.selisih})`).join(', ') : '-') },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
