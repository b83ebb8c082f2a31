import type { ReactNode } from 'react';
import type { DaftarBerhalaman } from '../kait.ts';
import { Formulir } from './Formulir.tsx';
import { Pilih } from './PilihSaring.tsx';

/** What a sort key orders by: its direction is named in those terms. */
export type JenisUrut = 'teks' | 'tanggal' | 'angka';
/** A sort key, its label, and what it orders (text when left out). */
export type PilihanUrut = readonly [kunci: string, label: string, jenis?: JenisUrut];

const LABEL_ARAH: Record<JenisUrut, { naik: string, turun: string }> = { teks: { naik: 'A-Z', turun: 'Z-A' }, tanggal: { naik: 'Terlama dulu', turun: 'Terbaru dulu' },
  angka: { naik: 'Terkecil dulu', turun: 'Terbesar dulu' } };

/** The direction choices of a sort key, said in what it sorts: "Terbaru dulu" for a date, "A-Z" for a name, "Terbesar dulu" for a number. */
export function pilihanArah(u: PilihanUrut | undefined): [['naik', string], ['turun', string]] {
  const l = LABEL_ARAH[u?.[2] ?? 'teks'];
  return [['naik', l.naik], ['turun', l.turun]];
}

/**
 * The search-and-sort bar of a long list (server-side: the URL holds `q`, `urut`, `arah` and the
 * list's own filters, see useDaftarBerhalaman with PARAM_DAFTAR): a search box, the list's own
 * filters as children, the sort with its direction, and the export of exactly what is shown.
 */
export function SaringDaftar<F extends 'q' | 'urut' | 'arah'>({ id, daftar, labelCari, urut, ekspor, arahBawaan = 'naik', children }: {
  id: string;
  daftar: DaftarBerhalaman<F>;
  labelCari: string;
  /** Sort keys, their labels and what they order (a date, a number, else text); the first is the default. */
  urut: readonly PilihanUrut[];
  /** The export link with the same query (null: none for this role). */
  ekspor?: string | null;
  /** The direction the server sorts by when none is asked for (newest first: turun). */
  arahBawaan?: 'naik' | 'turun';
  children?: ReactNode;
}) {
  const f = daftar.filter as Record<'q' | 'urut' | 'arah', string>;
  const ubah = daftar.ubah as (p: Partial<Record<'q' | 'urut' | 'arah', string>>) => void;
  const kunciUrut = f.urut || urut[0]![0];
  return (
    <search>
      <Formulir className="kartu saringan saringan-daftar" onSubmit={(e) => e.preventDefault()}>
        <div className="isian isian-lebar">
          <label htmlFor={`${id}-cari`}>{labelCari}</label>
          <input id={`${id}-cari`} type="search" autoComplete="off" value={daftar.ketik} onChange={(e) => daftar.setKetik(e.target.value)} />
        </div>
        {children}
        <Pilih id={`${id}-urut`} label="Urutkan menurut" nilai={kunciUrut} ganti={(v) => ubah({ urut: v === urut[0]![0] ? '' : v })}
          pilihan={urut.map((u) => [u[0], u[1]] as const)} />
        <Pilih id={`${id}-arah`} label="Urutan" nilai={f.arah || arahBawaan} ganti={(v) => ubah({ arah: v === arahBawaan ? '' : v })}
          pilihan={pilihanArah(urut.find((u) => u[0] === kunciUrut))} />
        {ekspor && (
          <div className="isian isian-tombol">
            <a className="tombol sekunder" href={ekspor} download>Ekspor XLSX</a>
          </div>
        )}
      </Formulir>
    </search>
  );
}
