import { formatUkuran } from '../format.ts';
import { PilihBerkas } from './Formulir.tsx';

export const UKURAN_MAKS_PDF = 5 * 1024 * 1024;

/** Why a chosen file cannot be sent, or null. The server checks the content again. */
export function periksaPdf(f: File): string | null {
  if (f.size === 0) return 'Berkas kosong.';
  if (f.size > UKURAN_MAKS_PDF) return `Berkas ${formatUkuran(f.size)} melebihi batas 5 MB.`;
  if (f.type && f.type !== 'application/pdf' && !f.name.toLowerCase().endsWith('.pdf')) return 'Berkas harus berformat PDF.';
  return null;
}

export function PilihPdf({ id, label, berkas, ganti, wajib }: { id: string, label: string, berkas: File | null, ganti: (f: File | null) => void, wajib?: boolean }) {
  return (
    <div className="isian">
      <label htmlFor={id}>
        {label}
        {wajib && <span className="wajib" aria-hidden="true">*</span>}
      </label>
      <PilihBerkas id={id} accept="application/pdf,.pdf" aria-required={wajib || undefined} berkas={berkas} ganti={ganti} />
    </div>
  );
}
