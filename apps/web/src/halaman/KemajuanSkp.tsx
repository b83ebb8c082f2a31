import { Link, useSearchParams } from 'react-router';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_KINERJA } from '@simasn/kinerja/kontrak';
import { useKueriApi } from '../kait.ts';
import { tahunIniSetempat } from '../format.ts';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

const pilihanTahun = () => [tahunIniSetempat() + 1, tahunIniSetempat(), tahunIniSetempat() - 1].map((t) => [String(t), t] as const);

/** Admin OPD and BKD: how far each unit is with its SKP (none, draft, waiting, agreed, with realisasi), and its cascade tree. */
export function KemajuanSkp() {
  const [cari, setCari] = useSearchParams();
  const tahun = Number(cari.get('tahun') ?? tahunIniSetempat());
  const unitId = cari.get('unitId') ? Number(cari.get('unitId')) : undefined;
  const q = useKueriApi(KONTRAK_KINERJA.progres, { query: { tahun, ...(unitId ? { unitId } : {}) } });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kemajuan SKP</h1>
        <Pilih sebaris id="kemajuan-tahun" label="Tahun" nilai={String(tahun)} ganti={(t) => setCari({ tahun: t }, { replace: true })} pilihan={pilihanTahun()} />
      </div>
      {unitId && (
        <p>
          <Link to={`/kinerja/kemajuan?tahun=${tahun}`}>Kembali ke semua perangkat daerah</Link>
        </p>
      )}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && q.data.items.length === 0 && <Kosong>Tidak ada pegawai dalam lingkup Anda.</Kosong>}
      {q.data && q.data.items.length > 0 && (
        <Tabel keterangan="Kemajuan SKP per unit" baris={q.data.items} kunci={(x) => x.unitId} kolom={[
          { judul: 'Unit', kepalaBaris: true, isi: (x) => (unitId ? x.unit : <Link to={`/kinerja/kemajuan?tahun=${tahun}&unitId=${x.unitId}`}>{x.unit}</Link>) },
          { judul: 'Pegawai', isi: (x) => formatAngka(x.pegawai) },
          { judul: 'Belum menyusun', isi: (x) => formatAngka(x.belum) },
          { judul: 'Draf', isi: (x) => formatAngka(x.draf) },
          { judul: 'Menunggu penilai', isi: (x) => formatAngka(x.diajukan) },
          { judul: 'Disepakati', isi: (x) => `${formatAngka(x.disetujui)} (${x.persenDisepakati})` },
          { judul: 'Ada realisasi', isi: (x) => formatAngka(x.adaRealisasi) },
        ]} aksi={(x) => (unitId ? null : <Link to={`/kinerja/pohon?tahun=${tahun}&unitId=${x.unitId}`} className="tombol sekunder kecil">Pohon kinerja</Link>)} />
      )}
    </section>
  );
}

type Simpul = NonNullable<ReturnType<typeof useKueriApi<typeof KONTRAK_KINERJA.pohon>>['data']>['simpul'][number];

/** The cascade tree of a perangkat daerah: the head's PK down to every staff, RHK nobody carries marked, staff without SKP listed. */
export function PohonKinerja() {
  const [cari, setCari] = useSearchParams();
  const tahun = Number(cari.get('tahun') ?? tahunIniSetempat());
  const unitId = cari.get('unitId') ? Number(cari.get('unitId')) : undefined;
  const q = useKueriApi(KONTRAK_KINERJA.pohon, { query: { tahun, ...(unitId ? { unitId } : {}) } });
  const simpul = q.data?.simpul ?? [];
  const anak = (id: string | null) => simpul.filter((s) => s.indukId === id);
  const cabang = (s: Simpul) => (
    <li key={s.id}>
      <div className={`simpul-kinerja${s.tanpaPemikul ? ' tanpa-pemikul' : ''}`} data-testid={s.id}>
        <span className="label-kecil">{s.jenis === 'pk' ? 'Indikator Perjanjian Kinerja' : 'RHK'}</span> {s.uraian}
        {s.target && <strong>· {s.target}</strong>}
        <small className="sub">{s.pemegang} · {s.jabatan}{s.statusSkp ? ` · ${s.statusSkp}` : ''}</small>
        {s.tanpaPemikul && <span className="lencana lencana-awas">Belum dipikul bawahan</span>}
      </div>
      {anak(s.id).length > 0 && <ul>{anak(s.id).map(cabang)}</ul>}
    </li>
  );
  return (
    <section>
      <div className="judul-halaman">
        <h1>Pohon Kinerja{q.data?.unit ? ` ${q.data.unit.nama}` : ''}</h1>
        <Pilih sebaris id="pohon-tahun" label="Tahun" nilai={String(tahun)} ganti={(t) => setCari({ tahun: t, ...(unitId ? { unitId: String(unitId) } : {}) }, { replace: true })}
          pilihan={pilihanTahun()} />
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <p className="meta">
          {formatAngka(q.data.jumlah.punyaSkp)} dari {formatAngka(q.data.jumlah.pegawai)} pegawai sudah menyusun SKP · {formatAngka(q.data.jumlah.rhkTanpaPemikul)} RHK{' '}
          belum dipikul siapa pun
        </p>
      )}
      {q.data && simpul.length === 0 && <Kosong>Belum ada Perjanjian Kinerja atau SKP tahun {tahun} yang dapat Anda lihat.</Kosong>}
      {simpul.length > 0 && <ul className="pohon-kinerja kartu">{anak(null).map(cabang)}</ul>}
      {q.data && q.data.tanpaSkp.length > 0 && (
        <>
          <h2>Pegawai tanpa SKP</h2>
          <Tabel keterangan="Pegawai tanpa SKP" baris={q.data.tanpaSkp} kunci={(x) => x.pegawaiId} kolom={[
            { judul: 'Pegawai', kepalaBaris: true, isi: (x) => <SelPegawai nama={x.nama} nip={x.nip} /> },
            { judul: 'Jabatan', isi: (x) => x.jabatan },
            { judul: 'Atasan langsung', isi: (x) => x.atasan ?? 'Kepala daerah' },
          ]} />
        </>
      )}
    </section>
  );
}
