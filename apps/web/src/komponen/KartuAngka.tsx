import type { ReactNode } from 'react';

/**
 * One figure in a row of figures (div.kartu-angka): its label, the figure, and a line beneath
 * when `sub` is given (false or null: none). `kecil` for a figure that is words. A long figure
 * (rupiah: "Rp 61.439.913,00") is set in a size that follows the card's width, so its digits stay
 * on one line instead of breaking inside the number.
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
  const kelas = ['nilai-angka', kecil ? 'nilai-kecil' : typeof nilai === 'string' && nilai.length > 10 ? 'nilai-panjang' : ''].filter(Boolean).join(' ');
  return (
    <div className="kartu">
      <span className="label-angka">{label}</span>
      <strong className={kelas} data-testid={idNilai}>{nilai}</strong>
      {sub !== undefined && sub !== null && sub !== false && <span className="sub-angka" data-testid={idSub}>{sub}</span>}
    </div>
  );
}
