import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN, type URUT_USULAN_LAYANAN } from '@simasn/layanan/kontrak';
import type { MasukanTitik } from '@simasn/kontrak';
import { alamatTitik } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { daftarDariUrl, pramuatApi, useDaftarBerhalaman, useHalamanApi, type Pramuat } from '../kait.ts';
import { LencanaLayanan } from '../komponen/JejakLayanan.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih, PilihSaring } from '../komponen/PilihSaring.tsx';
import { type JenisUrut, SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

type FilterUsulan = NonNullable<MasukanTitik<typeof KONTRAK_LAYANAN.daftarUsulan>['query']>;
const BATAS = 20;
const FILTER = ['q', 'urut', 'arah', 'saring', 'jenis'] as const;
const URUT: [(typeof URUT_USULAN_LAYANAN)[number], string, JenisUrut?][] = [['diajukan', 'Tanggal diajukan', 'tanggal'], ['tenggat', 'Tenggat', 'tanggal'], [
  'nama',
  'Nama pegawai',
], ['langkah', 'Langkah']];
const JENIS = [['kgb', 'Kenaikan Gaji Berkala'], ['kenaikan_pangkat', 'Kenaikan Pangkat'], ['pensiun', 'Pensiun']] as const;

/**
 * Service requests in reach: by default those waiting for one of my roles; past-deadline ones can
 * be singled out and are highlighted; searched, sorted, paged and exported on the server.
 */
/** The queue's query from the URL's filters: by default the requests waiting for one of my roles. */
function masukanAntrian(filter: Record<(typeof FILTER)[number], string>, halaman: number) {
  const saring = filter.saring || 'menunggu';
  const { saring: _s, ...lain } = filter;
  const kueri = { ...lain, menunggu: saring === 'menunggu' ? '1' : undefined, terlambat: saring === 'terlambat' ? '1' : undefined } as FilterUsulan;
  return { saring, kueri, masukan: { query: { ...kueri, page: halaman, limit: BATAS } } };
}

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { AntrianLayanan({ qc, cari }) {
  const { filter, halaman } = daftarDariUrl(FILTER, cari);
  pramuatApi(qc, KONTRAK_LAYANAN.daftarUsulan, masukanAntrian(filter, halaman).masukan);
} };

export function AntrianLayanan() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const { saring, kueri, masukan } = masukanAntrian(d.filter, d.halaman);
  const q = useHalamanApi(KONTRAK_LAYANAN.daftarUsulan, masukan);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Antrian Layanan</h1>
        <Pilih sebaris id="saring-layanan" label="Tampilkan" nilai={saring} ganti={(v) => d.ubah({ saring: v })}
          pilihan={[['menunggu', 'Menunggu tindakan saya'], ['terlambat', 'Terlambat (tenggat atau periode lewat)'], ['semua', 'Semua dalam lingkup']]} />
      </div>
      <SaringDaftar id="antrian" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} arahBawaan={!d.filter.urut || d.filter.urut === 'diajukan' ? 'turun' : 'naik'}
        ekspor={alamatTitik(KONTRAK_LAYANAN.eksporUsulan, { query: kueri })}
      >
        <PilihSaring id="antrian-jenis" label="Layanan" semua="Semua layanan" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })} pilihan={JENIS} />
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada usulan."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} usulan</p>}
      >
        {(items) => (
          <Tabel data-testid="antrian-layanan" sibuk={q.isFetching} baris={items} kunci={(u) => u.id} atributBaris={(u) => ({ className: u.terlambat ? 'terlambat' : undefined })}
            kolom={[
              { judul: 'Diajukan', isi: (u) => formatWaktu(u.diajukanPada) },
              { judul: 'Pegawai', isi: (u) => <SelPegawai nama={u.nama} nip={u.nip} unit={u.unit} /> },
              { judul: 'Layanan', isi: (u) => u.labelJenis },
              { judul: 'Langkah', isi: (u) => u.labelLangkah },
              { judul: 'Tenggat', kelas: 'nowrap', isi: (u) => (
                <>
                  {u.tenggat ? formatTanggal(u.tenggat) : '-'}
                  {u.alasanTerlambat && <small className="sub lewat">{u.alasanTerlambat}</small>}
                </>
              ) },
              { judul: 'Status', isi: (u) => <LencanaLayanan u={u} /> },
            ]} aksi={(u) => <Link className="tombol kecil utama" to={`/layanan/usulan/${u.id}`}>Buka</Link>} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
