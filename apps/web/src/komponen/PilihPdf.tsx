import { formatUkuran } from '../format.ts';
import { IsianForm, PilihBerkas } from './Formulir.tsx';

export const UKURAN_MAKS_PDF = 5 * 1024 * 1024;

/** Why a chosen file cannot be sent, or null. The server checks the content again. */
export function periksaPdf(f: File): string | null {
  if (f.size === 0) return 'Berkas kosong.';
  if (f.size > UKURAN_MAKS_PDF) return `Berkas ${formatUkuran(f.size)} melebihi batas 5 MB.`;
  if (f.type && f.type !== 'application/pdf' && !f.name.toLowerCase().endsWith('.pdf')) return 'Berkas harus berformat PDF.';
  return null;
}

/** A PDF picker as a form field; `galat`/`nama`: the form's error and the isian it names for this file (shown beside it). */
export function PilihPdf(
  { id, label, berkas, ganti, wajib, galat, nama = 'berkasId' }: { id: string, label: string, berkas: File | null, ganti: (f: File | null) => void, wajib?: boolean,
    galat?: unknown, nama?: string | readonly string[] },
) {
  return (
    <IsianForm id={id} label={label} wajib={wajib} galat={galat} nama={nama}>
      {(a) => <PilihBerkas {...a} accept="application/pdf,.pdf" berkas={berkas} ganti={ganti} />}
    </IsianForm>
  );
}
