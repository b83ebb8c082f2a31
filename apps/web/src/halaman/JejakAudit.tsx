import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatAngka, formatNip } from '@simasn/domain';
import { KONTRAK_AUDIT } from '@simasn/platform/kontrak';
import { alamatTitik } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu, LABEL_PERAN } from '../format.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { Formulir, IsianTanggal } from '../komponen/Formulir.tsx';

const FILTER = ['nip', 'aksi', 'nama', 'dari', 'sampai'] as const;
const BATAS = 50;

const AKSI_UMUM = [
  ['auth.', 'Masuk/keluar'],
  ['pegawai.', 'Data pegawai'],
  ['riwayat_', 'Riwayat'],
  ['usulan.', 'Usulan perubahan'],
  ['berkas.', 'Dokumen'],
  ['impor.', 'Impor'],
  ['akun.', 'Akun'],
] as const;

/** What actions record before/after: an object of fields (any JSON value on the wire). */
type Objek = Record<string, unknown> | null;

function ringkas(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function teksPerubahan(k: string, sebelum: Record<string, unknown> | null, sesudah: Record<string, unknown> | null): string {
  const lama = sebelum && k in sebelum ? `${ringkas(sebelum[k])} → ` : '';
  return `${k}: ${lama}${sesudah && k in sesudah ? ringkas(sesudah[k]) : '∅'}`;
}

/** Before/after compactly: the first changes on one line, every field on demand. */
function Perubahan({ sebelum, sesudah }: { sebelum: Record<string, unknown> | null, sesudah: Record<string, unknown> | null }) {
  const kunci = [...new Set([...Object.keys(sebelum ?? {}), ...Object.keys(sesudah ?? {})])];
  if (!kunci.length) return <>–</>;
  const ringkasan = kunci.slice(0, 2).map((k) => teksPerubahan(k, sebelum, sesudah)).join('; ');
  if (kunci.length <= 2 && ringkasan.length <= 90) return <span className="perubahan-ringkas">{ringkasan}</span>;
  return (
    <details className="perubahan">
      <summary>
        {ringkasan.length > 90 ? `${ringkasan.slice(0, 87)}…` : ringkasan}
        {kunci.length > 2 && ` (+${formatAngka(kunci.length - 2)} isian)`}
      </summary>
      <ul className="daftar-perubahan">
        {kunci.map((k) => (
          <li key={k}>
            <span className="kunci-perubahan">{k}</span>: {sebelum && k in sebelum && (
              <>
                <del>{ringkas(sebelum[k])}</del> →
              </>
            )}
            <ins>{sesudah && k in sesudah ? ringkas(sesudah[k]) : '∅'}</ins>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function JejakAudit() {
  const { filter, halaman, ubah } = useDaftarBerhalaman(FILTER, BATAS);
  const [isian, setIsian] = useState(filter);
  const q = useHalamanApi(KONTRAK_AUDIT.daftar, { query: { ...filter, page: halaman, limit: BATAS } });

  function terapkan(e: FormEvent) {
    e.preventDefault();
    ubah(Object.fromEntries(FILTER.map((k) => [k, k === 'nip' ? isian[k].replace(/\s/g, '') : isian[k].trim()])));
  }

  const keHalaman = (h: number) => ubah({}, h);

  return (
    <section>
      <div className="judul-halaman">
        <h1>Jejak Audit</h1>
        <a className="tombol sekunder" href={alamatTitik(KONTRAK_AUDIT.ekspor, { query: filter })} download>
          Ekspor XLSX
        </a>
      </div>
      <Formulir className="kartu saringan" onSubmit={terapkan}>
        <div className="isian">
          <label htmlFor="audit-nip">NIP pegawai</label>
          <input id="audit-nip" inputMode="numeric" value={isian.nip} onChange={(e) => setIsian({ ...isian, nip: e.target.value })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-aksi">Aksi</label>
          <input id="audit-aksi" list="daftar-aksi" placeholder="mis. pegawai. atau usulan.setujui" value={isian.aksi}
            onChange={(e) => setIsian({ ...isian, aksi: e.target.value })} />
          <datalist id="daftar-aksi">
            {AKSI_UMUM.map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </datalist>
        </div>
        <div className="isian">
          <label htmlFor="audit-nama">Nama pengguna</label>
          <input id="audit-nama" value={isian.nama} onChange={(e) => setIsian({ ...isian, nama: e.target.value })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-dari">Dari tanggal</label>
          <IsianTanggal id="audit-dari" nilai={isian.dari} ganti={(v) => setIsian({ ...isian, dari: v })} />
        </div>
        <div className="isian">
          <label htmlFor="audit-sampai">Sampai tanggal</label>
          <IsianTanggal id="audit-sampai" nilai={isian.sampai} ganti={(v) => setIsian({ ...isian, sampai: v })} />
        </div>
        <div className="isian isian-tombol">
          <button type="submit" className="tombol utama">
            Terapkan
          </button>
        </div>
      </Formulir>
      <DaftarBerhalaman kueri={q} halaman={halaman} batas={BATAS} ganti={keHalaman} kosong="Tidak ada catatan yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} catatan</p>}
      >
        {(items) => (
          <Tabel kartu={false} kelas="tabel-audit" baris={items} kunci={(a) => a.id} kolom={[
            { judul: 'Waktu', kelas: 'nowrap', isi: (a) => formatWaktu(a.waktu) },
            { judul: 'Pengguna', isi: (a) => (
              <>
                {a.namaPengguna ?? '–'}
                {a.peran && a.peran.length > 0 && <small className="sub">{a.peran.map((p) => LABEL_PERAN[p] ?? p).join(', ')}</small>}
              </>
            ) },
            { judul: 'Aksi', isi: (a) => (
              <>
                <code>{a.aksi.replace(/([._])/g, '$1\u200b')}</code>
                {a.keterangan && <small className="sub">{a.keterangan}</small>}
              </>
            ) },
            { judul: 'Entitas', isi: (a) => (
              <>
                {a.entitas}
                {a.entitasId && <small className="sub">#{a.entitasId}</small>}
              </>
            ) },
            { judul: 'Pegawai', isi: (a) =>
              a.nip ?
                (
                  <>
                    <Link to={`/pegawai/${a.nip}`}>{a.namaPegawai ?? a.nip}</Link>
                    <small className="sub nip">{formatNip(a.nip)}</small>
                  </>
                ) :
                ('–') },
            { judul: 'Sebelum → sesudah', isi: (a) => <Perubahan sebelum={a.sebelum as Objek} sesudah={a.sesudah as Objek} /> },
            { judul: 'Alamat IP', isi: (a) => a.alamatIp ?? '–' },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}
