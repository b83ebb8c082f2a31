import type { ReactNode } from 'react';
import { masalahIsian } from './Formulir.tsx';

/** A labelled select (div.isian, or one line with `sebaris`): the choices as [value, label] pairs, `kosong` an empty first choice. */
export function Pilih({ id, label, nilai, ganti, pilihan, kosong, sebaris, galat, nama }: {
  id: string;
  label: string;
  nilai: string;
  ganti: (nilai: string) => void;
  pilihan: readonly (readonly [nilai: string, label: ReactNode])[];
  /** the text of an empty first choice ("(tidak diisi)"); none when left out */
  kosong?: string;
  sebaris?: boolean;
  /** In a form: its error, and the isian this select is (its problems are shown beside it). */
  galat?: unknown;
  nama?: string | readonly string[];
}) {
  const salah = nama ? masalahIsian(galat, nama) : [];
  return (
    <div className={sebaris ? 'isian isian-sebaris' : 'isian'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={nilai} onChange={(e) => ganti(e.target.value)} aria-invalid={salah.length ? true : undefined}
        aria-describedby={salah.length ? `${id}-salah` : undefined}
      >
        {kosong !== undefined && <option value="">{kosong}</option>}
        {pilihan.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
      {salah.length > 0 && <small className="salah" id={`${id}-salah`}>{salah.join(' ')}</small>}
    </div>
  );
}

/** A list filter: a labelled select whose empty choice means "all". */
export function PilihSaring({ semua, ...p }: Omit<Parameters<typeof Pilih>[0], 'kosong' | 'sebaris'> & {
  /** the text of the empty choice ("Semua golongan") */
  semua: string;
}) {
  return <Pilih {...p} kosong={semua} />;
}
