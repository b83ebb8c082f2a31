import { bulatkan } from '../angka.ts';
import { berhasil, gagal, type Hasil } from '../hasil.ts';
import { pilihAturanBerlaku, type AturanBerversi } from './aturan.ts';

/**
 * Indeks Sistem Merit (RULES.md section 3; PermenPAN-RB 40/2018, KASN). Each sub-aspect is scored
 * 1-4 and multiplied by its weight; an aspect's value is the sum over its sub-aspects, the total the
 * sum over the aspects (100-400 when the weights sum to 100), the index total / 400 (3 decimals).
 * The category is judged on the total.
 */

export const ASPEK_MERIT = [
  { nomor: 1, nama: 'Perencanaan Kebutuhan' },
  { nomor: 2, nama: 'Pengadaan' },
  { nomor: 3, nama: 'Pengembangan Karier' },
  { nomor: 4, nama: 'Promosi dan Mutasi' },
  { nomor: 5, nama: 'Manajemen Kinerja' },
  { nomor: 6, nama: 'Penggajian, Penghargaan dan Disiplin' },
  { nomor: 7, nama: 'Perlindungan dan Pelayanan' },
  { nomor: 8, nama: 'Sistem Informasi' },
] as const;

export interface KategoriMerit {
  kode: 'I' | 'II' | 'III' | 'IV';
  label: string;
  /** The lowest total of the band. */
  mulai: number;
}

export interface AturanMerit extends AturanBerversi {
  aspek: readonly { nomor: number, nama: string }[];
  skorMin: number;
  skorMaks: number;
  /** The index is total / pembagi (400). */
  pembagiIndeks: number;
  /** Highest first. */
  kategori: readonly KategoriMerit[];
  /** The total weight the scale assumes (100): another sum is reported as a warning. */
  jumlahBobotBaku: number;
  /** Names of the score levels (the seed: Kurang 1, Cukup 2, Baik 3, Sangat Baik 4). */
  labelSkor: Record<number, string>;
}

// The KASN instrument's date of issue is not confirmed: it is taken to apply from 1 January 2018.
const PERMENPAN_40_2018: AturanMerit = { id: 'permenpan-40-2018', nama: 'Penilaian Sistem Merit', dasarHukum: 'PermenPAN-RB 40/2018; instrumen KASN', berlakuMulai: '2018-01-01',
  aspek: ASPEK_MERIT, skorMin: 1, skorMaks: 4, pembagiIndeks: 400, kategori: [
    { kode: 'IV', label: 'Sangat Baik', mulai: 325 },
    { kode: 'III', label: 'Baik', mulai: 250 },
    { kode: 'II', label: 'Kurang', mulai: 175 },
    { kode: 'I', label: 'Buruk', mulai: -Infinity },
  ], jumlahBobotBaku: 100, labelSkor: { 1: 'Kurang', 2: 'Cukup', 3: 'Baik', 4: 'Sangat Baik' } };

export const ATURAN_MERIT: Record<string, AturanMerit> = { [PERMENPAN_40_2018.id]: PERMENPAN_40_2018 };
export const ATURAN_MERIT_BAWAAN = PERMENPAN_40_2018.id;

export function aturanMeritBerlaku(tanggal: string): Hasil<AturanMerit> {
  return pilihAturanBerlaku(ATURAN_MERIT, tanggal);
}

/** The category of a total (rounded to 2 decimals first). */
export function kategoriMerit(total: number, aturan: AturanMerit = PERMENPAN_40_2018): KategoriMerit {
  const t = bulatkan(total, 2);
  return aturan.kategori.find((k) => t >= k.mulai) ?? aturan.kategori[aturan.kategori.length - 1]!;
}

// ---------------------------------------------------------------------------------------------
// The instrument: sub-aspects and weights, editable data, versioned. The sub-aspect lists and
// weights are not settled (RULES.md: open); an instance copies one and edits it.

export interface SubAspekInstrumen {
  /** `3.4`: aspect 3, fourth sub-aspect. */
  kode: string;
  nama: string;
  bobot: number;
}

export interface InstrumenMerit extends AturanBerversi {
  aspek: readonly { nomor: number, nama: string, subAspek: readonly SubAspekInstrumen[] }[];
}

function aspekSeed(nomor: number, bobot: number[]) {
  return { nomor, nama: ASPEK_MERIT[nomor - 1]!.nama, subAspek: bobot.map((b, i) => ({ kode: `${nomor}.${i + 1}`, nama: `Sub-aspek ${nomor}.${i + 1}`, bobot: b })) };
}

// The shipped instrument carries the sub-aspect weights of the Lumajang LKjIP 2024 seed (its sub-aspect names are not published).
export const INSTRUMEN_MERIT: Record<string, InstrumenMerit> = {
  'lumajang-2024': { id: 'lumajang-2024', nama: 'Instrumen Sistem Merit 2024', dasarHukum: 'PermenPAN-RB 40/2018', berlakuMulai: '2024-01-01',
    catatan: 'Bobot berjumlah 105, bukan 100 (aspek 3: 32,5; aspek 5: 22,5), sebagaimana tercantum pada laporan kinerja 2024.', aspek: [
      aspekSeed(1, [2.5, 2.5, 2.5, 2.5]),
      aspekSeed(2, [2, 2, 2, 2, 2]),
      aspekSeed(3, [5, 5, 5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5]),
      aspekSeed(4, [5, 2.5, 2.5]),
      aspekSeed(5, [5, 5, 5, 5, 2.5]),
      aspekSeed(6, [2.5, 2.5, 2.5, 2.5]),
      aspekSeed(7, [2, 2]),
      aspekSeed(8, [2, 1, 1, 2]),
    ] },
};

/** Aspect weights in percent as the seeds print them (they disagree: RULES.md section 3). */
export const BOBOT_ASPEK_MERIT: Record<string, { sumber: string, bobot: readonly number[] }> = {
  'lamongan-2022-iku': { sumber: 'LKjIP BKPSDM Lamongan 2022, tabel IKU', bobot: [10, 10, 30, 10, 20, 10, 4, 6] },
  'lamongan-2022-teks': { sumber: 'LKjIP BKPSDM Lamongan 2022, uraian', bobot: [20, 10, 25, 10, 15, 10, 5, 5] },
};

/** Problems of an instrument as edited (empty when usable). */
export function periksaInstrumenMerit(instrumen: InstrumenMerit, aturan: AturanMerit = PERMENPAN_40_2018): string[] {
  const masalah: string[] = [];
  const nomorSah = new Set(aturan.aspek.map((a) => a.nomor));
  const kode = new Set<string>();
  for (const a of instrumen.aspek) {
    if (!nomorSah.has(a.nomor)) masalah.push(`aspek ${a.nomor} tidak dikenal aturan ${aturan.id}`);
    if (!a.subAspek.length) masalah.push(`aspek ${a.nomor} tidak memiliki sub-aspek`);
    for (const s of a.subAspek) {
      if (kode.has(s.kode)) masalah.push(`kode sub-aspek ${s.kode} dipakai lebih dari sekali`);
      kode.add(s.kode);
      if (!(s.bobot > 0) || !Number.isFinite(s.bobot)) masalah.push(`sub-aspek ${s.kode}: bobot harus lebih dari 0`);
    }
  }
  return masalah;
}

// ---------------------------------------------------------------------------------------------
// The computation

export interface SkorSubAspekMerit {
  aspek: number;
  subAspek: string;
  bobot: number;
  skor: number;
}

/** Pairs an instrument with the scores given per sub-aspect code. */
export function lembarMerit(instrumen: InstrumenMerit, skor: Record<string, number>): Hasil<SkorSubAspekMerit[]> {
  const hasil: SkorSubAspekMerit[] = [];
  const kurang: string[] = [];
  for (const a of instrumen.aspek) {
    for (const s of a.subAspek) {
      const x = skor[s.kode];
      if (x === undefined) kurang.push(s.kode);
      else hasil.push({ aspek: a.nomor, subAspek: s.kode, bobot: s.bobot, skor: x });
    }
  }
  const asing = Object.keys(skor).filter((k) => !instrumen.aspek.some((a) => a.subAspek.some((s) => s.kode === k)));
  if (kurang.length) return gagal(`sub-aspek tanpa skor: ${kurang.join(', ')}`);
  if (asing.length) return gagal(`sub-aspek tidak ada pada instrumen ${instrumen.id}: ${asing.join(', ')}`);
  return berhasil(hasil);
}

export interface NilaiAspekMerit {
  aspek: number;
  nama: string;
  /** Sum of bobot x skor, 2 decimals. */
  nilai: number;
  jumlahBobot: number;
}

export interface HasilMerit {
  aturan: string;
  /** Aspects present, ascending. */
  aspek: NilaiAspekMerit[];
  total: number;
  /** total / 400, 3 decimals. */
  indeks: number;
  kategori: KategoriMerit;
  jumlahBobot: number;
  /** Scores outside 1-4 (computed as given, so a report can be reproduced, but not valid). */
  skorTidakSah: SkorSubAspekMerit[];
  /** Weights not summing to 100, invalid scores, unknown aspects, duplicated sub-aspects. */
  peringatan: string[];
}

/**
 * The index from scored sub-aspects. It does not refuse: a report's figures are reproduced as
 * given (lumajang-2024-merit has weights summing to 105 and a score of 0), and what is wrong is
 * listed in `peringatan` / `skorTidakSah`. A form or an import validates before calling it.
 */
export function hitungMerit(subAspek: readonly SkorSubAspekMerit[], aturan: AturanMerit = PERMENPAN_40_2018): HasilMerit {
  const peringatan: string[] = [];
  const perAspek = new Map<number, { nilai: number, bobot: number }>();
  const terlihat = new Set<string>();
  const skorTidakSah: SkorSubAspekMerit[] = [];
  for (const s of subAspek) {
    const kunci = `${s.aspek}\u0000${s.subAspek.trim().toLowerCase()}`;
    if (terlihat.has(kunci)) peringatan.push(`sub-aspek ${s.subAspek} pada aspek ${s.aspek} muncul lebih dari sekali`);
    terlihat.add(kunci);
    if (!Number.isInteger(s.skor) || s.skor < aturan.skorMin || s.skor > aturan.skorMaks) {
      skorTidakSah.push({ ...s });
      peringatan.push(`aspek ${s.aspek}, sub-aspek ${s.subAspek}: skor ${s.skor} di luar skala ${aturan.skorMin}-${aturan.skorMaks}`);
    }
    if (!(s.bobot > 0)) peringatan.push(`aspek ${s.aspek}, sub-aspek ${s.subAspek}: bobot ${s.bobot} harus lebih dari 0`);
    const a = perAspek.get(s.aspek) ?? { nilai: 0, bobot: 0 };
    a.nilai += s.bobot * s.skor;
    a.bobot += s.bobot;
    perAspek.set(s.aspek, a);
  }
  const aspek = [...perAspek.entries()].sort(([x], [y]) => x - y).map(([nomor, a]) => {
    const nama = aturan.aspek.find((x) => x.nomor === nomor)?.nama;
    if (nama === undefined) peringatan.push(`aspek ${nomor} tidak dikenal aturan ${aturan.id}`);
    return { aspek: nomor, nama: nama ?? `Aspek ${nomor}`, nilai: bulatkan(a.nilai, 2), jumlahBobot: bulatkan(a.bobot, 4) };
  });
  for (const a of aturan.aspek) if (!perAspek.has(a.nomor)) peringatan.push(`aspek ${a.nomor} (${a.nama}) tidak dinilai`);
  const totalTepat = [...perAspek.values()].reduce((s, a) => s + a.nilai, 0);
  const jumlahBobot = bulatkan([...perAspek.values()].reduce((s, a) => s + a.bobot, 0), 4);
  if (jumlahBobot !== aturan.jumlahBobotBaku) {
    peringatan.push(
      `jumlah bobot ${jumlahBobot}, bukan ${aturan.jumlahBobotBaku}: total tidak lagi pada rentang ${aturan.jumlahBobotBaku * aturan.skorMin}-${
        aturan.jumlahBobotBaku * aturan.skorMaks
      }`,
    );
  }
  const total = bulatkan(totalTepat, 2);
  return { aturan: aturan.id, aspek, total, indeks: bulatkan(totalTepat / aturan.pembagiIndeks, 3), kategori: kategoriMerit(total, aturan), jumlahBobot, skorTidakSah, peringatan };
}

/** Total, index and category from aspect values already computed (lamongan-2022-merit: 278). */
export function ringkasMerit(nilaiAspek: readonly number[], aturan: AturanMerit = PERMENPAN_40_2018): { aturan: string, total: number, indeks: number, kategori: KategoriMerit } {
  const tepat = nilaiAspek.reduce((s, x) => s + x, 0);
  const total = bulatkan(tepat, 2);
  return { aturan: aturan.id, total, indeks: bulatkan(tepat / aturan.pembagiIndeks, 3), kategori: kategoriMerit(total, aturan) };
}

// ---------------------------------------------------------------------------------------------
// Which sub-aspects raise the category soonest

export interface LangkahMerit {
  aspek: number;
  subAspek: string;
  bobot: number;
  dari: number;
  ke: number;
  /** Points gained: bobot x (ke - dari). */
  tambahan: number;
}

export interface UsulanMerit {
  aturan: string;
  total: number;
  kategori: KategoriMerit;
  /** Null when already in the top category. */
  kategoriBerikutnya: KategoriMerit | null;
  /** Points missing to reach the next category. */
  kurang: number;
  /** Every sub-aspect that can still rise, by points per +1 step (bobot), highest first. */
  urutan: { aspek: number, subAspek: string, bobot: number, skor: number, langkahTersisa: number }[];
  /** The fewest +1 steps that reach the next category (grouped per sub-aspect). */
  langkah: LangkahMerit[];
  jumlahLangkah: number;
  totalSetelah: number;
  /** False when even every sub-aspect at 4 does not reach the next category. */
  tercapai: boolean;
}

/**
 * Points per +1 step are the sub-aspect's weight, so the fewest steps to gain a given number of
 * points take the heaviest steps first (no other choice of k steps gains more). Ties: the lower
 * score first (an easier step), then aspect and sub-aspect order. Invalid scores are left out.
 */
export function usulanNaikKategoriMerit(subAspek: readonly SkorSubAspekMerit[], aturan: AturanMerit = PERMENPAN_40_2018): UsulanMerit {
  const h = hitungMerit(subAspek, aturan);
  const urutanKategori = [...aturan.kategori].sort((a, b) => a.mulai - b.mulai);
  const i = urutanKategori.findIndex((k) => k.kode === h.kategori.kode);
  const berikutnya = urutanKategori[i + 1] ?? null;
  const urutan = subAspek.map((s, indeks) => ({ s, indeks })).filter(({ s }) => Number.isInteger(s.skor) && s.skor >= aturan.skorMin && s.skor < aturan.skorMaks && s.bobot > 0)
    .sort((a, b) => b.s.bobot - a.s.bobot || a.s.skor - b.s.skor || a.indeks - b.indeks).map(({ s }) => ({ aspek: s.aspek, subAspek: s.subAspek, bobot: s.bobot, skor: s.skor,
      langkahTersisa: aturan.skorMaks - s.skor })
    );
  const dasar = { aturan: aturan.id, total: h.total, kategori: h.kategori, kategoriBerikutnya: berikutnya, urutan };
  if (!berikutnya) return { ...dasar, kurang: 0, langkah: [], jumlahLangkah: 0, totalSetelah: h.total, tercapai: true };

  const kurang = bulatkan(berikutnya.mulai - h.total, 2);
  let tambah = 0;
  let jumlahLangkah = 0;
  const langkah: LangkahMerit[] = [];
  for (const u of urutan) {
    if (tambah >= kurang - 1e-9) break;
    // A sub-aspect's steps all weigh the same and none heavier remains, so take as many as needed.
    const perlu = Math.min(u.langkahTersisa, Math.ceil((kurang - tambah) / u.bobot - 1e-9));
    tambah += perlu * u.bobot;
    jumlahLangkah += perlu;
    langkah.push({ aspek: u.aspek, subAspek: u.subAspek, bobot: u.bobot, dari: u.skor, ke: u.skor + perlu, tambahan: bulatkan(perlu * u.bobot, 2) });
  }
  return { ...dasar, kurang, langkah, jumlahLangkah, totalSetelah: bulatkan(h.total + tambah, 2), tercapai: tambah >= kurang - 1e-9 };
}
