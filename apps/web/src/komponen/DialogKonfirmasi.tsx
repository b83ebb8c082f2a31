import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The second look before an action that issues documents or changes many records: a modal
 * dialog that says how many and what follows ("Terbitkan 273 surat KGB bernomor? Nomor surat
 * tidak dapat ditarik kembali."). The safe choice (Batal) has the focus; Escape cancels. Every
 * bulk or irreversible action copies this, never a bare onClick.
 */
export function DialogKonfirmasi({ buka, judul, akibat, labelSetuju, sibuk = false, onSetuju, onBatal, children }: {
  buka: boolean;
  /** The question with the count: "Terbitkan 273 surat KGB bernomor?" */
  judul: string;
  /** What cannot be undone, or what follows. */
  akibat: ReactNode;
  labelSetuju: string;
  sibuk?: boolean;
  onSetuju: () => void;
  onBatal: () => void;
  /** Further content (the list of names when short). */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const batal = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (buka && !d.open) {
      d.showModal();
      // The safe choice first: Enter on an opened dialog must not issue anything.
      batal.current?.focus();
    }
    if (!buka && d.open) d.close();
  }, [buka]);
  return (
    <dialog ref={ref} className="dialog-konfirmasi" aria-labelledby={`${id}-judul`} aria-describedby={`${id}-akibat`} onCancel={(e) => {
      e.preventDefault();
      if (!sibuk) onBatal();
    }}>
      {buka && (
        <form method="dialog" onSubmit={(e) => {
          e.preventDefault();
          onSetuju();
        }}>
          <h2 id={`${id}-judul`}>{judul}</h2>
          <p id={`${id}-akibat`} className="akibat">{akibat}</p>
          {children}
          <div className="baris-tombol">
            <button type="button" className="tombol sekunder" ref={batal} disabled={sibuk} onClick={onBatal}>Batal</button>
            <button type="submit" className="tombol utama" disabled={sibuk}>{sibuk ? 'Memproses…' : labelSetuju}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
