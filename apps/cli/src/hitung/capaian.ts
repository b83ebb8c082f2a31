import { berhasil, gagal, hitungCapaian, NA, parseAngka, persen2, type BisaNa, type Hasil, type Polaritas } from '@simasn/domain';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';

const POLARITAS: Record<string, Polaritas> = { positif: 'positif', positive: 'positif', '+': 'positif', negatif: 'negatif', negative: 'negatif', '-': 'negatif' };

function bacaPolaritas(teks: string): Hasil<Polaritas> {
  const p = POLARITAS[teks.trim().toLowerCase()];
  return p ? berhasil(p) : gagal('polaritas tidak dikenal (positif, negatif)');
}

/** A number, Indonesian (`1.234,5`) or international (`1234.5`); a trailing `%` is allowed. */
function bacaNilai(teks: string): Hasil<number> {
  return parseAngka(teks.replace(/\s*%$/, ''));
}

/** Realisasi may be N/A (not released yet): a state, never zero. */
function bacaRealisasi(teks: string): Hasil<BisaNa> {
  return /^(n\/?a|na)$/i.test(teks.trim()) ? berhasil(NA) : bacaNilai(teks);
}

interface BarisCapaian {
  kode: string;
  target: number;
  realisasi: BisaNa;
  polaritas: Polaritas;
}

interface KeluaranCapaian {
  indikator: { kode: string, capaian: number | null }[];
}

/**
 * `simasn hitung capaian --input FILE [--batas N]`: capaian kinerja per indicator, percent with 2
 * decimals. No cap unless --batas N (an explicit policy). Realisasi N/A gives capaian null.
 */
export const CAPAIAN: Kalkulator<BarisCapaian, KeluaranCapaian> = {
  ringkas: 'Capaian kinerja: --input FILE (kolom kode, target, realisasi (angka atau N/A), polaritas: positif|negatif) [--batas N, mis. 100 atau 120; bawaan tanpa batas]',
  kolom: { kode: { baca: (t) => berhasil(t) }, target: { baca: bacaNilai }, realisasi: { baca: bacaRealisasi }, polaritas: { baca: bacaPolaritas } },
  opsi: { batas: { type: 'string' } },
  hitung: (baris, opsi) => {
    let batas: number | null = null;
    if (opsi.batas !== undefined) {
      const h = parseAngka(String(opsi.batas));
      if (!h.ok || !(h.nilai > 0)) {return { ok: false,
          masalah: [{ baris: null, kolom: '--batas', alasan: `"${opsi.batas}": batas capaian harus angka lebih dari 0 (mis. 100 atau 120)` }] };}
      batas = h.nilai;
    }
    const masalah: MasalahMasukan[] = [];
    const indikator: KeluaranCapaian['indikator'] = [];
    for (const b of baris) {
      const v = b.nilai;
      const h = hitungCapaian({ target: v.target, realisasi: v.realisasi, polaritas: v.polaritas }, { batas });
      if (!h.ok) {
        masalah.push({ baris: b.baris, kolom: 'target', alasan: h.alasan });
        continue;
      }
      const c = persen2(h.nilai);
      indikator.push({ kode: v.kode, capaian: c === NA ? null : c });
    }
    return masalah.length ? { ok: false, masalah } : { ok: true, keluaran: { indikator } };
  },
};
