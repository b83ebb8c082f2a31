import type { ReactNode } from 'react';

/**
 * One figure in a row of figures (div.kartu-angka): its label, the figure, and a line beneath
 * when `sub` is given (false or null: none). `kecil` for a figure that is words.
 */
export function KartuAngka({ label, nilai, sub, kecil, idNilai, idSub }: {
  label: ReactNode;
  nilai: ReactNode;
  sub?: ReactNode;
  kecil?: boolean;
  /** data-testid of the figure */
  idNilai?: string;
  /** data-testid of the line beneath */
  idSub?: string;
}) {
  return (
    <div className="kartu">
      <span className="label-angka">{label}</span>
      <strong className={kecil ? 'nilai-angka nilai-kecil' : 'nilai-angka'} data-testid={idNilai}>{nilai}</strong>
      {sub !== undefined && sub !== null && sub !== false && <span className="sub-angka" data-testid={idSub}>{sub}</span>}
    </div>
  );
}
