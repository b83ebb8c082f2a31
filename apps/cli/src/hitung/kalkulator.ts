import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Hasil } from '@simasn/domain';
// The table readers alone (not the whole platform: its document and mail libraries), so a calculator starts quickly.
import { apakahXlsx, bacaCsv, bacaXlsx, type NilaiSel, type TabelMentah } from '@simasn/platform/tabel';

/**
 * The batch calculators' contract (`simasn hitung ...`, `simasn periksa ...`): read a table with a
 * header row (CSV, comma or semicolon separated, Indonesian decimal commas accepted; XLSX too),
 * validate every row, then print one JSON object on stdout and exit 0. On invalid input print
 * every problem on stderr naming the row, the column and the reason, print nothing on stdout,
 * and exit 2. They never open the database.
 */

/** One problem in the input. `baris` is the line in the file (the header is line 1). */
export interface MasalahMasukan {
  baris: number | null;
  kolom: string | null;
  alasan: string;
}

export interface KolomMasukan<T> {
  /** Required unless false; an empty optional cell gives `undefined`. */
  wajib?: boolean;
  /** `mentah` is the cell as the file holds it (an XLSX number cell is a number, whose printed precision the file does not say). */
  baca: (teks: string, mentah?: NilaiSel) => Hasil<T>;
}

export type DefinisiKolom<B> = { [K in keyof B]-?: KolomMasukan<Exclude<B[K], undefined>>; };

export interface BarisMasukan<B> {
  /** Line in the file (header = 1). */
  baris: number;
  nilai: B;
}

export type HasilKalkulator<O> = { ok: true, keluaran: O } | { ok: false, masalah: MasalahMasukan[] };

export interface Kalkulator<B, O = unknown> {
  ringkas: string;
  kolom: DefinisiKolom<B>;
  opsi?: ParseArgsConfig['options'];
  /** Data rows a CSV may hold, when more than the upload limit (100.000): inputs of one row per answer. */
  batasBarisCsv?: number;
  hitung: (baris: BarisMasukan<B>[], opsi: Record<string, unknown>) => HasilKalkulator<O>;
}

export const normalKolom = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[\s-]+/g, '_');

/** Validates every row of a table against a calculator's columns; pure, for tests and the CLI. */
export function bacaBaris<B>(tabel: TabelMentah, kolom: DefinisiKolom<B>): HasilKalkulator<BarisMasukan<B>[]> {
  const masalah: MasalahMasukan[] = [];
  const header = tabel.header.map(normalKolom);
  const posisi = new Map<string, number>();
  header.forEach((h, i) => {
    if (h && !posisi.has(h)) posisi.set(h, i);
  });
  for (const [nama, def] of Object.entries(kolom) as [string, KolomMasukan<unknown>][]) {
    if (def.wajib !== false && !posisi.has(nama)) masalah.push({ baris: 1, kolom: nama, alasan: `kolom "${nama}" tidak ada pada baris judul` });
  }
  if (masalah.length) return { ok: false, masalah };
  if (!tabel.baris.length) return { ok: false, masalah: [{ baris: null, kolom: null, alasan: 'berkas tidak berisi baris data' }] };
  const hasil: BarisMasukan<B>[] = [];
  // Once, not per row: a calculator's input may hold a million rows.
  const daftarKolom = (Object.entries(kolom) as [string, KolomMasukan<unknown>][]).map(([nama, def]) => [nama, def, posisi.get(nama)] as const);
  for (const b of tabel.baris) {
    const nilai: Record<string, unknown> = {};
    for (const [nama, def, i] of daftarKolom) {
      const mentah = i === undefined ? null : b.sel[i];
      const teks = mentah === null || mentah === undefined ? '' : mentah instanceof Date ? mentah.toISOString().slice(0, 10) : String(mentah).trim();
      if (teks === '') {
        if (def.wajib !== false) masalah.push({ baris: b.nomor, kolom: nama, alasan: 'wajib diisi' });
        continue;
      }
      const h = def.baca(teks, mentah ?? null);
      if (h.ok) nilai[nama] = h.nilai;
      else masalah.push({ baris: b.nomor, kolom: nama, alasan: `"${teks}": ${h.alasan}` });
    }
    hasil.push({ baris: b.nomor, nilai: nilai as B });
  }
  return masalah.length ? { ok: false, masalah } : { ok: true, keluaran: hasil };
}

export function tulisMasalah(m: MasalahMasukan): string {
  const letak = [m.baris !== null ? `baris ${m.baris}${m.baris > 1 ? ` (data ke-${m.baris - 1})` : ''}` : null, m.kolom !== null ? `kolom ${m.kolom}` : null].filter(Boolean).join(
    ', ',
  );
  return `${letak ? `${letak}: ` : ''}${m.alasan}`;
}

/** A calculator as the command table holds it: its row and output types stay inside `jalankan`. */
export interface KalkulatorTerdaftar {
  ringkas: string;
  /** argv in, exit code out. */
  jalankan: (argv: string[], nama: string) => Promise<number>;
}

export const daftarkan = <B, O>(k: Kalkulator<B, O>): KalkulatorTerdaftar => ({ ringkas: k.ringkas, jalankan: (argv, nama) => jalankanKalkulator(k, argv, nama) });

/** Runs a calculator as a command: argv in, exit code out. */
export async function jalankanKalkulator<B, O>(k: Kalkulator<B, O>, argv: string[], nama: string): Promise<number> {
  let o: Record<string, unknown>;
  try {
    o = parseArgs({ args: argv, options: { input: { type: 'string' }, ...k.opsi }, allowPositionals: false, strict: true }).values;
  } catch (e) {
    console.error(`${(e as Error).message.replace(/^Unknown option/, 'Opsi tidak dikenal')}\nPenggunaan: simasn ${nama} --input FILE\n${k.ringkas}`);
    return 2;
  }
  if (!o.input) {
    console.error(`Opsi --input FILE wajib.\nPenggunaan: simasn ${nama} --input FILE\n${k.ringkas}`);
    return 2;
  }
  let isi: Buffer;
  try {
    isi = readFileSync(String(o.input));
  } catch {
    console.error(`Berkas ${o.input} tidak dapat dibaca.`);
    return 2;
  }
  let tabel: TabelMentah;
  try {
    tabel = apakahXlsx(isi) ? (await bacaXlsx(isi))[0]! : bacaCsv(isi, String(o.input), k.batasBarisCsv === undefined ? {} : { batasBaris: k.batasBarisCsv });
  } catch (e) {
    console.error(`Berkas ${o.input} bukan CSV/XLSX yang dapat dibaca: ${(e as Error).message}`);
    return 2;
  }
  const baris = bacaBaris(tabel, k.kolom);
  const h = baris.ok ? k.hitung(baris.keluaran, o) : baris;
  if (!h.ok) {
    await tulisHabis(process.stderr, `Masukan tidak sah (${h.masalah.length} masalah); tidak ada yang dihitung:\n${h.masalah.map((m) => `  ${tulisMasalah(m)}\n`).join('')}`);
    return 2;
  }
  await tulisHabis(process.stdout, `${JSON.stringify(h.keluaran)}\n`);
  return 0;
}

/**
 * Writes and waits until the text has left the process: the command exits right after
 * (`process.exit`), and a pipe takes 64 KiB at a time, so without the wait a large result would
 * be cut off for whoever reads the pipe.
 */
function tulisHabis(aliran: NodeJS.WriteStream, teks: string): Promise<void> {
  return new Promise((selesai, gagal) => aliran.write(teks, (e) => (e ? gagal(e) : selesai())));
}
