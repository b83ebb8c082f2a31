import { formatAngka } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KONTRAK_AKTIVITAS } from '@simasn/aktivitas/kontrak';
import { alamatTitik } from '../api.ts';
import { hariIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { IsianTanggal, masalahIsian, SalahDiSamping } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_AKTIVITAS.belumIsi>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'tanggal', 'unitId'] as const;
const URUT = [['nama', 'Nama'], ['nip', 'NIP'], ['unit', 'Unit kerja']] as const;

/**
 * Who in my reach (the atasan's team, the admin OPD's perangkat daerah) has not submitted an
 * activity for a working day; those on approved leave, sick or izin are not counted. Searched,
 * filtered by unit, paged and exported on the server.
 */
export function BelumIsiAktivitas() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const tanggal = d.filter.tanggal || hariIniSetempat();
  const kueri = { ...d.filter, tanggal, unitId: d.filter.unitId || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_AKTIVITAS.belumIsi, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Belum Mengisi Aktivitas</h1>
      </div>
      <SaringDaftar id="belum-isi" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} ekspor={alamatTitik(KONTRAK_AKTIVITAS.eksporBelumIsi, { query: kueri })}>
        <div className="isian">
          <label htmlFor="belum-isi-tanggal">Tanggal</label>
          {/* A day the server refuses (outside the range it keeps) is said beside the field, not only over the list. */}
          <SalahDiSamping id="belum-isi-tanggal" pesan={masalahIsian(q.error, 'tanggal')}>
            {(a) => (
              <IsianTanggal {...a} id="belum-isi-tanggal" nilai={tanggal} ganti={(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && d.ubah({ tanggal: v === hariIniSetempat() ? '' : v })} />
            )}
          </SalahDiSamping>
        </div>
        <div className="isian">
          <label htmlFor="belum-isi-unit">Unit kerja</label>
          <PilihUnit id="belum-isi-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
      </SaringDaftar>
      {q.data && !q.data.hariKerja && <p className="pesan">{q.data.keterangan}</p>}
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Semua pegawai sudah mengajukan aktivitas hari itu."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai belum mengajukan aktivitas</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-belum-isi" sibuk={q.isFetching} baris={items} kunci={(b) => b.pegawaiId} kolom={[
            { judul: 'Pegawai', isi: (b) => <SelPegawai nama={b.nama} nip={b.nip} unit={b.unit} /> },
            { judul: 'Konsep belum diajukan', isi: (b) => (b.konsep ? `${formatAngka(b.konsep)} konsep` : 'Tidak ada') },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
