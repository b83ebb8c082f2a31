import { berhasil, gagal, type Hasil } from './hasil.ts';

/** Golongan ruang PNS and their pangkat (RULES.md section 1). Ordered from lowest to highest. */
export const GOLONGAN_PNS = [
  { kode: 'I/a', pangkat: 'Juru Muda' },
  { kode: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { kode: 'I/c', pangkat: 'Juru' },
  { kode: 'I/d', pangkat: 'Juru Tingkat I' },
  { kode: 'II/a', pangkat: 'Pengatur Muda' },
  { kode: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { kode: 'II/c', pangkat: 'Pengatur' },
  { kode: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { kode: 'III/a', pangkat: 'Penata Muda' },
  { kode: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { kode: 'III/c', pangkat: 'Penata' },
  { kode: 'III/d', pangkat: 'Penata Tingkat I' },
  { kode: 'IV/a', pangkat: 'Pembina' },
  { kode: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { kode: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { kode: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { kode: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export type KodeGolonganPns = (typeof GOLONGAN_PNS)[number]['kode'];

/** Golongan PPPK I-XVII (Perpres 98/2020); PPPK have no pangkat. */
export const GOLONGAN_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
export type KodeGolonganPppk = (typeof GOLONGAN_PPPK)[number];

/** The ladders lowest first, as SQL reads them (`array_position($1::text[], golongan)`: PNS, then PPPK). */
export const URUTAN_GOLONGAN_PNS: readonly string[] = GOLONGAN_PNS.map((g) => g.kode);
export const URUTAN_GOLONGAN_PPPK: readonly string[] = GOLONGAN_PPPK;
export type KodeGolongan = KodeGolonganPns | KodeGolonganPppk;

const ROMAWI: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** Accepts `III/a`, `III a`, `IIIa`, `III-a`, `III.a`, `3/a`, `3a`; returns `III/a`. */
export function parseGolonganPns(teks: string): Hasil<KodeGolonganPns> {
  const s = String(teks ?? '').trim();
  const m = /^(IV|III|II|I|[1-4])\s*[/.-]?\s*([a-eA-E])$/i.exec(s);
  if (!m) return gagal(`golongan "${s}" tidak dikenal (contoh: III/a)`);
  const romawi = ROMAWI[m[1]!] ?? m[1]!.toUpperCase();
  const kode = `${romawi}/${m[2]!.toLowerCase()}`;
  if (!GOLONGAN_PNS.some((g) => g.kode === kode)) return gagal(`golongan "${s}" tidak ada (golongan ${romawi} berakhir di ${romawi === 'IV' ? 'e' : 'd'})`);
  return berhasil(kode as KodeGolonganPns);
}

export function parseGolongan(teks: string, status: 'PNS' | 'CPNS' | 'PPPK'): Hasil<KodeGolongan> {
  if (status !== 'PPPK') return parseGolonganPns(teks);
  const s = String(teks ?? '').trim().toUpperCase();
  if ((GOLONGAN_PPPK as readonly string[]).includes(s)) return berhasil(s as KodeGolonganPppk);
  return gagal(`golongan PPPK "${teks}" tidak dikenal (I sampai XVII)`);
}

/** Position in the ladder (I/a = 0 ... IV/e = 16); -1 when unknown. */
export function urutanGolongan(kode: string): number {
  return GOLONGAN_PNS.findIndex((g) => g.kode === kode);
}

export function pangkatDari(kode: string): string | undefined {
  return GOLONGAN_PNS.find((g) => g.kode === kode)?.pangkat;
}

/** `Penata Muda (III/a)` */
export function labelGolongan(kode: string | null | undefined): string {
  if (!kode) return '-';
  const p = pangkatDari(kode);
  return p ? `${p} (${kode})` : `Golongan ${kode}`;
}

/** The next golongan up, or undefined at IV/e. */
export function golonganBerikutnya(kode: KodeGolonganPns): KodeGolonganPns | undefined {
  const i = urutanGolongan(kode);
  return i >= 0 && i < GOLONGAN_PNS.length - 1 ? GOLONGAN_PNS[i + 1]!.kode : undefined;
}

/** Roman group of a golongan: `III/a` -> `III`. */
export function ruangGolongan(kode: string): string {
  return kode.split('/')[0]!;
}
