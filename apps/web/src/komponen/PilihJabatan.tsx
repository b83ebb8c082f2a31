import { useEffect, useState } from 'react';
import { LABEL_JENIS_JABATAN } from '@simasn/domain';
import { KONTRAK_ORGANISASI, type Jabatan } from '@simasn/kepegawaian/kontrak';
import { useKueriApi, useTunda } from '../kait.ts';

function labelJabatan(j: Jabatan): string {
  const jenis = (LABEL_JENIS_JABATAN as Record<string, string>)[j.jenis] ?? j.jenis;
  return `${j.nama} (${j.eselon ? `Eselon ${j.eselon}` : jenis})`;
}

/**
 * A searchable jabatan picker: type part of the name, pick from the matches (/api/jabatan,
 * narrowed to the chosen unit's structural posts plus every fungsional/pelaksana).
 */
export function PilihJabatan(
  { id, nilai, ganti, unitId, namaAwal, wajib }: { id: string, nilai: string, ganti: (v: string) => void, unitId?: string, namaAwal?: string, wajib?: boolean },
) {
  const [cari, setCari] = useState('');
  const q = useTunda(cari, 300);
  const [terpilih, setTerpilih] = useState<Jabatan | null>(null);
  const hasil = useKueriApi(KONTRAK_ORGANISASI.jabatan, { query: { q, unitId, limit: 50 } }, { staleTime: 60_000 });
  useEffect(() => {
    if (!nilai) setTerpilih(null);
  }, [nilai]);
  const pilihan = hasil.data ?? [];
  const adaTerpilih = nilai && !pilihan.some((j) => String(j.id) === nilai);
  return (
    <div className="pilih-jabatan">
      <input type="search" id={`${id}-cari`} aria-label="Cari jabatan" placeholder="Ketik nama jabatan untuk mencari…" value={cari} onChange={(e) => setCari(e.target.value)} />
      <select id={id} value={nilai} aria-required={wajib || undefined} onChange={(e) => {
        ganti(e.target.value);
        setTerpilih(pilihan.find((j) => String(j.id) === e.target.value) ?? null);
      }}>
        <option value="">{hasil.isFetching ? 'Mencari…' : `Pilih jabatan (${pilihan.length} ditemukan)`}</option>
        {adaTerpilih && <option value={nilai}>{terpilih ? labelJabatan(terpilih) : (namaAwal ?? `Jabatan #${nilai}`)}</option>}
        {pilihan.map((j) => (
          <option key={j.id} value={String(j.id)}>
            {labelJabatan(j)}
          </option>
        ))}
      </select>
    </div>
  );
}
