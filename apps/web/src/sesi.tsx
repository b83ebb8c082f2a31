import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZonaWaktu } from '@simasn/domain';
import { api, pasangPenangan401, pasangTokenCsrf } from './api.ts';
import { pasangZonaTampilan } from './format.ts';
import type { SesiApi, SesiMasuk } from './jenis.ts';

/**
 * Who is logged in (GET /api/auth/sesi): the account, its roles and permissions (`izin`), and
 * the CSRF token the API wrapper sends with every change. Pages ask `boleh('pegawai:ubah')`.
 */
export interface NilaiSesi {
  memuat: boolean;
  sesi: SesiMasuk | null;
  boleh: (izin: string) => boolean;
  /** Reads more than the caller's own record (any role other than plain ASN with pegawai:baca). */
  bolehDaftarPegawai: boolean;
  /** The instansi's time zone (WIB unless configured otherwise). */
  zona: ZonaWaktu;
  masuk: (username: string, password: string) => Promise<{ harusGantiSandi: boolean }>;
  keluar: () => Promise<void>;
  muatUlang: () => Promise<void>;
}

const KonteksSesi = createContext<NilaiSesi | null>(null);
const KUNCI = ['sesi'] as const;

export function PenyediaSesi({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: KUNCI,
    queryFn: () => api.get<SesiApi>('/api/auth/sesi'),
    staleTime: 5 * 60_000,
  });
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
      qc.removeQueries({ predicate: (x) => x.queryKey[0] !== 'sesi' });
      qc.setQueryData<SesiApi>(KUNCI, { masuk: false });
    });
    return () => pasangPenangan401(null);
  }, [qc]);

  const masuk = useCallback(async (username: string, password: string) => {
    const h = await api.post<{ pengguna: { harusGantiSandi: boolean }; csrfToken: string }>('/api/auth/login', { username, password });
    pasangTokenCsrf(h.csrfToken);
    qc.removeQueries({ predicate: (x) => x.queryKey[0] !== 'sesi' });
    await qc.fetchQuery({ queryKey: KUNCI, queryFn: () => api.get<SesiApi>('/api/auth/sesi'), staleTime: 0 });
    return { harusGantiSandi: !!h.pengguna.harusGantiSandi };
  }, [qc]);

  const keluar = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // the session may already be gone; leaving is what matters
    }
    pasangTokenCsrf(null);
    qc.clear();
    qc.setQueryData<SesiApi>(KUNCI, { masuk: false });
  }, [qc]);

  const muatUlang = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: KUNCI });
  }, [qc]);

  const nilai = useMemo<NilaiSesi>(() => {
    const izin = new Set(sesi?.izin ?? []);
    return {
      memuat: q.isPending,
      sesi,
      boleh: (i: string) => izin.has(i),
      bolehDaftarPegawai: izin.has('pegawai:baca') && !!sesi?.peran.some((p) => p.peran !== 'asn'),
      zona,
      masuk,
      keluar,
      muatUlang,
    };
  }, [sesi, zona, q.isPending, masuk, keluar, muatUlang]);

  return <KonteksSesi.Provider value={nilai}>{children}</KonteksSesi.Provider>;
}

export function useSesi(): NilaiSesi {
  const s = useContext(KonteksSesi);
  if (!s) throw new Error('useSesi di luar PenyediaSesi');
  return s;
}
