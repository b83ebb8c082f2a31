import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZONA_BAWAAN, type ZonaWaktu } from '@simasn/domain';
import type { Izin, ResponsTitik } from '@simasn/kontrak';
import { ambilTokenCsrf, GalatApi, kunci, panggil, pasangPenangan401, pasangPenanganWajibGantiSandi, pasangTokenCsrf } from './api.ts';
import { pasangZonaTampilan } from './format.ts';
import { TITIK_AWAL } from './titik-awal.ts';

/** The auth endpoints, without their schemas (the entry script stays free of zod: titik-awal.ts). */
const KONTRAK_AUTH = TITIK_AWAL.auth;

export type SesiApi = ResponsTitik<typeof KONTRAK_AUTH.sesi>;
export type SesiMasuk = Extract<SesiApi, { masuk: true }>;

/**
 * Who is logged in (GET /api/auth/sesi): the account, its roles and permissions (`izin`), and
 * the CSRF token the API wrapper sends with every change. Pages ask `boleh('pegawai:ubah')`.
 */
export interface NilaiSesi {
  memuat: boolean;
  /** The session could not be asked for: no connection (a cold start offline). */
  luring: boolean;
  sesi: SesiMasuk | null;
  boleh: (izin: Izin) => boolean;
  /** The instansi's time zone (WIB unless configured otherwise). */
  zona: ZonaWaktu;
  masuk: (username: string, password: string) => Promise<{ harusGantiSandi: boolean }>;
  keluar: () => Promise<void>;
  muatUlang: () => Promise<void>;
}

const KonteksSesi = createContext<NilaiSesi | null>(null);
const KUNCI = kunci(KONTRAK_AUTH.sesi);
const bukanSesi = (k: readonly unknown[]) => k.join('/') !== KUNCI.join('/');

/**
 * Ends the session on the server with the token the page held (the page has already forgotten it).
 * `keepalive` lets it finish when the tab closes right after; a failure is ignored: the session
 * may already be gone, and it ends by itself after its idle time.
 */
async function keluarDiServer(token: string | null): Promise<void> {
  try {
    await fetch(KONTRAK_AUTH.keluar.url, { method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } });
  } catch {
    // network gone: nothing more to do here
  }
}

const KUERI_SESI = { queryKey: KUNCI, queryFn: ({ signal }: { signal: AbortSignal }) => panggil(KONTRAK_AUTH.sesi, {}, signal), staleTime: 5 * 60_000 };

/** The session asked for before the first render (main.tsx), so that the first render already knows who is logged in. */
export function pramuatSesi(qc: QueryClient): void {
  void qc.prefetchQuery(KUERI_SESI);
}

export function PenyediaSesi({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery(KUERI_SESI);
  const sesi = q.data?.masuk ? q.data : null;
  // The instansi's zone, set before the children render so that their first formatWaktu already
  // uses it (idempotent; the zone is part of `nilai` below, so a change re-renders consumers).
  const zona = pasangZonaTampilan(q.data?.zona);

  useEffect(() => {
    pasangTokenCsrf(sesi?.csrfToken ?? null);
  }, [sesi?.csrfToken]);

  useEffect(() => {
    pasangPenangan401(() => {
      pasangTokenCsrf(null);
      qc.removeQueries({ predicate: (x) => bukanSesi(x.queryKey) });
      qc.setQueryData<SesiApi>(KUNCI, (lama) => ({ masuk: false, zona: lama?.zona ?? ZONA_BAWAAN }));
    });
    // An admin-set password not yet replaced: the session says so, and the page follows it.
    pasangPenanganWajibGantiSandi(() => void qc.invalidateQueries({ queryKey: KUNCI }));
    return () => {
      pasangPenangan401(null);
      pasangPenanganWajibGantiSandi(null);
    };
  }, [qc]);

  // The logout request still on its way (the page does not wait for it, see `keluar`): a new login
  // waits for it, or its answer (which clears the cookie) could clear the new session's cookie.
  const keluarBerjalan = useRef<Promise<unknown> | null>(null);

  const masuk = useCallback(async (username: string, password: string) => {
    await keluarBerjalan.current;
    const h = await panggil(KONTRAK_AUTH.masuk, { body: { username, password } });
    pasangTokenCsrf(h.csrfToken);
    qc.removeQueries({ predicate: (x) => bukanSesi(x.queryKey) });
    await qc.fetchQuery({ queryKey: KUNCI, queryFn: ({ signal }) => panggil(KONTRAK_AUTH.sesi, {}, signal), staleTime: 0 });
    return { harusGantiSandi: !!h.pengguna.harusGantiSandi };
  }, [qc]);

  /**
   * Leaving shows the login page at once: the app forgets the session first, then tells the server.
   * It used to wait for the logout's answer, which a busy server (PGlite runs one query at a time,
   * behind the dashboard of 7,000 ASN) gave after 8 s and more, with the old name, menu and a
   * "Memuat…" on screen. The requests still running for the old pages are cancelled, so they
   * neither hold the connection the logout needs nor refill the cache.
   */
  const keluar = useCallback(async () => {
    const token = ambilTokenCsrf();
    pasangTokenCsrf(null);
    await qc.cancelQueries({ predicate: (x) => bukanSesi(x.queryKey) });
    // Not qc.clear(): that would drop the session query under its observer, which would then never
    // hear of the logout (the app kept showing the old session, and /masuk sent it back to "/").
    qc.setQueryData<SesiApi>(KUNCI, (lama) => ({ masuk: false, zona: lama?.zona ?? ZONA_BAWAAN }));
    qc.removeQueries({ predicate: (x) => bukanSesi(x.queryKey) });
    const kirim = keluarDiServer(token).finally(() => {
      if (keluarBerjalan.current === kirim) keluarBerjalan.current = null;
    });
    keluarBerjalan.current = kirim;
  }, [qc]);

  const muatUlang = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: KUNCI });
  }, [qc]);

  const nilai = useMemo<NilaiSesi>(() => {
    const izin = new Set<Izin>(sesi?.izin ?? []);
    const luring = !q.data && q.isError && q.error instanceof GalatApi && q.error.status === 0;
    return { memuat: q.isPending, luring, sesi, boleh: (i: Izin) => izin.has(i), zona, masuk, keluar, muatUlang };
  }, [sesi, zona, q.isPending, q.isError, q.error, q.data, masuk, keluar, muatUlang]);

  return <KonteksSesi.Provider value={nilai}>{children}</KonteksSesi.Provider>;
}

export function useSesi(): NilaiSesi {
  const s = useContext(KonteksSesi);
  if (!s) throw new Error('useSesi di luar PenyediaSesi');
  return s;
}
