import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { kunciJalur, panggil } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { pramuatApi, useKueriApi } from '../kait.ts';
import { TITIK_AWAL } from '../titik-awal.ts';
import { MASUKAN_LONCENG } from '../lonceng-awal.ts';

/** Part of every page's frame, so in the entry script: its endpoints without their schemas (titik-awal.ts). */
const KONTRAK_LAYANAN = TITIK_AWAL.layanan;

const MASUKAN = MASUKAN_LONCENG;

/** The bell's list asked for before the first render (main.tsx), under the key the bell reads. */
export function pramuatLonceng(qc: QueryClient): void {
  pramuatApi(qc, KONTRAK_LAYANAN.notifikasi, MASUKAN);
}

/** The notification bell in the header: unread count (refreshed every minute), the latest, mark read. */
export function Lonceng() {
  const [buka, setBuka] = useState(false);
  const navigasi = useNavigate();
  const qc = useQueryClient();
  const wadah = useRef<HTMLDivElement>(null);
  const q = useKueriApi(KONTRAK_LAYANAN.notifikasi, MASUKAN, { refetchInterval: 60_000 });
  const tandai = useMutation({ mutationFn: (id?: number[]) => panggil(KONTRAK_LAYANAN.tandaiDibaca, { body: id ? { id } : {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: kunciJalur('notifikasi') }) });
  useEffect(() => {
    if (!buka) return;
    const tutup = (e: MouseEvent) => {
      if (!wadah.current?.contains(e.target as Node)) setBuka(false);
    };
    document.addEventListener('click', tutup);
    return () => document.removeEventListener('click', tutup);
  }, [buka]);
  const n = q.data?.belumDibaca ?? 0;
  return (
    <div className="lonceng" ref={wadah}>
      <button type="button" aria-expanded={buka} aria-label={`Notifikasi, ${n} belum dibaca`} onClick={() => setBuka((b) => !b)} data-testid="lonceng">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {n > 0 && <span className="jumlah-lonceng" data-testid="jumlah-lonceng">{n > 99 ? '99+' : n}</span>}
      </button>
      {buka && (
        <div className="panel-lonceng" role="dialog" aria-label="Notifikasi">
          <div className="kepala-panel">
            <strong>Notifikasi</strong>
            {n > 0 && <button type="button" className="tombol kecil" onClick={() => tandai.mutate(undefined)}>Tandai semua dibaca</button>}
          </div>
          {q.data && q.data.items.length === 0 && <p className="kosong">Belum ada notifikasi.</p>}
          <ul>
            {q.data?.items.map((x) => (
              <li key={x.id} className={x.dibacaPada ? undefined : 'belum'}>
                <button type="button" onClick={() => {
                  if (!x.dibacaPada) tandai.mutate([x.id]);
                  setBuka(false);
                  if (x.tautan) navigasi(x.tautan);
                }}>
                  <strong>{x.judul}</strong>
                  <small className="sub">{x.isi}</small>
                  <small className="sub">{formatWaktu(x.dibuatPada)}</small>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
