import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, GalatApi } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';

interface Bagian {
  bagian: string;
  judul: string;
  isi: string;
  versi: number;
  dariPeriode: { tahun: number; periode: number } | null;
  diubahPada: string | null;
}
interface Narasi { tahun: number; periode: number; bagian: Bagian[] }

export const NAMA_PERIODE = ['Tahunan', 'Tribulan I', 'Tribulan II', 'Tribulan III', 'Tribulan IV'];

/** One narrative part: its text, where a carried-over text came from, save with the version read. */
function IsianBagian({ b, simpan, bisaUbah }: { b: Bagian; simpan: (b: Bagian, isi: string) => Promise<unknown>; bisaUbah: boolean }) {
  const [isi, setIsi] = useState(b.isi);
  const [galat, setGalat] = useState<unknown>(null);
  const [tersimpan, setTersimpan] = useState(false);
  const [sibuk, setSibuk] = useState(false);
  useEffect(() => { setIsi(b.isi); }, [b.isi, b.versi]);
  const id = `narasi-${b.bagian}`;
  async function kirim() {
    setSibuk(true);
    setGalat(null);
    setTersimpan(false);
    try {
      await simpan(b, isi);
      setTersimpan(true);
    } catch (e) {
      setGalat(e);
    } finally {
      setSibuk(false);
    }
  }
  return (
    <div className="isian isian-lebar" data-testid={id}>
      <label htmlFor={id}>{b.judul}</label>
      {b.dariPeriode && (
        <span className="sub">Belum ditulis untuk periode ini; teks diambil dari {NAMA_PERIODE[b.dariPeriode.periode]} {b.dariPeriode.tahun}. Simpan untuk memakainya di periode ini.</span>
      )}
      <textarea id={id} rows={5} value={isi} readOnly={!bisaUbah} onChange={(e) => { setIsi(e.target.value); setTersimpan(false); }}
        placeholder="Paragraf dipisah baris kosong; baris diawali '- ' atau '1. ' menjadi daftar; **teks** menjadi tebal." />
      {bisaUbah && (
        <div className="aksi-baris">
          <button type="button" className="tombol sekunder kecil" disabled={sibuk || (isi === b.isi && !b.dariPeriode)} onClick={() => void kirim()}>
            {sibuk ? 'Menyimpan…' : 'Simpan'}
          </button>
          {b.diubahPada && <span className="sub">Terakhir diubah {formatWaktu(b.diubahPada)}</span>}
        </div>
      )}
      {tersimpan && <PesanBerhasil>Tersimpan.</PesanBerhasil>}
      <PesanGalat galat={galat} />
    </div>
  );
}

/** The narrative parts of the report, edited per unit, year and period. */
export function NarasiLkjip({ unitId, tahun, periode, bisaUbah }: { unitId: number; tahun: number; periode: number; bisaUbah: boolean }) {
  const qc = useQueryClient();
  const kunci = ['lkjip-narasi', unitId, tahun, periode];
  const q = useQuery({ queryKey: kunci, queryFn: () => api.get<Narasi>('/api/sakip/lkjip/narasi', { unitId, tahun, periode }) });
  const m = useMutation({
    mutationFn: ({ b, isi }: { b: Bagian; isi: string }) => api.put('/api/sakip/lkjip/narasi', { unitId, tahun, periode, bagian: b.bagian, isi, versi: b.versi }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
    onError: (e) => { if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunci }); },
  });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  return (
    <div className="kisi-isian">
      {q.data.bagian.map((b) => <IsianBagian key={b.bagian} b={b} bisaUbah={bisaUbah} simpan={(x, isi) => m.mutateAsync({ b: x, isi })} />)}
    </div>
  );
}
