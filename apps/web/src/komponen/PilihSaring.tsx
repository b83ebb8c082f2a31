import type { ReactNode } from 'react';

/** A labelled select (div.isian, or one line with `sebaris`): the choices as [value, label] pairs, `kosong` an empty first choice. */
export function Pilih({ id, label, nilai, ganti, pilihan, kosong, sebaris }: {
  id: string;
  label: string;
  nilai: string;
  ganti: (nilai: string) => void;
  pilihan: readonly (readonly [nilai: string, label: ReactNode])[];
  /** the text of an empty first choice ("(tidak diisi)"); none when left out */
  kosong?: string;
  sebaris?: boolean;
}) {
  return (
    <div className={sebaris ? 'isian isian-sebaris' : 'isian'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={nilai} onChange={(e) => ganti(e.target.value)}>
        {kosong !== undefined && <option value="">{kosong}</option>}
        {pilihan.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
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
