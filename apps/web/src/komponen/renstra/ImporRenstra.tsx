import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { alamatTitik, kunciJalur, mintaMentah, pesanDari, simpanUnduhan } from '../../api.ts';
import { kirimBerkasImpor } from '../PanelImpor.tsx';
import { PesanBerhasil, PesanGalat } from '../Status.tsx';
import { Tabel } from '../Tabel.tsx';
import { Formulir, IsianForm, PilihBerkas } from '../Formulir.tsx';

/** What an import answers, written (200) or refused (422, the same shape). */
type Hasil = ResponsTitik<typeof KONTRAK_SAKIP.imporRenstra>;

/** Sends the workbook; a refused import (422) carries the problem list, read like a success. */
function kirim(renstraId: number, file: File): Promise<Hasil> {
  const f = new FormData();
  f.set('file', file);
  return kirimBerkasImpor<Hasil>(alamatTitik(KONTRAK_SAKIP.imporRenstra, { params: { id: renstraId } }), f);
}

/**
 * The Renstra as a workbook: download it (anyone who reads it), download the empty template of
 * its period, and import a filled workbook (sakip:kelola): checked whole first, then written all
 * or nothing; a refused file lists each problem by sheet, row, column and reason.
 */
export function ImporRenstra({ renstraId, kelola }: { renstraId: number, kelola: boolean }) {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [sibuk, setSibuk] = useState(false);
  const unduh = async (jenis: 'ekspor' | 'templat') => {
    setGalat(null);
    try {
      const t = jenis === 'ekspor' ? KONTRAK_SAKIP.eksporRenstra : KONTRAK_SAKIP.templatRenstra;
      await simpanUnduhan(await mintaMentah(alamatTitik(t, { params: { id: renstraId } })), `${jenis}-renstra.xlsx`);
    } catch (e) {
      setGalat(e);
    }
  };
  async function impor(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setGalat(null);
    setHasil(null);
    setSibuk(true);
    try {
      const h = await kirim(renstraId, file);
      setHasil(h);
      if (h.ok) await qc.invalidateQueries({ queryKey: kunciJalur('sakip') });
    } catch (err) {
      setGalat(new Error(pesanDari(err)));
    } finally {
      setSibuk(false);
    }
  }
  const d = hasil?.ditulis;
  return (
    <div className="kartu" data-testid="impor-renstra">
      <h2>XLSX</h2>
      <div className="baris-tombol">
        <button type="button" className="tombol sekunder" onClick={() => void unduh('ekspor')}>Unduh Renstra (XLSX)</button>
        {kelola && <button type="button" className="tombol sekunder" onClick={() => void unduh('templat')}>Unduh template kosong</button>}
      </div>
      {kelola && (
        <Formulir onSubmit={impor} aria-label="Impor Renstra">
          <IsianForm id="impor-renstra-berkas" label="Berkas Renstra (XLSX dari template)" galat={galat} nama={['file', 'berkas']}
            petunjuk="Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan. Kode yang sudah ada mengubah unsur itu."
          >
            {(a) => <PilihBerkas {...a} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" berkas={file} ganti={setFile} />}
          </IsianForm>
          <div className="baris-tombol">
            <button type="submit" className="tombol utama" disabled={!file || sibuk}>{sibuk ? 'Mengimpor…' : 'Impor'}</button>
          </div>
        </Formulir>
      )}
      <PesanGalat galat={galat} />
      {d && (
        <PesanBerhasil>
          Impor selesai ({hasil.jumlahBaris} baris): tujuan {d.tujuan.baru} baru/{d.tujuan.diubah} diubah, sasaran {d.sasaran.baru}/{d.sasaran.diubah}, program{' '}
          {d.program.baru}/{d.program.diubah}, indikator {d.indikator.baru}/{d.indikator.diubah}.
        </PesanBerhasil>
      )}
      {hasil && !hasil.ok && (
        <>
          <p className="pesan pesan-galat" role="alert">Berkas ditolak: {hasil.masalah.length} masalah ditemukan, tidak ada data yang disimpan.</p>
          <Tabel data-testid="masalah-impor-renstra" baris={hasil.masalah} kunci={(m) => `${m.lembar}:${m.baris}:${m.kolom}:${m.pesan}`} kolom={[
            { judul: 'Lembar', isi: (m) => m.lembar },
            { judul: 'Baris', isi: (m) => m.baris },
            { judul: 'Kolom', isi: (m) => m.kolom },
            { judul: 'Nilai', isi: (m) => m.nilai ?? '' },
            { judul: 'Alasan', isi: (m) => m.pesan },
          ]} />
        </>
      )}
    </div>
  );
}
