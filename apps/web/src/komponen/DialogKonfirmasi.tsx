import { useEffect, useRef, type ReactNode } from 'react';
import { PesanGalat } from './Status.tsx';

/**
 * A modal "are you sure" for an action with consequences: what will happen, in plain words, a
 * cancel (Escape too) and the action's own verb on the button. The browser's <dialog> keeps focus
 * inside and returns it to where it was.
 */
export function DialogKonfirmasi({ judul, children, tombol, bahaya, mengirim, galat, ya, batal }: {
  judul: string;
  children: ReactNode;
  /** the action's verb ("Nonaktifkan akun") */
  tombol: string;
  bahaya?: boolean;
  mengirim?: boolean;
  galat?: unknown;
  ya: () => void;
  batal: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog-konfirmasi" aria-labelledby="dialog-konfirmasi-judul" onCancel={(e) => {
      e.preventDefault();
      batal();
    }}>
      <h2 id="dialog-konfirmasi-judul">{judul}</h2>
      <div className="isi-dialog">{children}</div>
      <PesanGalat galat={galat} />
      <div className="tombol-dialog">
        <button type="button" className="tombol" onClick={batal}>
          Batal
        </button>
        <button type="button" className={`tombol ${bahaya ? 'bahaya' : 'utama'}`} onClick={ya} disabled={mengirim}>
          {mengirim ? 'Memproses…' : tombol}
        </button>
      </div>
    </dialog>
  );
}
