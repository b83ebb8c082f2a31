import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from '@simasn/kontrak';
import { KONTRAK_LKJIP, type zBarisSarana } from '@simasn/sakip/kontrak';
import { bacaAngkaIsian } from '@simasn/domain';
import { GalatApi, kunci as kunciTitik, panggil, type Masalah } from '../api.ts';
import { masalahIsian, SalahDiSamping } from './Formulir.tsx';
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
  // The rows sent (a row without uraian is left out), by their key: a problem at `baris.3.jumlah` is that row's cell.
  const [dikirim, setDikirim] = useState<number[]>([]);
  const m = useMutation({ mutationFn: () => {
    const kirim = baris.filter((b) => b.uraian.trim());
    setDikirim(kirim.map((b) => b.idBaris));
    // The count as written here (1.000 is a thousand), checked before sending: an empty or wrong one is that cell's problem.
    const salah: Masalah[] = [];
    const isi = kirim.map(({ idBaris: _, ...b }, j) => {
      const h = bacaAngkaIsian(String(b.jumlah ?? ''), { bulat: true });
      if (!String(b.jumlah ?? '').trim()) salah.push({ kolom: `baris.${j}.jumlah`, pesan: 'jumlah wajib diisi' });
      else if (!h.ok) salah.push({ kolom: `baris.${j}.jumlah`, pesan: h.alasan });
      return { ...b, jumlah: h.ok ? h.nilai : b.jumlah };
    });
    if (salah.length) throw new GalatApi(422, 'tidak_valid', 'Daftar belum disimpan: periksa isian yang ditandai.', salah);
    return panggil(KONTRAK_LKJIP.simpanSarana, { body: { unitId, tahun, versi: q.data?.versi ?? 0, baris: isi } });
  }, onSuccess: () => qc.invalidateQueries({ queryKey: kunci }), onError: (e) => {
    if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunci });
  } });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  const pesanSel = (idBaris: number, k: keyof Baris) => {
    const j = dikirim.indexOf(idBaris);
    return j < 0 ? [] : masalahIsian(m.error, `baris.${j}.${k}`, true);
  };
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
                    <SalahDiSamping id={`sarana-${b.idBaris}-${k}`} pesan={pesanSel(b.idBaris, k)}>
                      {(a) => (
                        <input {...a} aria-label={`${k} baris ${i + 1}`} inputMode={k === 'jumlah' ? 'numeric' : undefined} value={String(b[k] ?? '')}
                          onChange={(e) => ubah(i, k, e.target.value)} />
                      )}
                    </SalahDiSamping>
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
