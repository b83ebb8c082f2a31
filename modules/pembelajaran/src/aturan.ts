import type { JenisModul } from './jenis-pembelajaran.ts';

/**
 * The course rules, pure (unit-tested; the actions apply them to stored rows):
 * - a quiz item is right when the chosen options are exactly its key (order ignored);
 * - a quiz's score is the share of items right, in percent to 2 decimals, passed at its pass mark;
 * - a course is complete when every module is done: a reading (text, PDF, video) when marked
 *   read, a quiz when an attempt reached its pass mark;
 * - progress is the share of modules done.
 */
export function jawabanBenar(kunci: readonly number[], dipilih: readonly number[] | undefined): boolean {
  if (!dipilih) return false;
  const a = [...new Set(kunci)].sort((x, y) => x - y);
  const b = [...new Set(dipilih)].sort((x, y) => x - y);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface HasilKuis {
  benar: number;
  jumlah: number;
  nilai: number;
  lulus: boolean;
}

export function nilaiKuis(soal: readonly { id: number, kunci: readonly number[] }[], jawaban: Readonly<Record<string, readonly number[]>>, nilaiLulus: number): HasilKuis {
  const benar = soal.filter((s) => jawabanBenar(s.kunci, jawaban[String(s.id)])).length;
  const jumlah = soal.length;
  const nilai = jumlah ? Math.round((benar * 10000) / jumlah) / 100 : 0;
  // Compared on whole counts so that 7 of 10 reaches a pass mark of 70 exactly.
  return { benar, jumlah, nilai, lulus: jumlah > 0 && benar * 100 >= nilaiLulus * jumlah };
}

export interface ModulProgres {
  id: number;
  jenis: JenisModul;
}

export function progresKursus(modul: readonly ModulProgres[], selesai: ReadonlySet<number>, kuisLulus: ReadonlySet<number>): { persen: number, lengkap: boolean } {
  if (!modul.length) return { persen: 0, lengkap: false };
  const done = modul.filter((m) => (m.jenis === 'kuis' ? kuisLulus.has(m.id) : selesai.has(m.id))).length;
  return { persen: Math.floor((done * 100) / modul.length), lengkap: done === modul.length };
}

/** Who may enrol: everyone, an employee in one of the units (or below), or holding one of the jabatan. */
export function dalamSasaran(sasaran: 'semua' | 'unit' | 'jabatan', jalurSasaran: readonly string[], jabatanSasaran: readonly number[],
  pegawai: { jalurUnit: string | null, jabatanId: number | null }): boolean
{
  if (sasaran === 'semua') return true;
  if (sasaran === 'unit') return !!pegawai.jalurUnit && jalurSasaran.some((j) => pegawai.jalurUnit!.startsWith(j));
  return pegawai.jabatanId !== null && jabatanSasaran.includes(Number(pegawai.jabatanId));
}

/** A video link that may be embedded: https on a known host. */
export function tautanVideoSah(url: string, host: readonly string[]): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && host.includes(u.hostname);
  } catch {
    return false;
  }
}

/** The printed certificate number: `<seq>/<KODE KURSUS>/SIMASN/<year>`. */
export function nomorSertifikat(urutan: number, kodeKursus: string, tahun: number): string {
  return `${String(urutan).padStart(4, '0')}/${kodeKursus}/SIMASN/${tahun}`;
}

/** A 12-character verification code from random bytes (no 0/O, 1/I to read it aloud). */
const ABJAD = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function kodeVerifikasi(acak: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ABJAD[acak[i]! % ABJAD.length];
  return s;
}
