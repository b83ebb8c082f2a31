import { analisisButir, ATURAN_ANALISIS_BUTIR, ATURAN_ANALISIS_BUTIR_BAWAAN, aturanAnalisisButir, type BarisSkor, berhasil, bulatkan, gagal, type Hasil, parseAngka,
  susunMatriksSkor } from '@simasn/domain';
import type { NilaiSel } from '@simasn/platform';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';

interface BarisButir {
  peserta: string;
  butir: string;
  skor: number;
  skor_maks: number;
}

interface KeluaranAnalisisButir {
  peserta: number;
  butir_jumlah: number;
  alpha: number;
  rata_rata: number;
  simpangan_baku: number;
  butir: { butir: string, p: number, d: number, r: number, perlu_revisi: boolean }[];
}

/** A score: `1`, `0,5`, `4.5`; whole numbers (most rows of a large file) without the general parser. */
function bacaSkor(teks: string, mentah?: NilaiSel): Hasil<number> {
  if (typeof mentah === 'number') return Number.isFinite(mentah) && mentah >= 0 ? berhasil(mentah) : gagal('harus angka 0 atau lebih');
  if (/^\d{1,6}$/.test(teks)) return berhasil(Number(teks));
  const h = parseAngka(teks);
  if (!h.ok) return h;
  return h.nilai >= 0 ? h : gagal('tidak boleh negatif');
}

/**
 * `simasn hitung analisis-butir --input FILE [--aturan simasn-2026]`: the item analysis of one test
 * (RULES.md section 11), one row per participant and item: facility p, discrimination d between
 * the upper and lower 27% by total (ties by participant id), corrected item-total correlation r,
 * Cronbach's alpha (0 when it cannot be measured), the totals' mean and standard deviation
 * (divisor N), and the items to revise; every figure to 4 decimals.
 */
export const ANALISIS_BUTIR: Kalkulator<BarisButir, KeluaranAnalisisButir> = {
  ringkas: `Analisis butir tes: --input FILE (kolom peserta, butir, skor, skor_maks; satu baris per peserta per butir) [--aturan ${
    Object.keys(ATURAN_ANALISIS_BUTIR).join('|')
  }, bawaan ${ATURAN_ANALISIS_BUTIR_BAWAAN}]`,
  kolom: { peserta: { baca: (teks) => berhasil(teks) }, butir: { baca: (teks) => berhasil(teks) }, skor: { baca: bacaSkor }, skor_maks: { baca: bacaSkor } },
  opsi: { aturan: { type: 'string' } },
  // 10.000 attempts x 110 items are 1.100.000 rows; XLSX stays within its own limit.
  batasBarisCsv: 5_000_000,
  hitung: (baris, opsi) => {
    const a = aturanAnalisisButir(opsi.aturan === undefined ? ATURAN_ANALISIS_BUTIR_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const aturan = a.nilai;
    const skor: BarisSkor[] = baris.map((b) => ({ peserta: b.nilai.peserta, butir: b.nilai.butir, skor: b.nilai.skor, skorMaks: b.nilai.skor_maks }));
    const m = susunMatriksSkor(skor);
    if (!m.ok) {
      return { ok: false, masalah: m.masalah.map((x): MasalahMasukan => ({ baris: x.indeks === null ? null : baris[x.indeks]!.baris, kolom: x.kolom, alasan: x.alasan })) };
    }
    const h = analisisButir(aturan, m.matriks);
    if (!h.ok) return { ok: false, masalah: [{ baris: null, kolom: null, alasan: h.alasan }] };
    const r = h.nilai;
    const d = (x: number) => bulatkan(x, aturan.desimal);
    return { ok: true,
      keluaran: { peserta: r.peserta, butir_jumlah: r.butirJumlah, alpha: d(r.alpha), rata_rata: d(r.rataRata), simpangan_baku: d(r.simpanganBaku),
        butir: r.butir.map((b) => ({ butir: b.butir, p: d(b.p), d: d(b.d), r: d(b.r), perlu_revisi: b.perluRevisi })) } };
  },
};
