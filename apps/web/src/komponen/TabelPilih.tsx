import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { formatAngka } from '@simasn/domain';
import { Tabel, type Kolom } from './Tabel.tsx';

/** The selection of a bulk action: row keys (NIP…). */
export function usePilihan() {
  const [pilih, setPilih] = useState<ReadonlySet<string>>(new Set());
  return { pilih, jumlah: pilih.size, ubah: (k: string, ya: boolean) =>
    setPilih((s) => {
      const n = new Set(s);
      if (ya) n.add(k);
      else n.delete(k);
      return n;
    }), ganti: (keys: Iterable<string>) => setPilih(new Set(keys)), kosongkan: () => setPilih(new Set()) };
}
export type Pilihan = ReturnType<typeof usePilihan>;

/**
 * A table whose rows can be chosen for a bulk action. A row that cannot take the action cannot be
 * chosen: its checkbox is disabled and the reason is written beside it ("sedang dalam usulan"),
 * not hidden. The server's refusals (see masalahPerBaris) appear on the row that caused them,
 * which is marked and scrolled into view. The heading checkbox chooses every row shown that can
 * take the action. New bulk pages copy this with DialogKonfirmasi.
 */
export function TabelPilih<T>({ pilihan, kunci, alasanTidakDapat, namaBaris, masalah, kolom, atributBaris, ...tabel }: Omit<ComponentProps<typeof Tabel<T>>, 'kunci'> & {
  pilihan: Pilihan | null;
  kunci: (baris: T) => string;
  /** Why a row cannot take the action (null: it can). */
  alasanTidakDapat: (baris: T) => string | null;
  /** How a row is named to screen readers ("Pilih Andi Wijaya"). */
  namaBaris: (baris: T) => string;
  /** The server's refusals per row key. */
  masalah?: ReadonlyMap<string, readonly string[]>;
}) {
  const dapat = tabel.baris.filter((b) => !alasanTidakDapat(b)).map(kunci);
  const semua = !!pilihan && dapat.length > 0 && dapat.every((k) => pilihan.pilih.has(k));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (masalah?.size) ref.current?.querySelector('.baris-masalah')?.scrollIntoView({ block: 'center' });
  }, [masalah]);
  const adaMasalah = !!masalah?.size;
  return (
    <div ref={ref}>
      <Tabel<T> {...tabel} kunci={kunci} atributBaris={(b) => {
        const a = atributBaris?.(b) ?? {};
        const k = kunci(b);
        const kelas = [a.className, pilihan?.pilih.has(k) && 'baris-terpilih', masalah?.has(k) && 'baris-masalah'].filter(Boolean).join(' ');
        return { ...a, className: kelas || undefined };
      }} kolom={[
        pilihan && ({ kunci: 'pilih', label: 'Pilih', kelas: 'sel-pilih', judul: (
          <label className="pilih-semua-kolom">
            <input type="checkbox" checked={semua} disabled={!dapat.length} onChange={(e) => {
              const lain = [...pilihan.pilih].filter((k) => !tabel.baris.some((b) => kunci(b) === k));
              pilihan.ganti(e.target.checked ? [...lain, ...dapat] : lain);
            }} />
            <span className="sr">Pilih semua yang dapat dipilih di halaman ini ({formatAngka(dapat.length)})</span>
          </label>
        ), isi: (b) => {
          const k = kunci(b);
          const alasan = alasanTidakDapat(b);
          const idAlasan = `alasan-${k}`;
          return alasan ?
            (
              <>
                <input type="checkbox" disabled aria-label={`Pilih ${namaBaris(b)}`} aria-describedby={idAlasan} />
                <small id={idAlasan} className="alasan-tidak-dapat">{alasan}</small>
              </>
            ) :
            <input type="checkbox" aria-label={`Pilih ${namaBaris(b)}`} checked={pilihan.pilih.has(k)} onChange={(e) => pilihan.ubah(k, e.target.checked)} />;
        } } satisfies Kolom<T>),
        ...kolom,
        adaMasalah && ({ kunci: 'masalah', judul: 'Tidak dapat diproses', isi: (b) => {
          const m = masalah?.get(kunci(b));
          return m ? <ul className="masalah-baris">{m.map((x) => <li key={x}>{x}</li>)}</ul> : null;
        } } satisfies Kolom<T>),
      ]} />
    </div>
  );
}
