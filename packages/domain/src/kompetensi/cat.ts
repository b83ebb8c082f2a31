import { berhasil, gagal, type Hasil } from '../hasil.ts';
import type { AturanBerversi } from '../indeks/aturan.ts';

/**
 * Computer-assisted tests (CAT, RULES.md section 11): the shape of a test as data (categories,
 * items per category, minutes, scoring, pass marks), the SKD reference as the demo, scoring of an
 * attempt, and the per-attempt draw and shuffle from a seed. The seed is made by the caller with
 * a cryptographic generator (`crypto.randomBytes(32)`) and saved with the attempt; given the seed
 * and the bank the draw is deterministic, so a saved attempt can always be shown again and audited.
 */

/**
 * How an item of a category is scored: `benar_salah` the right answer earns `benar`, a wrong or
 * blank one `salah` / `kosong`; `bobot_opsi` every option carries a weight from `bobotMin` to
 * `bobotMaks` (TKP), a blank earns `kosong`.
 */
export type PenilaianKategori = { jenis: 'benar_salah', benar: number, salah: number, kosong: number } | { jenis: 'bobot_opsi', bobotMin: number, bobotMaks: number,
  kosong: number };

export interface KategoriCat {
  kode: string;
  nama: string;
  jumlahButir: number;
  penilaian: PenilaianKategori;
  /** The category's pass mark (nilai ambang batas): at least this many points. */
  ambangBatas: number;
}

export interface AturanCat extends AturanBerversi {
  kategori: KategoriCat[];
  /** Time allowed for the whole test, minutes (the server's timer). */
  menit: number;
  /** Items presented category by category (`blok`, SKD) or all mixed (`campur`). */
  urutanKategori: 'blok' | 'campur';
}

/** SKD CPNS (RULES.md section 11; KepmenPAN-RB 321/2024 via secondary pages): TWK 30, TIU 35, TKP 45 items, 100 minutes, maximum 550. */
export const CAT_SKD_2024: AturanCat = { id: 'skd-kepmenpan-321-2024', nama: 'Seleksi Kompetensi Dasar (SKD) CAT',
  dasarHukum: 'KepmenPAN-RB 321/2024 tentang nilai ambang batas SKD (melalui sumber sekunder)', berlakuMulai: '2024-01-01',
  catatan: 'TKP yang tidak dijawab bernilai 0 [impl]; opsi TKP berbobot 1-5.', menit: 100, urutanKategori: 'blok', kategori: [
    { kode: 'TWK', nama: 'Tes Wawasan Kebangsaan', jumlahButir: 30, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 65 },
    { kode: 'TIU', nama: 'Tes Intelegensia Umum', jumlahButir: 35, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 80 },
    { kode: 'TKP', nama: 'Tes Karakteristik Pribadi', jumlahButir: 45, penilaian: { jenis: 'bobot_opsi', bobotMin: 1, bobotMaks: 5, kosong: 0 }, ambangBatas: 166 },
  ] };

export const ATURAN_CAT: Record<string, AturanCat> = { [CAT_SKD_2024.id]: CAT_SKD_2024 };

export function aturanCat(id: string): Hasil<AturanCat> {
  const a = Object.hasOwn(ATURAN_CAT, id) ? ATURAN_CAT[id] : undefined;
  return a ? berhasil(a) : gagal(`aturan tes "${id}" tidak dikenal; pilihan: ${Object.keys(ATURAN_CAT).join(', ')}`);
}

/** The most one item of a category can earn. */
export function nilaiMaksButir(p: PenilaianKategori): number {
  return p.jenis === 'benar_salah' ? Math.max(p.benar, p.salah, p.kosong) : Math.max(p.bobotMaks, p.kosong);
}

/** The most a category, and the whole test, can earn (SKD: 150, 175, 225; 550). */
export function nilaiMaksCat(aturan: AturanCat): { perKategori: Record<string, number>, total: number } {
  const perKategori: Record<string, number> = {};
  let total = 0;
  for (const k of aturan.kategori) {
    perKategori[k.kode] = k.jumlahButir * nilaiMaksButir(k.penilaian);
    total += perKategori[k.kode]!;
  }
  return { perKategori, total };
}

/** The shape of a test as an author writes it; every problem in Indonesian (empty when it can be used). */
export function periksaAturanCat(aturan: AturanCat): string[] {
  const masalah: string[] = [];
  if (!aturan.kategori.length) masalah.push('tes harus punya sedikitnya satu kategori');
  if (!(Number.isInteger(aturan.menit) && aturan.menit > 0)) masalah.push('waktu tes harus menit bulat lebih dari 0');
  const kode = new Set<string>();
  for (const k of aturan.kategori) {
    if (kode.has(k.kode)) masalah.push(`kategori ${k.kode} tercantum dua kali`);
    kode.add(k.kode);
    if (!(Number.isInteger(k.jumlahButir) && k.jumlahButir > 0)) masalah.push(`jumlah butir ${k.kode} harus bilangan bulat lebih dari 0`);
    const p = k.penilaian;
    if (p.jenis === 'bobot_opsi' && !(p.bobotMin <= p.bobotMaks)) masalah.push(`bobot opsi ${k.kode}: bobot terendah melebihi bobot tertinggi`);
    const maks = k.jumlahButir * nilaiMaksButir(p);
    if (!(k.ambangBatas >= 0 && k.ambangBatas <= maks)) masalah.push(`nilai ambang batas ${k.kode} harus 0 sampai ${maks}`);
  }
  return masalah;
}

/** One answer as the attempt stores it: the option chosen (`null` blank), and for `bobot_opsi` its weight. */
export interface JawabanButir {
  kategori: string;
  /** `benar_salah`: whether the option chosen is the key (`null` when blank). */
  benar?: boolean | null;
  /** `bobot_opsi`: the weight of the option chosen (`null` when blank). */
  bobot?: number | null;
}

export interface NilaiKategori {
  kode: string;
  nilai: number;
  nilaiMaks: number;
  ambangBatas: number;
  lulus: boolean;
  dijawab: number;
  benar: number;
}

export interface HasilNilaiCat {
  aturan: string;
  kategori: NilaiKategori[];
  total: number;
  nilaiMaks: number;
  /** Every category at or above its pass mark. */
  lulus: boolean;
  /** In Indonesian: which categories are below their pass mark. */
  keterangan: string;
}

/**
 * The scores of an attempt per category and the pass decision (every category at or above its
 * pass mark). Items not answered are blanks; answers to an unknown category, more answers than
 * the category's items, or a weight outside the options' range are refused.
 */
export function hitungNilaiCat(aturan: AturanCat, jawaban: readonly JawabanButir[]): Hasil<HasilNilaiCat> {
  const perKode = new Map(aturan.kategori.map((k) => [k.kode, { k, nilai: 0, dijawab: 0, benar: 0, jumlah: 0 }]));
  for (const j of jawaban) {
    const s = perKode.get(j.kategori);
    if (!s) return gagal(`kategori "${j.kategori}" tidak ada pada tes ini; pilihan: ${aturan.kategori.map((k) => k.kode).join(', ')}`);
    if (++s.jumlah > s.k.jumlahButir) return gagal(`jawaban ${s.k.kode} lebih banyak dari ${s.k.jumlahButir} butir`);
    const p = s.k.penilaian;
    if (p.jenis === 'benar_salah') {
      if (j.benar === null || j.benar === undefined) s.nilai += p.kosong;
      else {
        s.dijawab++;
        if (j.benar) s.benar++;
        s.nilai += j.benar ? p.benar : p.salah;
      }
    } else if (j.bobot === null || j.bobot === undefined) {
      s.nilai += p.kosong;
    } else {
      if (!(Number.isInteger(j.bobot) && j.bobot >= p.bobotMin && j.bobot <= p.bobotMaks)) {
        return gagal(`bobot jawaban ${s.k.kode} harus bilangan bulat ${p.bobotMin} sampai ${p.bobotMaks}, ditemukan ${j.bobot}`);
      }
      s.dijawab++;
      s.nilai += j.bobot;
    }
  }
  const kategori: NilaiKategori[] = [];
  for (const s of perKode.values()) {
    const p = s.k.penilaian;
    // Items never answered (not even stored as blank) are blanks.
    s.nilai += (s.k.jumlahButir - s.jumlah) * p.kosong;
    kategori.push({ kode: s.k.kode, nilai: s.nilai, nilaiMaks: s.k.jumlahButir * nilaiMaksButir(p), ambangBatas: s.k.ambangBatas, lulus: s.nilai >= s.k.ambangBatas,
      dijawab: s.dijawab, benar: s.benar });
  }
  const kurang = kategori.filter((k) => !k.lulus);
  return berhasil({ aturan: aturan.id, kategori, total: kategori.reduce((a, k) => a + k.nilai, 0), nilaiMaks: nilaiMaksCat(aturan).total, lulus: kurang.length === 0,
    keterangan: kurang.length === 0
      ? 'Memenuhi nilai ambang batas setiap kategori.'
      : `Tidak memenuhi nilai ambang batas ${kurang.map((k) => `${k.kode} (${k.nilai} dari ambang ${k.ambangBatas})`).join(', ')}.` });
}

// ---- the per-attempt draw and shuffle ---------------------------------------------------------

/** The algorithm's version, saved with the attempt beside the seed. */
export const VERSI_ACAK_UJIAN = 1;
/** A seed is at least 128 bits, as hex (`crypto.randomBytes(32).toString('hex')` gives 256). */
export const BIT_BENIH_MIN = 128;

/** An item of the bank as the draw sees it. */
export interface ButirBank {
  id: string;
  kategori: string;
  /** Option ids in the author's order. */
  opsi: readonly string[];
  /** False for items whose options must stay in order ("semua benar", a scale). */
  acakOpsi?: boolean;
}

export interface ButirTerbit {
  id: string;
  kategori: string;
  /** Option ids in the order shown in this attempt. */
  opsi: string[];
}

export interface SusunanUjian {
  versi: number;
  butir: ButirTerbit[];
}

/**
 * xoshiro128** whose 128-bit state is the seed's bytes hashed together (cyrb128: every byte moves
 * every state word), then 16 outputs discarded. The seed's unpredictability (cryptographic, made
 * by the caller) is what keeps an attempt's draw unknown in advance; the generator only spreads it.
 */
function pembangkit(benih: Uint8Array): () => number {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (const b of benih) {
    h1 = h2 ^ Math.imul(h1 ^ b, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ b, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ b, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ b, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  const s = Uint32Array.of(h1, h2 ^ h1, h3 ^ h1, h4 ^ h1);
  if (!(s[0]! | s[1]! | s[2]! | s[3]!)) s[0] = 1;
  const berikut = () => {
    const m = Math.imul(s[1]!, 5);
    const hasil = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = (s[3]! << 11) | (s[3]! >>> 21);
    return hasil;
  };
  for (let i = 0; i < 16; i++) berikut();
  return berikut;
}

/** A uniform whole number 0..n-1 without modulo bias (rejection sampling). */
function bilanganAcak(acak: () => number, n: number): number {
  const batas = 2 ** 32 - (2 ** 32 % n);
  let x = acak();
  while (x >= batas) x = acak();
  return x % n;
}

function kocok<T>(acak: () => number, daftar: T[]): T[] {
  for (let i = daftar.length - 1; i > 0; i--) {
    const j = bilanganAcak(acak, i + 1);
    [daftar[i], daftar[j]] = [daftar[j]!, daftar[i]!];
  }
  return daftar;
}

/** The seed as bytes: hex of at least `BIT_BENIH_MIN` bits. */
export function bacaBenih(benih: string): Hasil<Uint8Array> {
  const s = String(benih ?? '').trim().toLowerCase();
  if (!/^[0-9a-f]*$/.test(s) || s.length % 2) return gagal('benih acak harus heksadesimal (pasangan 0-9, a-f)');
  if (s.length * 4 < BIT_BENIH_MIN) return gagal(`benih acak minimal ${BIT_BENIH_MIN} bit (${BIT_BENIH_MIN / 4} karakter heksadesimal), ditemukan ${s.length * 4} bit`);
  const b = new Uint8Array(s.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return berhasil(b);
}

/**
 * One attempt's items: `jumlahButir` of each category drawn from the bank, in a shuffled order
 * (category by category when the test says `blok`), each item's options shuffled unless the item
 * forbids it. Deterministic given the seed and the bank (the bank is read in id order, whatever
 * order the database returns it in). Refuses a category whose bank holds too few items.
 */
export function susunUjian(aturan: AturanCat, bank: readonly ButirBank[], benih: string): Hasil<SusunanUjian> {
  const b = bacaBenih(benih);
  if (!b.ok) return b;
  const acak = pembangkit(b.nilai);
  const perKategori = new Map<string, ButirBank[]>(aturan.kategori.map((k) => [k.kode, []]));
  const sudah = new Set<string>();
  for (const x of bank) {
    if (sudah.has(x.id)) return gagal(`butir ${x.id} tercantum dua kali di bank soal`);
    sudah.add(x.id);
    perKategori.get(x.kategori)?.push(x);
  }
  const terpilih: ButirBank[][] = [];
  for (const k of aturan.kategori) {
    const ada = perKategori.get(k.kode)!.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    if (ada.length < k.jumlahButir) return gagal(`bank soal ${k.kode} berisi ${ada.length} butir aktif, tes memerlukan ${k.jumlahButir}`);
    // Partial Fisher-Yates: the first jumlahButir places are a uniform draw in a uniform order.
    for (let i = 0; i < k.jumlahButir; i++) {
      const j = i + bilanganAcak(acak, ada.length - i);
      [ada[i], ada[j]] = [ada[j]!, ada[i]!];
    }
    terpilih.push(ada.slice(0, k.jumlahButir));
  }
  const urut = aturan.urutanKategori === 'campur' ? kocok(acak, terpilih.flat()) : terpilih.flat();
  const butir = urut.map((x) => ({ id: x.id, kategori: x.kategori, opsi: x.acakOpsi === false ? [...x.opsi] : kocok(acak, [...x.opsi]) }));
  return berhasil({ versi: VERSI_ACAK_UJIAN, butir });
}
