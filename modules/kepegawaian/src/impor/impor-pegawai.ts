import { createHash } from 'node:crypto';
import { denganDb, GalatAplikasi, lingkup, type Konteks } from '@simasn/platform';
import { apakahXlsx, bacaCsv, bacaXlsx, type TabelMentah } from '@simasn/platform';
import type { LembarImpor } from './lembar-impor.ts';
import { tulisImpor, type HasilTulis } from './tulis-impor.ts';
import { validasiImpor, type MasalahImpor, type Progres } from './validasi-impor.ts';

export interface BerkasImpor {
  namaBerkas: string;
  isi: Buffer;
  /** For a CSV (one sheet per file): which sheet it is. Default `pegawai`. */
  lembar?: LembarImpor;
}

export interface HasilImpor {
  ok: boolean;
  dryRun: boolean;
  jumlahBaris: number;
  lembar: { nama: string, baris: number }[];
  masalah: MasalahImpor[];
  ditulis: HasilTulis | null;
  detik: number;
}

/**
 * Imports employees and their riwayat from an XLSX workbook (one sheet per kind) or a CSV.
 * Every row is validated first; if anything is wrong nothing is written and the result lists
 * every problem with its sheet, row, column and reason. Otherwise everything is written in one
 * transaction: all or nothing. `dryRun` validates only.
 */
export async function imporPegawai(ctx: Konteks, berkas: BerkasImpor, opsi: { dryRun?: boolean, progres?: Progres } = {}): Promise<HasilImpor> {
  lingkup(ctx, 'pegawai:impor');
  const mulai = performance.now();
  opsi.progres?.({ tahap: 'membaca', selesai: 0, total: 1 });
  let tabel: TabelMentah[];
  try {
    tabel = apakahXlsx(berkas.isi) ? await bacaXlsx(berkas.isi) : [bacaCsv(berkas.isi, berkas.lembar ?? 'pegawai')];
  } catch (e) {
    // A workbook past the limits (or one that would not unzip): refused as a whole, naming the limit.
    if (e instanceof GalatAplikasi) throw e;
    return { ok: false, dryRun: !!opsi.dryRun, jumlahBaris: 0, lembar: [], ditulis: null, detik: (performance.now() - mulai) / 1000,
      masalah: [{ lembar: '-', baris: 0, kolom: '-', nilai: null, pesan: `berkas tidak dapat dibaca sebagai XLSX atau CSV: ${(e as Error).message}` }] };
  }
  opsi.progres?.({ tahap: 'membaca', selesai: 1, total: 1 });
  const lembar = tabel.map((t) => ({ nama: t.nama, baris: t.baris.length }));
  const v = await validasiImpor(ctx, tabel, opsi.progres);
  const dasar = { dryRun: !!opsi.dryRun, jumlahBaris: v.jumlahBaris, lembar, masalah: v.masalah };
  if (v.masalah.length || opsi.dryRun) {
    return { ...dasar, ok: v.masalah.length === 0, ditulis: null, detik: (performance.now() - mulai) / 1000 };
  }
  const sha256 = createHash('sha256').update(berkas.isi).digest('hex');
  const ditulis = await ctx.db.transaction((tx) => tulisImpor(denganDb(ctx, tx), v, { namaBerkas: berkas.namaBerkas, sha256 }, opsi.progres));
  return { ...dasar, ok: true, ditulis, detik: (performance.now() - mulai) / 1000 };
}
