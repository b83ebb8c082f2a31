import type { ReactNode } from 'react';
import { formatAngka } from '@simasn/domain';
import { Kosong, Memuat, PesanGalat } from './Status.tsx';

/** Sebelumnya / Berikutnya with "Halaman x dari y". */
export function Paginasi({ halaman, total, batas, ganti }: { halaman: number, total: number, batas: number, ganti: (h: number) => void }) {
  const jumlahHalaman = Math.max(1, Math.ceil(total / batas));
  if (total <= batas && halaman === 1) return null;
  return (
    <nav className="paginasi" aria-label="Halaman">
      <button type="button" className="tombol sekunder" disabled={halaman <= 1} onClick={() => ganti(halaman - 1)}>
        ‹ Sebelumnya
      </button>
      <span aria-live="polite">
        Halaman {formatAngka(halaman)} dari {formatAngka(jumlahHalaman)}
      </span>
      <button type="button" className="tombol sekunder" disabled={halaman >= jumlahHalaman} onClick={() => ganti(halaman + 1)}>
        Berikutnya ›
      </button>
    </nav>
  );
}

/**
 * One page of a paged list as the API answers it ({ total, items }): its error, "loading", then
 * the count line, the rows (or the message for none) and the pager.
 */
export function DaftarBerhalaman<T>({ kueri, ringkasan, kosong, halaman, batas, ganti, children }: {
  kueri: { error: unknown, isPending: boolean, data?: { total: number, items: T[] } };
  /** The count line (p.ringkasan-hasil) for the total. */
  ringkasan: (total: number) => ReactNode;
  /** The message when the page has no rows. */
  kosong: ReactNode;
  halaman: number;
  batas: number;
  ganti: (halaman: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  return (
    <>
      <PesanGalat galat={kueri.error} />
      {kueri.isPending && <Memuat />}
      {kueri.data && (
        <>
          {ringkasan(kueri.data.total)}
          {kueri.data.items.length === 0 ? <Kosong>{kosong}</Kosong> : children(kueri.data.items)}
          <Paginasi halaman={halaman} total={kueri.data.total} batas={batas} ganti={ganti} />
        </>
      )}
    </>
  );
}
