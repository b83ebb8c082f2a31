import { formatAngka } from '@simasn/domain';

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
