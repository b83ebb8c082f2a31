import { bulatkan, formatAngka, formatPersen, formatRupiah, formatTanggal, NA, type BisaNa } from '@simasn/domain';
import type { Blok, Potongan, SelTabel } from '@simasn/platform/dokumen';
import type { LaporanLkjip, Narasi } from './model.ts';

/** An indicator figure: whole numbers bare (12), others with 2 decimals (57,12); N/A and unknown as printed. */
export function nilai(x: BisaNa | null | undefined): string {
  if (x === NA) return 'N/A';
  if (x === null || x === undefined) return '-';
  return formatAngka(x, Number.isInteger(bulatkan(x, 2)) ? 0 : 2);
}

/** A percentage figure: 101,37%. */
export function persen(x: BisaNa | null | undefined): string {
  if (x === NA) return 'N/A';
  return formatPersen(x ?? null);
}

/** Rupiah in tables: 8.328.663.601 (the header says Rp). */
export function rupiah(x: number | null | undefined): string {
  return formatAngka(x ?? null, Number.isInteger(x ?? 0) ? 0 : 2);
}

export { formatRupiah, formatTanggal };

/** "Renstra BKD 2021-2026": the period in brackets only when the name does not already say it. */
export function namaDenganPeriode(nama: string, awal: number, akhir: number): string {
  return nama.includes(String(awal)) && nama.includes(String(akhir)) ? nama : `${nama} (${awal}-${akhir})`;
}

/** "INDAH WAHYUNI (Pj. Bupati Lumajang)", but "Bupati Sukamaju" once when the name is the office. */
export function namaDanJabatan(p: { nama: string, jabatan: string }): string {
  const sama = (a: string) => a.trim().toLowerCase().replace(/\s+/g, ' ');
  return !p.jabatan.trim() || sama(p.nama).includes(sama(p.jabatan)) ? p.nama : `${p.nama} (${p.jabatan})`;
}

export const kanan = (teks: string, tebal?: boolean): SelTabel => ({ teks, rata: 'kanan', tebal });
export const tengah = (teks: string, tebal?: boolean): SelTabel => ({ teks, rata: 'tengah', tebal });
export const tebal = (teks: string, kolom?: number): SelTabel => ({ teks, tebal: true, kolom });

/** "Sukamaju, 15 Januari 2025": the place is the seat of the kabupaten. */
export function tempatTanggal(l: Pick<LaporanLkjip, 'instansi' | 'tanggal'>): string {
  const tempat = l.instansi.ibuKota ?? l.instansi.nama.replace(/^(Kabupaten|Kota)\s+/i, '');
  return `${tempat}, ${formatTanggal(l.tanggal)}`;
}

/** `**tebal**` inside a line becomes bold runs. */
function potongBaris(baris: string): Potongan[] {
  return baris.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((b) => (b.startsWith('**') && b.endsWith('**') ? { teks: b.slice(2, -2), tebal: true } : { teks: b }));
}

/**
 * Narrative text as users write it in the app: paragraphs separated by blank lines; lines
 * starting with "- " or "1. " are list items; `**bold**`.
 */
export function blokNarasi(teks: string): Blok[] {
  const hasil: Blok[] = [];
  for (const kelompok of teks.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const baris = kelompok.split('\n').map((b) => b.trim()).filter(Boolean);
    let paragraf: string[] = [];
    let butir: { teks: string, bernomor: boolean }[] = [];
    const tutupParagraf = () => {
      if (paragraf.length) hasil.push({ jenis: 'paragraf', teks: potongBaris(paragraf.join(' ')) });
      paragraf = [];
    };
    const tutupDaftar = () => {
      if (butir.length) hasil.push({ jenis: 'daftar', bernomor: butir[0]!.bernomor, butir: butir.map((b) => potongBaris(b.teks)) });
      butir = [];
    };
    for (const b of baris) {
      const m = /^(?:([-*•])|(\d+)[.)])\s+(.*)$/.exec(b);
      if (m) {
        tutupParagraf();
        butir.push({ teks: m[3]!, bernomor: !m[1] });
      } else {
        tutupDaftar();
        paragraf.push(b);
      }
    }
    tutupParagraf();
    tutupDaftar();
  }
  return hasil;
}

/**
 * The narrative of a part, its standard text, or nothing: a report is built with an unwritten part
 * only when the user chose to leave it blank (buatBerkasLkjip refuses otherwise, naming the parts),
 * so no note to the writer ever reaches the printed report.
 */
export function narasiAtau(n: Narasi | undefined, bawaan: string | null = null): Blok[] {
  if (n?.isi.trim()) return blokNarasi(n.isi);
  if (bawaan) return blokNarasi(bawaan);
  return [];
}
