import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from '@simasn/kontrak';
import { KONTRAK_LKJIP, type zBarisSarana } from '@simasn/sakip/kontrak';
import { GalatApi, kunci as kunciTitik, panggil } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';
import { TabelGulir } from './Tabel.tsx';

/** A line as the form holds it (the number as typed): what PUT /api/sakip/lkjip/sarana accepts. */
type Baris = z.input<typeof zBarisSarana> & { jumlah: number | string };

const KOSONG: Baris = { uraian: '', jumlah: '', satuan: 'Unit', kondisi: 'Baik', keterangan: '' };

/** A line with its key while editing (lines are added and removed, and their text is typed). */
type BarisForm = Baris & { idBaris: number };
let barisTerakhir = 0;
const denganId = (b: Baris): BarisForm => ({ ...b, idBaris: ++barisTerakhir });

/** The sarana prasarana list of Bab I, edited as a whole for a year. */
export function SaranaLkjip({ unitId, tahun, bisaUbah }: { unitId: number, tahun: number, bisaUbah: boolean }) {
  const qc = useQueryClient();
  const masukan = { query: { unitId, tahun } };
  const kunci = kunciTitik(KONTRAK_LKJIP.sarana, masukan);
  const q = useKueriApi(KONTRAK_LKJIP.sarana, masukan);
  const [baris, setBaris] = useState<BarisForm[]>([]);
  useEffect(() => {
    if (q.data) setBaris(q.data.baris.map(denganId));
  }, [q.data]);
  const m = useMutation({
    mutationFn: () =>
      panggil(KONTRAK_LKJIP.simpanSarana, { body: { unitId, tahun, versi: q.data?.versi ?? 0, baris: baris.filter((b) => b.uraian.trim()).map(({ idBaris: _, ...b }) => b) } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
    onError: (e) => {
      if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunci });
    },
  });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  const ubah = (i: number, isian: keyof Baris, nilai: string) => setBaris(baris.map((b, j) => (j === i ? { ...b, [isian]: nilai } : b)));
  return (
    <div>
      {q.data.dariTahun && <p className="sub">Belum ada daftar tahun {tahun}; ditampilkan daftar tahun {q.data.dariTahun}. Periksa lalu simpan untuk tahun ini.</p>}
      <TabelGulir tanpaGulir data-testid="tabel-sarana"
        judul={[...['Uraian', 'Jumlah', 'Satuan', 'Kondisi', 'Keterangan'].map((judul) => ({ judul })), bisaUbah && { judul: <span className="sr">Aksi</span>, kunci: 'aksi' }]}
      >
        {baris.map((b, i) => (
          <tr key={b.idBaris}>
            {(['uraian', 'jumlah', 'satuan', 'kondisi', 'keterangan'] as const).map((k) => (
              <td key={k} data-label={k[0]!.toUpperCase() + k.slice(1)}>
                {bisaUbah
                  ? (
                    <input aria-label={`${k} baris ${i + 1}`} inputMode={k === 'jumlah' ? 'numeric' : undefined} value={String(b[k] ?? '')}
                      onChange={(e) => ubah(i, k, e.target.value)} />
                  )
                  : String(b[k] ?? '')}
              </td>
            ))}
            {bisaUbah && (
              <td>
                <button type="button" className="tombol teks" onClick={() => setBaris(baris.filter((_, j) => j !== i))}>Hapus</button>
              </td>
            )}
          </tr>
        ))}
        {!baris.length && (
          <tr>
            <td colSpan={6} className="sub">Belum ada sarana dan prasarana.</td>
          </tr>
        )}
      </TabelGulir>
      {bisaUbah && (
        <div className="aksi-baris">
          <button type="button" className="tombol teks" onClick={() => setBaris([...baris, denganId(KOSONG)])}>+ Tambah baris</button>
          <button type="button" className="tombol sekunder" disabled={m.isPending} onClick={() => m.mutate()}>{m.isPending ? 'Menyimpan…' : 'Simpan daftar'}</button>
        </div>
      )}
      {m.isSuccess && <PesanBerhasil>Daftar sarana dan prasarana tersimpan.</PesanBerhasil>}
      <PesanGalat galat={m.error} />
    </div>
  );
}
