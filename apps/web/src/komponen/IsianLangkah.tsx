import { formatAngka, formatTanggal } from '@simasn/domain';
import type { IsianLangkah, LangkahTampil } from '../layanan.ts';
import { keNilaiApi, type DefinisiIsian } from '../riwayat.ts';
import type { NilaiIsian } from './Isian.tsx';
import { Rinci } from './Rinci.tsx';

/**
 * The data a step asks for, as the engine describes it (label, teks|tanggal|angka, wajib), in the
 * shape of the app's form fields: any page can move any service's request forward with
 * `DaftarIsian`. Numbers are typed the Indonesian way (1.250.000,50).
 */
export const definisiIsianLangkah = (isian: readonly IsianLangkah[]): DefinisiIsian[] =>
  isian.map((i) => ({ nama: i.kunci, label: i.label, tipe: i.jenis === 'angka' ? 'desimal' : i.jenis, wajib: i.wajib }));

/** What moving forward sends: every field of the step (empty as null, so the server names what is missing). */
export const dataIsian = (isian: readonly IsianLangkah[], nilai: NilaiIsian) => keNilaiApi(definisiIsianLangkah(isian), nilai, { kosong: 'null' });

function tampil(i: IsianLangkah, v: unknown): string {
  if (i.jenis === 'tanggal' && typeof v === 'string') return formatTanggal(v);
  if (i.jenis === 'angka' && typeof v === 'number') return formatAngka(v, Number.isInteger(v) ? 0 : 2);
  return String(v);
}

/** What was recorded at the request's steps (nothing when no step asks for data). */
export function DataLangkahTercatat({ langkah }: { langkah: readonly LangkahTampil[] }) {
  const baris = langkah.flatMap((l) => l.isian.filter((i) => i.nilai !== null && i.nilai !== '').map((i) => ({ ...i, langkah: l.label })));
  if (!baris.length) return null;
  return (
    <dl className="daftar-rinci kartu" data-testid="data-langkah">
      {baris.map((b) => (
        <Rinci key={b.kunci} label={b.label}>
          {tampil(b, b.nilai)} <small className="sub">{b.langkah}</small>
        </Rinci>
      ))}
    </dl>
  );
}
