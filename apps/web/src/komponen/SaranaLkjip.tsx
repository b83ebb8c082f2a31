import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, GalatApi } from '../api.ts';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';

interface Baris { uraian: string; jumlah: number | string; satuan: string; kondisi: string; keterangan?: string | null }
interface Sarana { baris: Baris[]; versi: number; dariTahun: number | null }

const KOSONG: Baris = { uraian: '', jumlah: '', satuan: 'Unit', kondisi: 'Baik', keterangan: '' };

/** The sarana prasarana list of Bab I, edited as a whole for a year. */
export function SaranaLkjip({ unitId, tahun, bisaUbah }: { unitId: number; tahun: number; bisaUbah: boolean }) {
  const qc = useQueryClient();
  const kunci = ['lkjip-sarana', unitId, tahun];
  const q = useQuery({ queryKey: kunci, queryFn: () => api.get<Sarana>('/api/sakip/lkjip/sarana', { unitId, tahun }) });
  const [baris, setBaris] = useState<Baris[]>([]);
  useEffect(() => { if (q.data) setBaris(q.data.baris); }, [q.data]);
  const m = useMutation({
    mutationFn: () => api.put('/api/sakip/lkjip/sarana', { unitId, tahun, versi: q.data?.versi ?? 0, baris: baris.filter((b) => b.uraian.trim()) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
    onError: (e) => { if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunci }); },
  });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  const ubah = (i: number, medan: keyof Baris, nilai: string) => setBaris(baris.map((b, j) => (j === i ? { ...b, [medan]: nilai } : b)));
  return (
    <div>
      {q.data.dariTahun && <p className="sub">Belum ada daftar tahun {tahun}; ditampilkan daftar tahun {q.data.dariTahun}. Periksa lalu simpan untuk tahun ini.</p>}
      <table className="tabel tabel-kartu" data-testid="tabel-sarana">
        <thead><tr><th>Uraian</th><th>Jumlah</th><th>Satuan</th><th>Kondisi</th><th>Keterangan</th>{bisaUbah && <th><span className="sr">Aksi</span></th>}</tr></thead>
        <tbody>
          {baris.map((b, i) => (
            <tr key={i}>
              {(['uraian', 'jumlah', 'satuan', 'kondisi', 'keterangan'] as const).map((k) => (
                <td key={k} data-label={k[0]!.toUpperCase() + k.slice(1)}>
                  {bisaUbah
                    ? <input aria-label={`${k} baris ${i + 1}`} inputMode={k === 'jumlah' ? 'numeric' : undefined} value={String(b[k] ?? '')} onChange={(e) => ubah(i, k, e.target.value)} />
                    : String(b[k] ?? '')}
                </td>
              ))}
              {bisaUbah && <td><button type="button" className="tombol teks" onClick={() => setBaris(baris.filter((_, j) => j !== i))}>Hapus</button></td>}
            </tr>
          ))}
          {!baris.length && <tr><td colSpan={6} className="sub">Belum ada sarana dan prasarana.</td></tr>}
        </tbody>
      </table>
      {bisaUbah && (
        <div className="aksi-baris">
          <button type="button" className="tombol teks" onClick={() => setBaris([...baris, { ...KOSONG }])}>+ Tambah baris</button>
          <button type="button" className="tombol sekunder" disabled={m.isPending} onClick={() => m.mutate()}>{m.isPending ? 'Menyimpan…' : 'Simpan daftar'}</button>
        </div>
      )}
      {m.isSuccess && <PesanBerhasil>Daftar sarana dan prasarana tersimpan.</PesanBerhasil>}
      <PesanGalat galat={m.error} />
    </div>
  );
}
