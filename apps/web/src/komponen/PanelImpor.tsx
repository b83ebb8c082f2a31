import { type ReactNode, useState } from 'react';
import { formatAngka } from '@simasn/domain';
import { ambilTokenCsrf, GalatApi, tanganiStatus401 } from '../api.ts';
import { useKirim } from '../kait.ts';
import { DialogKonfirmasi } from './DialogKonfirmasi.tsx';
import { Formulir, IsianForm, PilihBerkas } from './Formulir.tsx';
import { PesanBerhasil, PesanGalat } from './Status.tsx';
import { Tabel } from './Tabel.tsx';

/** One problem of a refused import: the row and column of the sheet, the value read, the reason. */
export interface MasalahImpor {
  baris?: number | null;
  kolom: string;
  pesan: string;
  nilai?: string | null;
}

/** What an all-or-nothing import answers: `ok` false with its problems (422), or true with its own counts. */
export interface HasilImporBerkas {
  ok: boolean;
  masalah: MasalahImpor[];
}

/**
 * Sends a workbook (multipart "file" and any other isian) to an import endpoint. A refused import
 * (422 carrying `ok` and its problem list) is read like a success so that the panel lists the
 * problems; any other failure is a `GalatApi`.
 */
export async function kirimBerkasImpor<H extends HasilImporBerkas>(jalur: string, form: FormData): Promise<H> {
  const token = ambilTokenCsrf();
  const res = await fetch(jalur, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } });
  const isi = await res.json().catch(() => ({}));
  if (res.ok || (res.status === 422 && Array.isArray(isi.masalah) && typeof isi.ok === 'boolean')) return isi as H;
  tanganiStatus401(jalur, res.status);
  throw new GalatApi(res.status, isi.kode ?? 'galat', isi.pesan ?? `Impor gagal (kode ${res.status}).`, isi.masalah ?? []);
}

export interface PropsPanelImpor<H extends HasilImporBerkas> {
  /** The panel's heading (also its form's accessible name). */
  judul: string;
  /** What the sheet holds and what importing it does. */
  petunjuk: ReactNode;
  /** The file field's id (`<id>` on the picker). */
  id: string;
  /** The import endpoint's address. */
  jalur: string;
  /** What the user is told to pick when they send nothing ("Pilih berkas kelas jabatan."). */
  pesanKosong: string;
  /** Other isian sent with the file (a year). */
  isian?: Record<string, string>;
  /** After a successful import: refresh what it changed, then return the success message. */
  selesai: (hasil: H) => Promise<string> | string;
  /** The success message's receiver (the page's banner). */
  kabari: (pesan: string) => void;
  /**
   * The endpoint checking the file without writing (its `dryRun`): a "Periksa dulu" button sends the
   * file there first and says what an import would do (`hasilPeriksa`), or lists the problems.
   */
  periksa?: { jalur: string, hasil: (hasil: H) => string };
  /**
   * Asked before writing (needs `periksa`): "Impor" checks the file first, then asks this in a dialog
   * with what the check found; only "ya" writes.
   */
  konfirmasi?: (hasil: H) => { judul: string, isi: ReactNode, tombol: string };
  'data-testid'?: string;
}

/**
 * The one import panel of a list page (kelas jabatan, standar kompetensi, daftar libur): an XLSX/CSV
 * picker, every row checked by the server first and nothing saved on one problem, the
 * problems listed by row, column (and value) with the reason in Indonesian, the error beside the
 * file field when nothing was chosen.
 */
export function PanelImpor<H extends HasilImporBerkas>(
  { judul, petunjuk, id, jalur, pesanKosong, isian, selesai, kabari, periksa, konfirmasi, 'data-testid': testid }: PropsPanelImpor<H>,
) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const [tanya, setTanya] = useState<H | null>(null);
  const [masalah, setMasalah] = useState<MasalahImpor[]>([]);
  const [diperiksa, setDiperiksa] = useState<string | null>(null);
  const { galat, setGalat, mengirim, jalankan } = useKirim();
  const adaNilai = masalah.some((m) => m.nilai !== undefined);
  /** Sends the file to the import, or (`cek`) to the check that writes nothing. */
  const kirim = (cek: boolean, tanyaDulu = false) => {
    setMasalah([]);
    setTanya(null);
    setDiperiksa(null);
    if (!berkas) return setGalat(new GalatApi(422, 'tidak_valid', pesanKosong, [{ kolom: 'file', pesan: 'pilih berkas XLSX atau CSV' }]));
    const form = new FormData();
    for (const [k, v] of Object.entries(isian ?? {})) form.set(k, v);
    form.set('file', berkas);
    void jalankan(async () => {
      const h = await kirimBerkasImpor<H>(cek && periksa ? periksa.jalur : jalur, form);
      if (!h.ok) {
        setMasalah(h.masalah);
        throw new Error('Berkas belum benar; tidak ada yang disimpan. Perbaiki baris di bawah lalu unggah lagi.');
      }
      if (cek && tanyaDulu) return setTanya(h);
      if (cek && periksa) return setDiperiksa(periksa.hasil(h));
      const pesan = await selesai(h);
      setBerkas(null);
      kabari(pesan);
    });
  };
  return (
    <Formulir className="kartu form-panel" aria-label={judul} onSubmit={(e) => {
      e.preventDefault();
      kirim(!!(konfirmasi && periksa), !!(konfirmasi && periksa));
    }}>
      <h2>{judul}</h2>
      <p className="petunjuk">{petunjuk}</p>
      <PesanGalat galat={galat} />
      {diperiksa && <PesanBerhasil>{diperiksa}</PesanBerhasil>}
      {tanya && konfirmasi && (() => {
        const k = konfirmasi(tanya);
        return (
          <DialogKonfirmasi judul={k.judul} tombol={k.tombol} mengirim={mengirim} batal={() => setTanya(null)} ya={() => kirim(false)}>
            {k.isi}
          </DialogKonfirmasi>
        );
      })()}
      {masalah.length > 0 && (
        <Tabel data-testid={testid} keterangan={`Masalah pada berkas: ${formatAngka(masalah.length)}`} baris={masalah} kunci={(m, i) => `${m.baris}:${m.kolom}:${i}`} kolom={[
          { judul: 'Baris', isi: (m) => (m.baris ? formatAngka(m.baris) : '-') },
          { judul: 'Kolom', isi: (m) => m.kolom },
          adaNilai && { judul: 'Isi', isi: (m) => m.nilai ?? '(kosong)' },
          { judul: 'Masalah', isi: (m) => m.pesan },
        ]} />
      )}
      <IsianForm id={id} label="Berkas XLSX atau CSV" wajib galat={galat} nama="file">
        {(a) => <PilihBerkas {...a} berkas={berkas} ganti={setBerkas} accept=".xlsx,.csv" />}
      </IsianForm>
      <div className="baris-tombol">
        {periksa && <button type="button" className="tombol sekunder" disabled={mengirim} onClick={() => kirim(true)}>Periksa dulu</button>}
        <button type="submit" className="tombol utama" disabled={mengirim}>{mengirim ? 'Mengimpor…' : 'Impor'}</button>
      </div>
    </Formulir>
  );
}
