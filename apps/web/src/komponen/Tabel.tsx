import { useEffect, useRef, useState, type ComponentProps, type Key, type ReactNode } from 'react';
import { formatNip } from '@simasn/domain';

/** `data-*` attributes (data-testid, data-nip, data-kolom…) as an object. */
type AtributData = { [nama: `data-${string}`]: string | undefined };

/** A column heading: th scope="col". */
export interface JudulKolom {
  judul: ReactNode;
  /** The React key when the heading is not plain text. */
  kunci?: Key;
  /** Class of the heading (angka…). */
  kelasJudul?: string;
}

/** One column of a Tabel: its heading and how a row fills its cell. */
export interface Kolom<T> extends JudulKolom {
  isi: (baris: T, indeks: number) => ReactNode;
  /** On a card table, the label shown beside the value on phones (data-label); by default the heading. */
  label?: string | ((baris: T) => string);
  /** Class of the cell (angka, nowrap, nip…). */
  kelas?: string;
  /** The cell heads its row: th scope="row" (no data-label). */
  kepalaBaris?: boolean;
  /** Further attributes of the cell (data-kolom, data-testid…). */
  atribut?: (baris: T) => AtributData;
}

/** The heading of a last column of row actions: read to screen readers only. */
export const JUDUL_TINDAKAN: JudulKolom = { judul: <span className="sr">Tindakan</span>, kunci: 'tindakan' };

interface PropsBingkai {
  /** Card table: on phones each row becomes a card and each cell carries its label (class tabel-kartu). Default true. */
  kartu?: boolean;
  /** Further classes of the table (tabel-audit, tabel-banding…). */
  kelas?: string;
  /** The table's caption. */
  keterangan?: ReactNode;
  /** The rows are being refreshed (aria-busy on the scroller). */
  sibuk?: boolean;
  /** A table inside a narrow card: no gap below its scroller. It keeps the scroller: a table never widens the page. */
  tanpaGulir?: boolean;
  /** Inside the scroller, after the table. */
  sesudah?: ReactNode;
  'data-testid'?: string;
  'data-riwayat'?: string;
  'aria-labelledby'?: string;
}

/**
 * Whether the element is wider inside than it shows (its table scrolls sideways). Such a scroller
 * must be reachable by keyboard (axe: scrollable-region-focusable), so it then becomes a named,
 * focusable region; a table that fits adds no tab stop.
 */
function useMelebar<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [melebar, setMelebar] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // Measured whenever the scroller or its table changes size: the observer's calls come right after
    // the frame's own layout, so reading the widths then costs nothing. Measuring at once instead forced
    // a layout of the whole page in the middle of its load (7-45 ms), which the frame then did again
    // for what rendered after it. A tab gets no frame while it is hidden, and one may come late: the
    // table is then measured at once, or after 200 ms if no frame measured it first (the page walk's
    // desktop tab met a scrolling table not yet reachable by keyboard).
    let terukur = false;
    const ukur = () => {
      terukur = true;
      setMelebar(el.scrollWidth > el.clientWidth + 1);
    };
    const ro = new ResizeObserver(ukur);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    if (document.visibilityState === 'hidden') ukur();
    const cadangan = setTimeout(() => terukur || ukur(), 200);
    return () => {
      clearTimeout(cadangan);
      ro.disconnect();
    };
  }, []);
  return { ref, melebar };
}

/**
 * A table in its horizontal scroller with declared column headings (th scope="col"); the body
 * rows come from the caller. For rows that are components of their own; otherwise use Tabel.
 */
export function TabelGulir(
  { judul, kartu = true, kelas, keterangan, sibuk, tanpaGulir, sesudah, children, ...atribut }: PropsBingkai & { judul: (JudulKolom | false | null | undefined)[],
    children: ReactNode },
) {
  const tabel = (
    <table className={['tabel', kartu && 'tabel-kartu', kelas].filter(Boolean).join(' ')} {...atribut}>
      {keterangan && <caption>{keterangan}</caption>}
      <thead>
        <tr>
          {judul.filter((j): j is JudulKolom => !!j).map((j) => (
            <th scope="col" key={j.kunci ?? String(j.judul)} className={j.kelasJudul}>
              {j.judul}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  const { ref, melebar } = useMelebar<HTMLDivElement>();
  const nama = typeof keterangan === 'string' ? `${keterangan} (geser ke samping)` : 'Tabel, geser ke samping untuk kolom lainnya';
  return (
    <div ref={ref} className={tanpaGulir ? 'gulir-tabel gulir-sebaris' : 'gulir-tabel'} aria-busy={sibuk} {...(melebar ? { tabIndex: 0, role: 'region', 'aria-label': nama } : {})}>
      {tabel}
      {sesudah}
    </div>
  );
}

/**
 * A table of rows declared by columns: each column's heading, and its cell filled from a row.
 * Conditional columns may be given as `false`; `aksi` adds a last column of row actions.
 */
export function Tabel<T>({ kolom, baris, kunci, aksi, atributBaris, barisAkhir, kartu = true, ...bingkai }: PropsBingkai & {
  kolom: (Kolom<T> | false | null | undefined)[];
  baris: readonly T[];
  kunci: (baris: T, indeks: number) => Key;
  aksi?: (baris: T) => ReactNode;
  /** Attributes of a row (className, data-testid, onClick…). */
  atributBaris?: (baris: T) => ComponentProps<'tr'> & AtributData;
  /** Rows after the data rows, in the body (a total). */
  barisAkhir?: ReactNode;
}) {
  const daftar = kolom.filter((k): k is Kolom<T> => !!k);
  return (
    <TabelGulir judul={[...daftar, aksi && JUDUL_TINDAKAN]} kartu={kartu} {...bingkai}>
      {baris.map((b, i) => (
        <tr key={kunci(b, i)} {...atributBaris?.(b)}>
          {daftar.map((k) => {
            const kunciSel = k.kunci ?? String(k.judul);
            if (k.kepalaBaris) {
              return (
                <th scope="row" key={kunciSel} className={k.kelas} {...k.atribut?.(b)}>
                  {k.isi(b, i)}
                </th>
              );
            }
            const label = !kartu ? undefined : typeof k.label === 'function' ? k.label(b) : k.label ?? (typeof k.judul === 'string' ? k.judul : undefined);
            return (
              <td key={kunciSel} data-label={label} className={k.kelas} {...k.atribut?.(b)}>
                {k.isi(b, i)}
              </td>
            );
          })}
          {aksi && <td className="sel-aksi">{aksi(b)}</td>}
        </tr>
      ))}
      {barisAkhir}
    </TabelGulir>
  );
}

/** An employee in a table cell: the name, the NIP beneath it, and the unit ("Tanpa unit" when the record has none; nothing when not given). */
export function SelPegawai({ nama, nip, unit }: { nama: string, nip: string, unit?: string | null }) {
  return (
    <>
      {nama}
      <small className="sub nip">{formatNip(nip)}</small>
      {unit !== undefined && <small className="sub">{unit ?? 'Tanpa unit'}</small>}
    </>
  );
}
