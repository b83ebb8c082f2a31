import { ATURAN_IKM, ATURAN_IKM_BAWAAN, cariAturan, gagal, hitungIkmDariJawaban, parseAngka, type Hasil } from '@simasn/domain';
import type { Kalkulator } from './kalkulator.ts';

type BarisIkm = Record<'u1' | 'u2' | 'u3' | 'u4' | 'u5' | 'u6' | 'u7' | 'u8' | 'u9', number>;
const KOLOM = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

interface KeluaranIkm {
  responden: number;
  nrr: number[];
  ikm: number;
  mutu: 'A' | 'B' | 'C' | 'D';
  kinerja_unit: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
}

function bacaJawaban(teks: string): Hasil<number> {
  const h = parseAngka(teks, { bulat: true });
  if (!h.ok) return gagal('jawaban harus bilangan bulat 1 sampai 4');
  return h.nilai >= 1 && h.nilai <= 4 ? h : gagal('jawaban harus bilangan bulat 1 sampai 4');
}

/**
 * `simasn hitung ikm --input FILE [--aturan ID]`: the IKM of a Survei Kepuasan Masyarakat, one
 * respondent a row, columns u1..u9 in the order of the 9 unsur (RULES.md section 4).
 */
export const IKM: Kalkulator<BarisIkm, KeluaranIkm> = {
  ringkas: `Indeks Kepuasan Masyarakat: --input FILE (kolom u1..u9, jawaban 1-4, satu responden satu baris) [--aturan ${
    Object.keys(ATURAN_IKM).join('|')
  }, bawaan ${ATURAN_IKM_BAWAAN}]`,
  kolom: Object.fromEntries(KOLOM.map((k) => [k, { baca: bacaJawaban }])) as Kalkulator<BarisIkm>['kolom'],
  opsi: { aturan: { type: 'string' } },
  hitung: (baris, opsi) => {
    const a = cariAturan(ATURAN_IKM, opsi.aturan === undefined ? ATURAN_IKM_BAWAAN : String(opsi.aturan));
    if (!a.ok) return { ok: false, masalah: [{ baris: null, kolom: '--aturan', alasan: a.alasan }] };
    const h = hitungIkmDariJawaban(baris.map((b) => KOLOM.map((k) => b.nilai[k])), a.nilai);
    if (!h.ok) return { ok: false, masalah: [{ baris: null, kolom: null, alasan: h.alasan }] };
    const r = h.nilai;
    return { ok: true, keluaran: { responden: r.responden, nrr: r.nrr, ikm: r.ikm, mutu: r.mutu.kode, kinerja_unit: r.mutu.label } };
  },
};
