import { useSearchParams } from 'react-router';
import { Pilih } from './PilihSaring.tsx';

/**
 * The year of a yearly assessment page, kept in the address (?tahun=): by default the newest
 * year assessed, else `bawaan`. The choices: the years assessed and `lain`, newest first.
 */
export function useTahunPenilaian(daftar: readonly { tahun: number }[] | undefined, bawaan: number, lain: readonly number[]) {
  const [cari, setCari] = useSearchParams();
  const tahun = Number(cari.get('tahun') ?? daftar?.[0]?.tahun ?? bawaan);
  const pilihan = [...new Set([...(daftar ?? []).map((d) => d.tahun), ...lain])].sort((a, b) => b - a);
  return { tahun, pilihan, ganti: (t: string) => setCari({ tahun: t }, { replace: true }) };
}

/** The year select of such a page, on one line in its title bar. */
export function PilihTahun({ id, tahun }: { id: string, tahun: ReturnType<typeof useTahunPenilaian> }) {
  return <Pilih sebaris id={id} label="Tahun" nilai={String(tahun.tahun)} ganti={tahun.ganti} pilihan={tahun.pilihan.map((t) => [String(t), t] as const)} />;
}
