import type { ReactNode } from 'react';
import { GalatApi } from '../api.ts';
import { pesanMasalah } from '../format.ts';

export function Memuat({ teks = 'Memuat…' }: { teks?: string }) {
  return (
    <p className="memuat" role="status" aria-live="polite">
      <span className="putar" aria-hidden="true" />
      {teks}
    </p>
  );
}

/** The API's Indonesian message, and the fields it names. */
export function PesanGalat({ galat, judul }: { galat: unknown, judul?: string }) {
  if (!galat) return null;
  const pesan = galat instanceof Error ? galat.message : String(galat);
  const masalah = galat instanceof GalatApi ? galat.masalah : [];
  return (
    <div className="pesan pesan-galat" role="alert">
      {judul && <strong>{judul}</strong>}
      <span>{pesan}</span>
      {masalah.length > 0 && (
        <ul>
          {masalah.map((m) => {
            const p = pesanMasalah(m.kolom, m.pesan);
            return (
              <li key={`${m.kolom}:${m.pesan}`}>
                <span className="kolom-masalah">{p.kolom}</span>: {p.pesan}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function PesanBerhasil({ children }: { children: ReactNode }) {
  return (
    <div className="pesan pesan-berhasil" role="status">
      {children}
    </div>
  );
}

export function Kosong({ children }: { children: ReactNode }) {
  return <p className="kosong">{children}</p>;
}
