import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_LKJIP } from '@simasn/sakip/kontrak';
import { GalatApi, kunci as kunciTitik, panggil } from '../api.ts';
import { useBerganti, useKueriApi } from '../kait.ts';
import { formatWaktu } from '../format.ts';
import { Memuat, PesanBerhasil, PesanGalat } from './Status.tsx';

type Bagian = ResponsTitik<typeof KONTRAK_LKJIP.narasi>['bagian'][number];

export const NAMA_PERIODE = ['Tahunan', 'Tribulan I', 'Tribulan II', 'Tribulan III', 'Tribulan IV'];

/** One narrative part: its text, where a carried-over text came from, save with the version read. */
function IsianBagian({ b, simpan, bisaUbah }: { b: Bagian, simpan: (b: Bagian, isi: string) => Promise<unknown>, bisaUbah: boolean }) {
  const [isi, setIsi] = useState(b.isi);
  const [galat, setGalat] = useState<unknown>(null);
  const [tersimpan, setTersimpan] = useState(false);
  const [sibuk, setSibuk] = useState(false);
  // Another version of the part (saved here or elsewhere, or another period): its text.
  const versiBaru = useBerganti(`${b.versi}/${b.isi}`);
  if (versiBaru) setIsi(b.isi);
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
        <span className="sub">
          Belum ditulis untuk periode ini; teks diambil dari {NAMA_PERIODE[b.dariPeriode.periode]} {b.dariPeriode.tahun}. Simpan untuk memakainya di periode ini.
        </span>
      )}
      <textarea id={id} rows={5} value={isi} readOnly={!bisaUbah} aria-invalid={galat ? true : undefined} aria-describedby={galat ? `${id}-salah` : undefined} onChange={(e) => {
        setIsi(e.target.value);
        setTersimpan(false);
      }} placeholder="Paragraf dipisah baris kosong; baris diawali '- ' atau '1. ' menjadi daftar; **teks** menjadi tebal." />
      {bisaUbah && (
        <div className="aksi-baris">
          <button type="button" className="tombol sekunder kecil" disabled={sibuk || (isi === b.isi && !b.dariPeriode)} onClick={() => void kirim()}>
            {sibuk ? 'Menyimpan…' : 'Simpan'}
          </button>
          {b.diubahPada && <span className="sub">Terakhir diubah {formatWaktu(b.diubahPada)}</span>}
        </div>
      )}
      {tersimpan && <PesanBerhasil>Tersimpan.</PesanBerhasil>}
      {galat != null && (
        <div id={`${id}-salah`}>
          <PesanGalat galat={galat} />
        </div>
      )}
    </div>
  );
}

/** The narrative parts of the report, edited per unit, year and period. */
export function NarasiLkjip({ unitId, tahun, periode, bisaUbah }: { unitId: number, tahun: number, periode: number, bisaUbah: boolean }) {
  const qc = useQueryClient();
  const masukan = { query: { unitId, tahun, periode } };
  const kunci = kunciTitik(KONTRAK_LKJIP.narasi, masukan);
  const q = useKueriApi(KONTRAK_LKJIP.narasi, masukan);
  const m = useMutation({
    mutationFn: ({ b, isi }: { b: Bagian, isi: string }) => panggil(KONTRAK_LKJIP.simpanNarasi, { body: { unitId, tahun, periode, bagian: b.bagian, isi, versi: b.versi } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
    onError: (e) => {
      if (e instanceof GalatApi && e.status === 409) void qc.invalidateQueries({ queryKey: kunci });
    },
  });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  return (
    <div className="kisi-isian">
      {q.data.bagian.map((b) => <IsianBagian key={b.bagian} b={b} bisaUbah={bisaUbah} simpan={(x, isi) => m.mutateAsync({ b: x, isi })} />)}
    </div>
  );
}
