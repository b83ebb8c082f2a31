import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_MERIT } from '@simasn/indeks/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { GalatApi, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { PesanGalat } from '../komponen/Status.tsx';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/indeks/kontrak');

type Penilaian = ResponsTitik<typeof KONTRAK_MERIT.ambil>;
/** One finalisation (its frozen figure) or one reopening (its reason), as GET /api/indeks/merit/{id} lists them. */
export type PeristiwaMerit = Penilaian['riwayat'][number];

/**
 * Reopening a final assessment for correction (indeks:kelola): the reason is mandatory and kept;
 * the frozen figure stays in the history. A 409 (someone reopened or changed it first) is shown with a reload button.
 */
export function BukaKembali({ p, simpan }: { p: Penilaian, simpan: (x: Penilaian) => void }) {
  const qc = useQueryClient();
  const [buka, setBuka] = useState(false);
  const [alasan, setAlasan] = useState('');
  const m = useMutation({ mutationFn: async () => {
    const body = { alasan, versi: p.versi };
    const { skemaBukaKembaliMerit } = await muatSkema();
    periksaIsian(skemaBukaKembaliMerit, body);
    return panggil(KONTRAK_MERIT.bukaKembali, { params: { id: p.id }, body });
  }, onSuccess: (x) => {
    setBuka(false);
    setAlasan('');
    simpan(x);
  } });
  // Kept on screen until asked: reloading at once would unmount this form (the year is a draft now) and hide why.
  const basi = m.error instanceof GalatApi && m.error.status === 409;
  function kirim(e: FormEvent) {
    e.preventDefault();
    m.mutate();
  }
  return (
    <section className="kartu form-panel" aria-labelledby="judul-buka-kembali">
      <h2 id="judul-buka-kembali">Buka kembali</h2>
      <p className="sub">
        Untuk koreksi setelah final. Nilai yang sudah dibekukan tetap tersimpan dan tampil di riwayat; setelah dikoreksi, finalkan lagi.
      </p>
      {!buka ?
        (
          <div className="baris-tombol">
            <button type="button" className="tombol sekunder" onClick={() => setBuka(true)}>Buka kembali penilaian {p.tahun}</button>
          </div>
        ) :
        (
          <Formulir onSubmit={kirim} aria-label="Buka kembali penilaian Sistem Merit">
            <IsianForm id="merit-alasan-buka" label="Alasan dibuka kembali" wajib lebar galat={m.error} nama="alasan">
              {(a) => (
                <textarea {...a} rows={3} maxLength={1000} value={alasan} onChange={(e) => setAlasan(e.target.value)}
                  placeholder="mis. bukti sub-aspek 3.4 tertukar, skor dikoreksi" />
              )}
            </IsianForm>
            <PesanGalat galat={m.error} />
            <div className="baris-tombol">
              {basi
                ? <button type="button" className="tombol utama" onClick={() => void qc.invalidateQueries({ queryKey: kunciJalur('indeks', 'merit') })}>Muat ulang</button>
                : <button type="submit" className="tombol bahaya" disabled={m.isPending}>{m.isPending ? 'Membuka…' : 'Ya, buka kembali'}</button>}
              <button type="button" className="tombol sekunder" disabled={m.isPending} onClick={() => setBuka(false)}>Batal</button>
            </div>
          </Formulir>
        )}
    </section>
  );
}

/** Every finalisation and reopening of the year, oldest first: earlier final figures stay in sight. */
export function RiwayatFinal({ riwayat }: { riwayat: PeristiwaMerit[] }) {
  if (!riwayat.length) return null;
  return (
    <section className="kartu" aria-labelledby="judul-riwayat-final">
      <h2 id="judul-riwayat-final">Riwayat finalisasi</h2>
      <ol className="daftar-ringkas" data-testid="riwayat-merit">
        {riwayat.map((r) => (
          <li key={`${r.jenis}:${r.waktu}`} data-testid={`riwayat-${r.jenis}`}>
            {formatWaktu(r.waktu)} · {r.oleh}: {r.jenis === 'final'
              ? (
                <>
                  final dengan total <strong>{formatAngka(r.total ?? 0, 2)}</strong>
                  {r.indeks !== null ? ` (indeks ${formatAngka(r.indeks, 3)})` : ''}
                  {r.kategori ? `, ${r.kategori}` : ''}
                </>
              )
              : (
                <>
                  dibuka kembali. Alasan: <q>{r.alasan}</q>
                </>
              )}
          </li>
        ))}
      </ol>
    </section>
  );
}
