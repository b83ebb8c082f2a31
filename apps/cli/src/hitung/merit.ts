import { berhasil, gagal, hitungMerit, parseAngka, type Hasil } from '@simasn/domain';
import type { Kalkulator, MasalahMasukan } from './kalkulator.ts';

interface BarisMerit {
  aspek: number;
  sub_aspek: string;
  bobot: number;
  skor: number;
}

interface KeluaranMerit {
  aspek: { aspek: number, nilai: number }[];
  total: number;
  indeks: number;
  kategori: 'I' | 'II' | 'III' | 'IV';
}

function bacaBulat(min: number, max: number, apa: string) {
  return (teks: string): Hasil<number> => {
    const h = parseAngka(teks, { bulat: true });
    if (!h.ok) return gagal(`${apa} harus bilangan bulat ${min} sampai ${max}`);
    return h.nilai >= min && h.nilai <= max ? h : gagal(`${apa} harus bilangan bulat ${min} sampai ${max}`);
  };
}

function bacaBobot(teks: string): Hasil<number> {
  const h = parseAngka(teks);
  if (!h.ok) return h;
  return h.nilai > 0 ? h : gagal('bobot harus lebih dari 0');
}

/**
 * `simasn hitung merit --input FILE`: the Indeks Sistem Merit from scored sub-aspects, one a row
 * (RULES.md section 3): nilai aspek = sum of bobot x skor, total = sum of the aspects, indeks =
 * total / 400 (3 decimals), kategori I-IV on the total. Weights need not sum to 100 (the instrument
 * is data); a score outside 1-4 is refused.
 */
export const MERIT: Kalkulator<BarisMerit, KeluaranMerit> = { ringkas: 'Indeks Sistem Merit: --input FILE (kolom aspek 1-8, sub_aspek, bobot > 0, skor 1-4)',
  kolom: { aspek: { baca: bacaBulat(1, 8, 'aspek') }, sub_aspek: { baca: (teks) => berhasil(teks) }, bobot: { baca: bacaBobot }, skor: { baca: bacaBulat(1, 4, 'skor') } },
  hitung: (baris) => {
    const masalah: MasalahMasukan[] = [];
    const pertama = new Map<string, number>();
    for (const b of baris) {
      const kunci = `${b.nilai.aspek}\u0000${b.nilai.sub_aspek.toLowerCase()}`;
      const lain = pertama.get(kunci);
      if (lain !== undefined) {
        masalah.push({ baris: b.baris, kolom: 'sub_aspek',
          alasan: `aspek ${b.nilai.aspek} sub_aspek "${b.nilai.sub_aspek}" dinilai dua kali: baris ${lain} dan baris ${b.baris}` });
      } else pertama.set(kunci, b.baris);
    }
    if (masalah.length) return { ok: false, masalah };
    const h = hitungMerit(baris.map(({ nilai: v }) => ({ aspek: v.aspek, subAspek: v.sub_aspek, bobot: v.bobot, skor: v.skor })));
    return { ok: true, keluaran: { aspek: h.aspek.map((a) => ({ aspek: a.aspek, nilai: a.nilai })), total: h.total, indeks: h.indeks, kategori: h.kategori.kode } };
  } };
