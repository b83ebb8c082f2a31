import { useSearchParams } from 'react-router';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { useKueriApi, useUbahCari } from '../kait.ts';
import { tahunIniSetempat } from '../format.ts';

export type RingkasRenstra = ResponsTitik<typeof KONTRAK_SAKIP.daftarRenstra>[number];

/**
 * The Renstra and year a SAKIP page works on, kept in the address (`?renstra=&tahun=`): the
 * caller's Renstra list, the first one by default, and the year the server names for it
 * (`tahunBerjalan`: this year, within the period), as the shell names it when it asks for the
 * page's first data ahead of the page (data-awal.ts).
 */
export function useRenstraTerpilih() {
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  const daftar = useKueriApi(KONTRAK_SAKIP.daftarRenstra, {});
  const id = Number(cari.get('renstra') ?? daftar.data?.[0]?.id ?? 0);
  const renstra = daftar.data?.find((r) => r.id === id) ?? null;
  const bawaan = renstra?.tahunBerjalan ?? tahunIniSetempat();
  const tahun = Number(cari.get('tahun') ?? bawaan);
  const ubah = (x: Record<string, string | number>) => ubahCari(x);
  return { daftar, renstra, tahun, ubah, cari };
}

/** The Renstra and year selectors. */
export function PilihRenstra({ pilihan, tambahan }: { pilihan: ReturnType<typeof useRenstraTerpilih>, tambahan?: React.ReactNode }) {
  const { daftar, renstra, tahun, ubah } = pilihan;
  const tahunRenstra = renstra ? Array.from({ length: renstra.tahunAkhir - renstra.tahunAwal + 1 }, (_, i) => renstra.tahunAwal + i) : [];
  return (
    <div className="baris-tombol">
      <div className="isian isian-sebaris">
        <label htmlFor="sakip-renstra">Renstra</label>
        <select id="sakip-renstra" value={renstra?.id ?? ''} onChange={(e) => ubah({ renstra: e.target.value })}>
          {(daftar.data ?? []).map((r) => <option key={r.id} value={r.id}>{r.unitNama}: {r.tahunAwal}–{r.tahunAkhir}</option>)}
        </select>
      </div>
      <div className="isian isian-sebaris">
        <label htmlFor="sakip-tahun">Tahun</label>
        <select id="sakip-tahun" value={tahun} onChange={(e) => ubah({ tahun: e.target.value })}>
          {tahunRenstra.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      {tambahan}
    </div>
  );
}
