import { Link } from 'react-router';
import { formatAngka, formatNip, LABEL_JENIS_JABATAN, LABEL_JENIS_KELAMIN, labelGolongan } from '@simasn/domain';
import { KONTRAK_PEGAWAI, type FilterPegawai } from '@simasn/kepegawaian/kontrak';
import { alamatTitik } from '../api.ts';
import { LABEL_KEDUDUKAN } from '../format.ts';
import { daftarDariUrl, pramuatApi, useDaftarBerhalaman, useHalamanApi, type Pramuat } from '../kait.ts';
import { PILIHAN_GOLONGAN, PILIHAN_PENDIDIKAN } from '../riwayat.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { PilihUnit, pramuatUnit } from '../komponen/PilihUnit.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { Formulir } from '../komponen/Formulir.tsx';

const FILTER = ['q', 'unitId', 'golongan', 'jenisJabatan', 'status', 'pendidikan', 'jenisKelamin', 'kedudukan'] as const;
const BATAS = 20;

/** The URL's strings as the endpoint's query (empty filters are left out of the request). */
const masukan = (filter: Record<(typeof FILTER)[number], string>, halaman: number) => ({ query: { ...filter, page: halaman, limit: BATAS } as FilterPegawai });

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { DaftarPegawai({ qc, cari }) {
  const { filter, halaman } = daftarDariUrl(FILTER, cari);
  pramuatApi(qc, KONTRAK_PEGAWAI.cari, masukan(filter, halaman));
  pramuatUnit(qc);
} };

export function DaftarPegawai() {
  const { boleh } = useSesi();
  const { filter, halaman, ubah, ketik, setKetik, kueriEkspor } = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const q = useHalamanApi(KONTRAK_PEGAWAI.cari, masukan(filter, halaman));
  const adaFilter = FILTER.some((k) => filter[k]);

  return (
    <section>
      <div className="judul-halaman">
        <h1>Pegawai</h1>
        {boleh('pegawai:ekspor') && (
          <a className="tombol sekunder" href={alamatTitik(KONTRAK_PEGAWAI.ekspor, { query: kueriEkspor as FilterPegawai })} download>
            Ekspor XLSX
          </a>
        )}
      </div>

      <search>
        <Formulir className="kartu saringan" role="search" aria-label="Saring pegawai" onSubmit={(e) => e.preventDefault()}>
          <div className="isian isian-lebar">
            <label htmlFor="cari-pegawai">Cari NIP atau nama</label>
            <input id="cari-pegawai" type="search" placeholder={boleh('pegawai:data_pribadi') ? 'Cari NIP, NIK atau nama' : 'Cari NIP atau nama'} autoComplete="off" value={ketik}
              onChange={(e) => setKetik(e.target.value)} />
          </div>
          <div className="isian">
            <label htmlFor="saring-unit">Unit kerja</label>
            <PilihUnit id="saring-unit" nilai={filter.unitId} ganti={(v) => ubah({ unitId: v })} />
          </div>
          <PilihSaring id="saring-golongan" label="Golongan" semua="Semua golongan" nilai={filter.golongan} ganti={(v) => ubah({ golongan: v })}
            pilihan={PILIHAN_GOLONGAN.map((g) => [g.nilai, g.label] as const)} />
          <PilihSaring id="saring-jenis-jabatan" label="Jenis jabatan" semua="Semua jenis jabatan" nilai={filter.jenisJabatan} ganti={(v) => ubah({ jenisJabatan: v })}
            pilihan={Object.entries(LABEL_JENIS_JABATAN)} />
          <PilihSaring id="saring-status" label="Status kepegawaian" semua="Semua status" nilai={filter.status} ganti={(v) => ubah({ status: v })}
            pilihan={['PNS', 'CPNS', 'PPPK'].map((x) => [x, x] as const)} />
          <PilihSaring id="saring-pendidikan" label="Pendidikan terakhir" semua="Semua pendidikan" nilai={filter.pendidikan} ganti={(v) => ubah({ pendidikan: v })}
            pilihan={PILIHAN_PENDIDIKAN.map((x) => [x.nilai, x.label] as const)} />
          <PilihSaring id="saring-jk" label="Jenis kelamin" semua="Semua" nilai={filter.jenisKelamin} ganti={(v) => ubah({ jenisKelamin: v })}
            pilihan={Object.entries(LABEL_JENIS_KELAMIN)} />
          <div className="isian">
            <label htmlFor="saring-kedudukan">Kedudukan</label>
            <select id="saring-kedudukan" value={filter.kedudukan} onChange={(e) => ubah({ kedudukan: e.target.value })}>
              <option value="">Aktif</option>
              <option value="semua">Semua kedudukan</option>
              {Object.entries(LABEL_KEDUDUKAN).filter(([k]) => k !== 'aktif').map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          {adaFilter && (
            <div className="isian isian-tombol">
              <button type="button" className="tombol teks" onClick={() => {
                setKetik('');
                ubah(Object.fromEntries(FILTER.map((k) => [k, ''])));
              }}>
                Hapus semua filter
              </button>
            </div>
          )}
        </Formulir>
      </search>

      <DaftarBerhalaman kueri={q} halaman={halaman} batas={BATAS} ganti={(h) => ubah({}, h)} kosong="Tidak ada pegawai yang cocok dengan pencarian ini."
        ringkasan={(total) => (
          <p className="ringkasan-hasil" aria-live="polite" data-testid="jumlah-pegawai">
            {formatAngka(total)} pegawai
          </p>
        )}
      >
        {(items) => (
          <Tabel data-testid="tabel-pegawai" sibuk={q.isFetching} baris={items} kunci={(p) => p.nip} kolom={[
            { judul: 'NIP', kelas: 'nip', isi: (p) => formatNip(p.nip) },
            { judul: 'Nama', isi: (p) => (
              <>
                <Link to={`/pegawai/${p.nip}`}>{p.namaLengkap}</Link>
                {p.kedudukan !== 'aktif' && <span className="lencana lencana-netral">{LABEL_KEDUDUKAN[p.kedudukan] ?? p.kedudukan}</span>}
              </>
            ) },
            { judul: 'Pangkat/golongan', isi: (p) => (p.golongan ? labelGolongan(p.golongan) : '–') },
            { judul: 'Jabatan', isi: (p) => p.jabatan ?? '–' },
            { judul: 'Unit kerja', atribut: () => ({ 'data-kolom': 'unit' }), isi: (p) => (
              <>
                {p.unit?.nama ?? 'Tanpa unit'}
                {p.perangkatDaerah && p.perangkatDaerah.id !== p.unit?.id && <small className="sub">{p.perangkatDaerah.nama}</small>}
              </>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
