import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatAngka, formatNip } from '@simasn/domain';
import { keteranganAudit, KELOMPOK_AKSI_AUDIT, KONTRAK_AUDIT, LABEL_AKSI_AUDIT, LABEL_ENTITAS_AUDIT, LABEL_PERAN_AUDIT, LABEL_URUTAN_AUDIT, labelAksiAudit, labelEntitasAudit,
  uraianPerubahan, URUTAN_AUDIT, type BarisAudit, type BarisPerubahan, type RujukanAudit } from '@simasn/platform/kontrak';
import { alamatTitik } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu, tampilNilai } from '../format.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { Formulir, IsianTanggal } from '../komponen/Formulir.tsx';

const FILTER = ['q', 'nip', 'aksi', 'nama', 'entitas', 'dari', 'sampai', 'urut'] as const;
const BATAS = 50;
const AKSI = Object.keys(LABEL_AKSI_AUDIT);

/** A value in the web's own words where it has one (golongan, kedudukan, dates...), else the shared default. */
function nilaiWeb(kunci: string, v: unknown): string | null {
  if (typeof v === 'object') return null;
  const t = tampilNilai(kunci, v);
  return t === String(v) ? null : t;
}

const kapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function BarisUbah({ r }: { r: BarisPerubahan }) {
  return (
    <li>
      <span className="kunci-perubahan">{kapital(r.isian)}</span>: {r.sebelum !== null && (
        <>
          <del>{r.sebelum}</del> →{' '}
        </>
      )}
      {r.sesudah === null ? <del>dihapus</del> : <ins>{r.sesudah}</ins>}
    </li>
  );
}

const teksBaris = (r: BarisPerubahan) => `${kapital(r.isian)}: ${r.sebelum !== null ? `${r.sebelum} → ` : ''}${r.sesudah ?? 'dihapus'}`;

/** Before/after as field rows in plain words: up to three on the row, more on demand. */
function Perubahan({ a, rujukan }: { a: BarisAudit, rujukan: RujukanAudit }) {
  const baris = uraianPerubahan(a.sebelum, a.sesudah, { rujukan, nilai: nilaiWeb });
  if (!baris.length) return <>–</>;
  if (baris.length <= 3) {
    return (
      <ul className="daftar-perubahan">
        {baris.map((r) => <BarisUbah key={r.isian} r={r} />)}
      </ul>
    );
  }
  const ringkas = baris.slice(0, 2).map(teksBaris).join('; ');
  return (
    <details className="perubahan">
      <summary>
        {ringkas.length > 120 ? `${ringkas.slice(0, 117)}…` : ringkas} (+{formatAngka(baris.length - 2)} isian)
      </summary>
      <ul className="daftar-perubahan">
        {baris.map((r) => <BarisUbah key={r.isian} r={r} />)}
      </ul>
    </details>
  );
}

export function JejakAudit() {
  const { filter, halaman, ubah, ketik, setKetik } = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const [isian, setIsian] = useState(filter);
  const urut = (URUTAN_AUDIT as readonly string[]).includes(filter.urut) ? filter.urut as (typeof URUTAN_AUDIT)[number] : 'terbaru';
  const q = useHalamanApi(KONTRAK_AUDIT.daftar, { query: { ...filter, urut, page: halaman, limit: BATAS } });

  function terapkan(e: FormEvent) {
    e.preventDefault();
    ubah(Object.fromEntries(FILTER.filter((k) => k !== 'q' && k !== 'urut').map((k) => [k, k === 'nip' ? isian[k].replace(/\s/g, '') : isian[k].trim()])));
  }

  function kosongkan() {
    const kosong = Object.fromEntries(FILTER.map((k) => [k, ''])) as Record<(typeof FILTER)[number], string>;
    setIsian(kosong);
    setKetik('');
    ubah(kosong);
  }

  const keHalaman = (h: number) => ubah({}, h);

  return (
    <section>
      <div className="judul-halaman">
        <h1>Jejak Audit</h1>
        <div className="tombol-baris">
          <Link className="tombol sekunder" to="/audit/keutuhan">
            Periksa keutuhan
          </Link>
          <a className="tombol sekunder" href={alamatTitik(KONTRAK_AUDIT.ekspor, { query: { ...filter, urut: filter.urut ? urut : undefined } })} download>
            Ekspor XLSX
          </a>
        </div>
      </div>
      <Formulir className="kartu saringan" role="search" onSubmit={terapkan} aria-label="Saring jejak audit">
        <div className="isian">
          <label htmlFor="audit-q">Cari</label>
          <input id="audit-q" type="search" value={ketik} placeholder="pengguna, aksi, pegawai, keterangan" onChange={(e) => setKetik(e.target.value)} />
        </div>
        <div className="isian">
          <label htmlFor="audit-nama">Pengguna</label>
          <input id="audit-nama" value={isian.nama} onChange={(e) => setIsian({ ...isian, nama: e.target.value })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-aksi">Aksi</label>
          <select id="audit-aksi" value={isian.aksi} onChange={(e) => setIsian({ ...isian, aksi: e.target.value })}>
            <option value="">Semua aksi</option>
            {KELOMPOK_AKSI_AUDIT.map((k) => (
              <optgroup key={k.awalan} label={k.label}>
                <option value={k.awalan}>Semua: {k.label.toLowerCase()}</option>
                {AKSI.filter((a) => a.startsWith(k.awalan)).map((a) => (
                  <option key={a} value={a}>
                    {labelAksiAudit(a)}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label="Lainnya">
              {AKSI.filter((a) => !KELOMPOK_AKSI_AUDIT.some((k) => a.startsWith(k.awalan))).map((a) => (
                <option key={a} value={a}>
                  {labelAksiAudit(a)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="isian">
          <label htmlFor="audit-entitas">Sasaran</label>
          <select id="audit-entitas" value={isian.entitas} onChange={(e) => setIsian({ ...isian, entitas: e.target.value })}>
            <option value="">Semua sasaran</option>
            {Object.entries(LABEL_ENTITAS_AUDIT).sort((x, y) => x[1].localeCompare(y[1], 'id')).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className="isian">
          <label htmlFor="audit-nip">NIP pegawai</label>
          <input id="audit-nip" inputMode="numeric" value={isian.nip} onChange={(e) => setIsian({ ...isian, nip: e.target.value })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-dari">Dari tanggal</label>
          <IsianTanggal id="audit-dari" nilai={isian.dari} ganti={(v) => setIsian({ ...isian, dari: v })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-sampai">Sampai tanggal</label>
          <IsianTanggal id="audit-sampai" nilai={isian.sampai} ganti={(v) => setIsian({ ...isian, sampai: v })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-urut">Urutkan</label>
          <select id="audit-urut" value={urut} onChange={(e) => ubah({ urut: e.target.value === 'terbaru' ? '' : e.target.value })}>
            {URUTAN_AUDIT.map((u) => (
              <option key={u} value={u}>
                {LABEL_URUTAN_AUDIT[u]}
              </option>
            ))}
          </select>
        </div>
        <div className="isian isian-tombol">
          <button type="submit" className="tombol utama">
            Terapkan
          </button>
          <button type="button" className="tombol sekunder" onClick={kosongkan}>
            Kosongkan
          </button>
        </div>
      </Formulir>
      <DaftarBerhalaman kueri={q} halaman={halaman} batas={BATAS} ganti={keHalaman} kosong="Tidak ada catatan yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} catatan</p>}
      >
        {(items) => (
          <Tabel kelas="tabel-audit" baris={items} kunci={(a) => a.id} kolom={[
            { judul: 'Waktu', kelas: 'nowrap', isi: (a) => formatWaktu(String(a.waktu)) },
            { judul: 'Pengguna', isi: (a) => (
              <>
                {a.namaPengguna ?? 'Sistem'}
                {a.peran && a.peran.length > 0 && <small className="sub">{a.peran.map((p) => LABEL_PERAN_AUDIT[p] ?? p).join(', ')}</small>}
              </>
            ) },
            { judul: 'Aksi', isi: (a) => (
              <>
                {labelAksiAudit(a.aksi)}
                {a.keterangan && <small className="sub">{keteranganAudit(a.keterangan)}</small>}
              </>
            ) },
            { judul: 'Sasaran', isi: (a) => labelEntitasAudit(a.entitas) },
            { judul: 'Pegawai', isi: (a) =>
              a.nip ?
                (
                  <>
                    <Link to={`/pegawai/${a.nip}`}>{a.namaPegawai ?? formatNip(a.nip)}</Link>
                    <small className="sub nip">{formatNip(a.nip)}</small>
                  </>
                ) :
                ('–') },
            { judul: 'Perubahan', isi: (a) => <Perubahan a={a} rujukan={q.data?.rujukan ?? { unit: {}, pegawai: {} }} /> },
            { judul: 'Alamat IP', isi: (a) => a.alamatIp ?? '–' },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
