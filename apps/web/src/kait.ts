import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { hashKey, keepPreviousData, useQuery, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MasukanTitik, ResponsTitik, TitikApaSaja } from '@simasn/kontrak';
import { GalatApi, kunci, kunciAlamat, minta, panggil, type ArgumenTitik } from './api.ts';

/** The value, once it has stopped changing for `ms` milliseconds (search boxes). */
export function useTunda<T>(nilai: T, ms: number): T {
  const [tertunda, setTertunda] = useState(nilai);
  useEffect(() => {
    const t = setTimeout(() => setTertunda(nilai), ms);
    return () => clearTimeout(t);
  }, [nilai, ms]);
  return tertunda;
}

/**
 * Whether `nilai` is new (first render, or different from the previous render's): to fill a form's
 * state from the data it edits when that data changes (another version from the server), during
 * the render instead of in an effect
 * (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
 */
export function useBerganti(nilai: string | number): boolean {
  const [lalu, setLalu] = useState<string | number | undefined>(undefined);
  if (lalu === nilai) return false;
  setLalu(nilai);
  return true;
}

/**
 * The shell's first data that the server refused (a 4xx: final, as main.tsx's retry rule has it), by
 * query hash: the page's first render shows that answer instead of asking again (react-query asks
 * again on mount for a query in error), which would be the same request twice. Once only.
 */
const AWAL_DITOLAK = new Set<string>();

/** A GET from the contract through react-query, keyed by the query-key factory. */
export function useKueriApi<T extends TitikApaSaja>(t: T, masukan: MasukanTitik<T>, opsi: Omit<UseQueryOptions<ResponsTitik<T>>, 'queryKey' | 'queryFn'> = {}) {
  const queryKey = kunci(t, ...([masukan] as ArgumenTitik<T>));
  const ditolak = AWAL_DITOLAK.size > 0 && AWAL_DITOLAK.has(hashKey(queryKey));
  useEffect(() => {
    if (ditolak) AWAL_DITOLAK.delete(hashKey(queryKey));
  });
  return useQuery<ResponsTitik<T>>({ queryKey, queryFn: ({ signal }) => panggil(t, ...([masukan, signal] as ArgumenTitik<T>)), ...(ditolak ? { retryOnMount: false } : {}),
    ...opsi });
}

/**
 * What a page's data preload reads: the query client and the address being opened (its path
 * parameters by the route pattern's names, and its query string).
 */
export interface KonteksPramuat {
  qc: QueryClient;
  params: Readonly<Record<string, string | undefined>>;
  cari: URLSearchParams;
}

/**
 * A page's data preload: asks for the data the page's first render will ask for, from its address
 * alone, so that a page opened directly (a link, a reload) fetches it together with the session and
 * its code instead of after both and after the frame's first render (one round trip and the render
 * less; daftar-halaman.tsx `muatHalamanAwal` calls it). A page module exports its preloads as
 * `pramuat`, by component name. Each must ask exactly as the page does (the same query key), or
 * the page fetches again: build the page's input with the same function.
 */
export type Pramuat = (k: KonteksPramuat) => void;

/** Starts a GET of the contract into the query cache under the key `useKueriApi` reads (a failure is left to the page). */
export function pramuatApi<T extends TitikApaSaja>(qc: QueryClient, t: T, masukan: MasukanTitik<T>, staleTime?: number): void {
  // Without its own staleTime the client's default holds (an explicit undefined would make an answer
  // already here, such as the shell's first data, stale at once and ask for it again).
  void qc.prefetchQuery<ResponsTitik<T>>({ queryKey: kunci(t, ...([masukan] as ArgumenTitik<T>)), queryFn: ({ signal }) => panggil(t, ...([masukan, signal] as ArgumenTitik<T>)),
    ...(staleTime === undefined ? {} : { staleTime }) });
}

/**
 * Starts a GET of an address into the query cache under the key of the page's own query of it:
 * the page's first data named in the shell (`data-awal`, apps/server/src/statis.ts), which takes
 * the answer the browser is already fetching for it.
 */
export function pramuatAlamat(qc: QueryClient, alamat: string): void {
  const queryKey = kunciAlamat(alamat);
  void qc.prefetchQuery({ queryKey, queryFn: ({ signal }) => minta(alamat, { signal }) }).then(() => {
    const e = qc.getQueryState(queryKey)?.error;
    if (e instanceof GalatApi && e.status > 0 && e.status < 500) AWAL_DITOLAK.add(hashKey(queryKey));
  });
}

/** A paged list's filters and page as its URL holds them (what `useDaftarBerhalaman` reads, for the page's preload). */
export function daftarDariUrl<F extends string>(kolom: readonly F[], param: URLSearchParams): { filter: Record<F, string>, halaman: number } {
  const filter = Object.fromEntries(kolom.map((k) => [k, param.get(k) ?? ''])) as Record<F, string>;
  return { filter, halaman: Math.max(1, Number(param.get('page') ?? 1) || 1) };
}

export interface DaftarBerhalaman<F extends string> {
  /** The filters as they stand in the URL (empty string = not set). */
  filter: Record<F, string>;
  halaman: number;
  batas: number;
  /** Change filters (back to page 1) or the page. */
  ubah: (perubahan: Partial<Record<F, string>>, halamanBaru?: number) => void;
  /** The search box's text as typed (the URL follows 300 ms after the last key). */
  ketik: string;
  setKetik: (s: string) => void;
  /** The filters without the paging, for the export link. */
  kueriEkspor: Record<F, string>;
}

/** A change of the address's query: a value to set, or `null`/`undefined`/`''` to remove the key. */
export type PerubahanCari = Record<string, string | number | null | undefined>;

/**
 * The query `sekarang` (by default the address as it is now, `window.location.search`) with
 * `perubahan` applied, the other keys kept. Start every change from the address as it is now, not
 * from a render's copy of it (`useSearchParams`): a navigation renders as a transition, so a second
 * change soon after a first (a filter, then a search box's debounced text, a tab) would otherwise
 * be built on the address before the first and undo it.
 */
export function cariDiubah(perubahan: PerubahanCari, sekarang: string = window.location.search): URLSearchParams {
  const p = new URLSearchParams(sekarang);
  for (const [k, v] of Object.entries(perubahan)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, String(v));
  }
  return p;
}

/**
 * Changes the address's query from the address as it is now (`cariDiubah`); by default in place of
 * the current history entry (a filter, a tab, a month is not a step back).
 */
export function useUbahCari(): (perubahan: PerubahanCari, opsi?: { replace?: boolean }) => void {
  const [, setParam] = useSearchParams();
  return (perubahan, opsi = { replace: true }) => setParam(cariDiubah(perubahan), opsi);
}

/**
 * The state of a paged, filtered list kept in the URL (so a list can be bookmarked, shared and
 * survives a reload): filters, `page`, and a debounced search box bound to `kolomCari`.
 */
export function useDaftarBerhalaman<F extends string>(kolom: readonly F[], batas: number, kolomCari?: F): DaftarBerhalaman<F> {
  const [param, setParam] = useSearchParams();
  const { filter, halaman } = daftarDariUrl(kolom, param);
  const dicari = kolomCari ? filter[kolomCari] : '';
  const [ketik, setKetik] = useState(dicari);
  const tertunda = useTunda(ketik, 300);

  // A change starts from the address as it is now (cariDiubah), not from this render's copy of it.
  function ubah(perubahan: Partial<Record<F, string>>, halamanBaru = 1) {
    setParam(cariDiubah({ ...perubahan, page: halamanBaru > 1 ? halamanBaru : null }), { replace: true });
  }

  // Typing in the search box moves the URL after a pause; a URL change (back button, a link)
  // moves the box. Each direction runs on its own change only (effect events read the other side's
  // current value without re-running on it): otherwise a URL change would be undone by the text
  // still in the box, and every key would be undone by the URL.
  // What the box last sent to the URL: its arrival there does not move the box back. On a busy
  // machine a pause's text could reach the URL after more was typed (the newer keystroke's render,
  // which cancels the older timer, came late), and the box was set back to it: the list stayed
  // searched by the older text (the E-Pangkat journey, CI of 5 December 2026).
  const dikirim = useRef<string | null>(null);
  const keUrl = useEffectEvent((teks: string) => {
    if (!kolomCari || teks.trim() === dicari) return;
    dikirim.current = teks.trim();
    ubah({ [kolomCari]: teks.trim() } as Partial<Record<F, string>>);
  });
  const keKotak = useEffectEvent((teks: string) => {
    const dariKotak = teks === dikirim.current;
    dikirim.current = null;
    if (!dariKotak && teks !== ketik.trim()) setKetik(teks);
  });
  useEffect(() => {
    keUrl(tertunda);
  }, [tertunda]);
  useEffect(() => {
    keKotak(dicari);
  }, [dicari]);

  return { filter, halaman, batas, ubah, ketik, setKetik, kueriEkspor: filter };
}

/** A paged list's query: the URL state above plus the endpoint; the previous page stays while the next loads. */
export function useHalamanApi<T extends TitikApaSaja>(t: T, masukan: MasukanTitik<T>, opsi: { enabled?: boolean } = {}) {
  return useKueriApi(t, masukan, { placeholderData: keepPreviousData, ...opsi });
}

/**
 * A form's sending state: `jalankan(aksi)` clears the last error, marks the form as sending while
 * `aksi` runs and keeps what it throws for PesanGalat; `tangani` may take an error instead
 * (answering true when it dealt with it).
 */
export function useKirim() {
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);
  async function jalankan(aksi: () => Promise<unknown>, tangani?: (err: unknown) => boolean): Promise<void> {
    setGalat(null);
    setMengirim(true);
    try {
      await aksi();
    } catch (err) {
      if (!tangani?.(err)) setGalat(err);
    } finally {
      setMengirim(false);
    }
  }
  return { galat, setGalat, mengirim, jalankan };
}
