import { Link } from 'react-router';
import { formatAngka } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KODE_JENIS_USULAN, KONTRAK_USULAN, labelJenisUsulan, uraiJenisUsulan, type URUT_USULAN } from '@simasn/kepegawaian/kontrak';
import { alamatTitik } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu, LABEL_STATUS_USULAN } from '../format.ts';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { type JenisUrut, SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

type FilterUsulan = NonNullable<MasukanTitik<typeof KONTRAK_USULAN.daftar>['query']>;

const BATAS = 50;
const FILTER = ['q', 'urut', 'arah', 'status', 'jenis', 'unitId'] as const;
const URUT: [(typeof URUT_USULAN)[number], string, JenisUrut?][] = [['diajukan', 'Tanggal diajukan', 'tanggal'], ['nama', 'Nama pegawai'], ['jenis', 'Jenis usulan'], [
  'unit',
  'Unit kerja',
], [
  'diputus',
  'Tanggal diputus',
]];
const PILIHAN_JENIS = KODE_JENIS_USULAN.map((k) => [k, labelJenisUsulan(uraiJenisUsulan(k)!)] as const);

/**
 * The verification queue of change proposals (SIMAK): pending ones oldest first by default; like
 * every long list it is searched (name, NIP, reason), filtered (status, kind, unit), sorted, paged
 * on the server and exported as XLSX with exactly the same query.
 */
export function AntrianVerifikasi() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  // "Menunggu verifikasi" is the default and stays out of the URL.
  const status = (d.filter.status || 'diajukan') as FilterUsulan['status'] & string;
  const kueri = { ...d.filter, status, unitId: d.filter.unitId || undefined, page: d.halaman, limit: BATAS } as FilterUsulan;
  const q = useHalamanApi(KONTRAK_USULAN.daftar, { query: kueri });
  const { page: _p, limit: _l, ...kueriEkspor } = kueri;

  return (
    <section>
      <div className="judul-halaman">
        <h1>Verifikasi Usulan</h1>
      </div>
      <SaringDaftar id="usulan" daftar={d} labelCari="Cari nama, NIP atau alasan" urut={URUT} arahBawaan={status === 'diajukan' && !d.filter.urut ? 'naik' : 'turun'}
        ekspor={alamatTitik(KONTRAK_USULAN.ekspor, { query: kueriEkspor })}
      >
        <PilihSaring id="usulan-status" label="Status" semua="Menunggu verifikasi" nilai={status === 'diajukan' ? '' : status} ganti={(v) => d.ubah({ status: v })}
          pilihan={[...Object.entries(LABEL_STATUS_USULAN).filter(([k]) => k !== 'diajukan'), ['semua', 'Semua status']]} />
        <PilihSaring id="usulan-jenis" label="Jenis usulan" semua="Semua jenis" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })} pilihan={PILIHAN_JENIS} />
        <div className="isian">
          <label htmlFor="usulan-unit">Unit kerja</label>
          <PilihUnit id="usulan-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} labelKosong="Semua unit" />
        </div>
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada usulan yang cocok."
        ringkasan={(total) => (
          <p className="ringkasan-hasil" aria-live="polite">
            {formatAngka(total)} usulan{status === 'diajukan' ? ' menunggu verifikasi' : ''}
            {status === 'diajukan' && !d.filter.urut ? ' (terlama di atas)' : ''}
          </p>
        )}
      >
        {(items) => (
          <Tabel data-testid="antrian-usulan" baris={items} kunci={(u) => u.id} kolom={[
            { judul: 'Diajukan', isi: (u) => formatWaktu(u.diajukanPada) },
            { judul: 'Pegawai', isi: (u) => <SelPegawai nama={u.pegawai.nama} nip={u.pegawai.nip} unit={u.pegawai.unit} /> },
            { judul: 'Jenis usulan', isi: (u) => u.labelJenis },
            { judul: 'Alasan', kelas: 'potong', isi: (u) => u.alasan },
            { judul: 'Status', kelas: 'nowrap', isi: (u) => <LencanaStatus status={u.status} /> },
          ]} aksi={(u) => (
            <Link className="tombol kecil utama" to={`/verifikasi/${u.id}`} aria-label={`Periksa usulan ${u.labelJenis} dari ${u.pegawai.nama}`}>
              Periksa
            </Link>
          )} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
