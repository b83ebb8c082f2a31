import { berhasil, gagal, type Hasil } from './hasil.ts';

/**
 * Rounds half away from zero at `desimal` places, on the decimal representation so that
 * 1.005 becomes 1.01 (binary floating point would give 1.00). Rules compute exactly and round
 * only the final figure (RULES.md, seed-cases.json).
 */
export function bulatkan(x: number, desimal = 2): number {
  if (!Number.isFinite(x)) return x;
  const tanda = x < 0 ? -1 : 1;
  const geser = Number(`${Math.abs(x)}e${desimal}`);
  const bulat = Math.round(Number(geser.toPrecision(15)));
  return tanda * Number(`${bulat}e-${desimal}`) || 0;
}

/** `1.234.567,89` (Indonesian: thousands `.`, decimals `,`). */
export function formatAngka(x: number | null | undefined, desimal = 0): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  const tetap = bulatkan(x, desimal).toFixed(desimal);
  const negatif = tetap.startsWith('-');
  const [bulat, pecahan] = (negatif ? tetap.slice(1) : tetap).split('.');
  const ribuan = bulat!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negatif ? '-' : ''}${ribuan}${pecahan ? `,${pecahan}` : ''}`;
}

/** `Rp 8.328.663.601,00` */
export function formatRupiah(x: number | null | undefined): string {
  if (x === null || x === undefined) return '-';
  return `Rp ${formatAngka(x, 2)}`;
}

/** `106,92%` */
export function formatPersen(x: number | null | undefined, desimal = 2): string {
  if (x === null || x === undefined) return '-';
  return `${formatAngka(x, desimal)}%`;
}

/**
 * How a text writes its numbers, when that is known: `id` Indonesian (thousands `.`, decimals `,`:
 * what `formatAngka` prints and what a person types into our Indonesian forms), `en` international.
 */
export type GayaAngka = 'id' | 'en';

/**
 * Reads a number written the Indonesian way (`1.234,5`) or the international way (`1234.5`),
 * when the writing leaves no doubt. A single separator followed by exactly three digits (`1.234`,
 * `1,234`) could be a thousands mark or a decimal point (RULES.md section 7): it is read by `gaya`
 * when the writing is known (our own forms are Indonesian: `gaya: 'id'` reads back every figure
 * `formatAngka` prints, `1.000` -> 1000, `1,234` -> 1,234), and refused when it is not (a file of
 * unknown origin). For whole-number fields (`bulat`), a thousands-grouped `1.234` is taken as 1234.
 */
export function parseAngka(teks: string | number, opsi: { bulat?: boolean, gaya?: GayaAngka | null } = {}): Hasil<number> {
  if (typeof teks === 'number') {
    if (!Number.isFinite(teks)) return gagal('bukan angka');
    if (opsi.bulat && !Number.isInteger(teks)) return gagal(`${teks} harus bilangan bulat`);
    return berhasil(teks);
  }
  let s = teks.trim().replace(/\s+/g, '');
  if (s === '') return gagal('angka kosong');
  let tanda = 1;
  if (s.startsWith('-')) {
    tanda = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return gagal(`"${teks}" bukan angka`);

  const titik = (s.match(/\./g) ?? []).length;
  const koma = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (titik === 0 && koma === 0) {
    normal = s;
  } else if (titik > 0 && koma > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const desimalKoma = s.lastIndexOf(',') > s.lastIndexOf('.');
    const ribuan = desimalKoma ? '.' : ',';
    const desimal = desimalKoma ? ',' : '.';
    if ((desimalKoma ? koma : titik) !== 1) return gagal(`"${teks}": tanda desimal muncul lebih dari sekali`);
    const [kiri, kanan] = s.split(desimal);
    if (!grupRibuanSah(kiri!, ribuan)) return gagal(`"${teks}": pengelompokan ribuan tidak sah`);
    normal = `${kiri!.split(ribuan).join('')}.${kanan}`;
  } else {
    const tanda1 = titik > 0 ? '.' : ',';
    const jumlah = titik + koma;
    const bagian = s.split(tanda1);
    if (jumlah > 1) {
      // `1.234.567` or `1,234,567`: only thousands grouping makes sense.
      if (!grupRibuanSah(s, tanda1)) return gagal(`"${teks}" bukan angka yang sah`);
      normal = bagian.join('');
    } else if (bagian[1]!.length === 3 && bagian[0]!.length >= 1 && bagian[0] !== '0') {
      const ribuan = opsi.gaya ? tanda1 === (opsi.gaya === 'id' ? '.' : ',') : opsi.bulat && tanda1 === '.';
      if (ribuan) normal = bagian.join('');
      else if (opsi.gaya) normal = `${bagian[0]}.${bagian[1]}`;
      else return gagal(`"${teks}" bermakna ganda: tulis 1234 atau 1234,5 (ribuan tanpa titik) atau pakai dua tanda, mis. 1.234,5`);
    } else {
      if (bagian[0] === '' || bagian[1] === '') return gagal(`"${teks}" bukan angka yang sah`);
      normal = `${bagian[0]}.${bagian[1]}`;
    }
  }
  const n = tanda * Number(normal);
  if (!Number.isFinite(n)) return gagal(`"${teks}" bukan angka`);
  if (opsi.bulat && !Number.isInteger(n)) return gagal(`"${teks}" harus bilangan bulat`);
  return berhasil(n);
}

/**
 * A number typed into one of our (Indonesian) forms, or shown there by `formatAngka`: the writing is
 * Indonesian, so what we print is read back (`1.000` -> 1000, `12.345.678` -> 12345678, `0,5` -> 0,5);
 * an unambiguous international `1234.5` is still accepted. The one rule for every form field.
 */
export function bacaAngkaIsian(teks: string | number, opsi: { bulat?: boolean } = {}): Hasil<number> {
  return parseAngka(teks, { ...opsi, gaya: 'id' });
}

function grupRibuanSah(s: string, pemisah: string): boolean {
  const bagian = s.split(pemisah);
  if (bagian.length === 1) return /^\d+$/.test(s);
  return /^\d{1,3}$/.test(bagian[0]!) && bagian.slice(1).every((b) => /^\d{3}$/.test(b));
}
