import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { LencanaLayanan } from '../komponen/JejakLayanan.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

const BATAS = 20;

/** Service requests in reach: by default those waiting for one of my roles; past-deadline ones can be singled out. */
export function AntrianLayanan() {
  const { filter, halaman, ubah } = useDaftarBerhalaman(['saring'], BATAS);
  const saring = filter.saring || 'menunggu';
  const q = useHalamanApi(KONTRAK_LAYANAN.daftarUsulan, {
    query: { menunggu: saring === 'menunggu' ? '1' : undefined, terlambat: saring === 'terlambat' ? '1' : undefined, page: halaman, limit: BATAS },
  });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Antrian Layanan</h1>
        <Pilih sebaris id="saring-layanan" label="Tampilkan" nilai={saring} ganti={(v) => ubah({ saring: v })}
          pilihan={[['menunggu', 'Menunggu tindakan saya'], ['terlambat', 'Melewati tenggat'], ['semua', 'Semua dalam lingkup']]} />
      </div>
      <DaftarBerhalaman kueri={q} halaman={halaman} batas={BATAS} ganti={(h) => ubah({ saring }, h)} kosong="Tidak ada usulan."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} usulan</p>}
      >
        {(items) => (
          <Tabel baris={items} kunci={(u) => u.id} kolom={[
            { judul: 'Diajukan', isi: (u) => formatWaktu(u.diajukanPada) },
            { judul: 'Pegawai', isi: (u) => <SelPegawai nama={u.nama} nip={u.nip} unit={u.unit} /> },
            { judul: 'Layanan', isi: (u) => u.labelJenis },
            { judul: 'Langkah', isi: (u) => u.labelLangkah },
            { judul: 'Tenggat', kelas: 'nowrap', isi: (u) => (u.tenggat ? formatTanggal(u.tenggat) : '-') },
            { judul: 'Status', isi: (u) => <LencanaLayanan u={u} /> },
          ]} aksi={(u) => <Link className="tombol kecil utama" to={`/layanan/usulan/${u.id}`}>Buka</Link>} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
