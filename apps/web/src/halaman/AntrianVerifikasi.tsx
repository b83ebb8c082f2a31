import { Link } from 'react-router';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_USULAN, type STATUS_USULAN } from '@simasn/kepegawaian/kontrak';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu, LABEL_STATUS_USULAN } from '../format.ts';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

const BATAS = 20;

/** The verification queue: pending proposals, oldest first. */
export function AntrianVerifikasi() {
  const daftar = useDaftarBerhalaman(['status'], BATAS);
  const status = (daftar.filter.status || 'diajukan') as (typeof STATUS_USULAN)[number] | 'semua';
  const halaman = daftar.halaman;
  const q = useHalamanApi(KONTRAK_USULAN.daftar, { query: { status, page: halaman, limit: BATAS } });

  // "Menunggu verifikasi" is the default and stays out of the URL.
  const ubah = (s: string, h = 1) => daftar.ubah({ status: s === 'diajukan' ? '' : s }, h);

  return (
    <section>
      <div className="judul-halaman">
        <h1>Verifikasi Usulan</h1>
        <Pilih sebaris id="saring-status-usulan" label="Status" nilai={status} ganti={(v) => ubah(v)}
          pilihan={[...Object.entries(LABEL_STATUS_USULAN).map(([k, v]) => [k, k === 'diajukan' ? 'Menunggu verifikasi' : v] as const), ['semua', 'Semua']]} />
      </div>
      <DaftarBerhalaman kueri={q} halaman={halaman} batas={BATAS} ganti={(h) => ubah(status, h)} kosong="Tidak ada usulan dengan status ini."
        ringkasan={(total) => (
          <p className="ringkasan-hasil" aria-live="polite">
            {formatAngka(total)} usulan{status === 'diajukan' ? ' menunggu verifikasi (terlama di atas)' : ''}
          </p>
        )}
      >
        {(items) => (
          <Tabel data-testid="antrian-usulan" baris={items} kunci={(u) => u.id} kolom={[
            { judul: 'Diajukan', isi: (u) => formatWaktu(u.diajukanPada) },
            { judul: 'Pegawai', isi: (u) => <SelPegawai nama={u.pegawai.nama} nip={u.pegawai.nip} unit={u.pegawai.unit} /> },
            { judul: 'Jenis usulan', isi: (u) => u.labelJenis },
            { judul: 'Alasan', kelas: 'potong', isi: (u) => u.alasan },
            { judul: 'Status', isi: (u) => <LencanaStatus status={u.status} /> },
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
