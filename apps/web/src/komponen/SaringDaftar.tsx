import type { ReactNode } from 'react';
import type { DaftarBerhalaman } from '../kait.ts';
import { Formulir } from './Formulir.tsx';
import { Pilih } from './PilihSaring.tsx';

/**
 * The search-and-sort bar of a long list (server-side: the URL holds `q`, `urut`, `arah` and the
 * list's own filters, see useDaftarBerhalaman with PARAM_DAFTAR): a search box, the list's own
 * filters as children, the sort with its direction, and the export of exactly what is shown.
 */
export function SaringDaftar<F extends 'q' | 'urut' | 'arah'>({ id, daftar, labelCari, urut, ekspor, arahBawaan = 'naik', children }: {
  id: string;
  daftar: DaftarBerhalaman<F>;
  labelCari: string;
  /** Sort keys and their labels; the first is the default. */
  urut: readonly (readonly [string, string])[];
  /** The export link with the same query (null: none for this role). */
  ekspor?: string | null;
  /** The direction the server sorts by when none is asked for (newest first: turun). */
  arahBawaan?: 'naik' | 'turun';
  children?: ReactNode;
}) {
  const f = daftar.filter as Record<'q' | 'urut' | 'arah', string>;
  const ubah = daftar.ubah as (p: Partial<Record<'q' | 'urut' | 'arah', string>>) => void;
  return (
    <search>
      <Formulir className="kartu saringan saringan-daftar" onSubmit={(e) => e.preventDefault()}>
        <div className="isian isian-lebar">
          <label htmlFor={`${id}-cari`}>{labelCari}</label>
          <input id={`${id}-cari`} type="search" autoComplete="off" value={daftar.ketik} onChange={(e) => daftar.setKetik(e.target.value)} />
        </div>
        {children}
        <Pilih id={`${id}-urut`} label="Urutkan menurut" nilai={f.urut || urut[0]![0]} ganti={(v) => ubah({ urut: v === urut[0]![0] ? '' : v })} pilihan={urut} />
        <Pilih id={`${id}-arah`} label="Arah" nilai={f.arah || arahBawaan} ganti={(v) => ubah({ arah: v === arahBawaan ? '' : v })}
          pilihan={[['naik', 'A-Z / terlama dulu'], ['turun', 'Z-A / terbaru dulu']]} />
        {ekspor && (
          <div className="isian isian-tombol">
            <a className="tombol sekunder" href={ekspor} download>Ekspor XLSX</a>
          </div>
        )}
      </Formulir>
    </search>
  );
}
