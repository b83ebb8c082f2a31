import { sql, type Sql } from '@simasn/db';
import { jangkauanPeran } from '@simasn/kontrak';
import { lingkup, syaratLingkup, tidakDitemukan, type Konteks, type Lingkup } from '@simasn/platform';
import { labelBulan } from '@simasn/domain';

/**
 * Who reads which TPP rows: `tpp:baca` within the reach (the ASN their own, admin OPD their
 * perangkat daerah by the unit the row was computed in, BKD and BKAD the instansi); a caller whose
 * only reading role is BKAD reads locked months only (BKAD pays from the locked month).
 */
export function aksesTpp(ctx: Konteks): { l: Lingkup, hanyaTerkunci: boolean } {
  const l = lingkup(ctx, 'tpp:baca');
  const p = ctx.pemanggil!;
  const hanyaTerkunci = !p.sistem && p.peran.every((r) => r.peran === 'bkad' || jangkauanPeran('tpp:baca', r.peran) === undefined);
  return { l, hanyaTerkunci };
}

/** The reach as a condition on `tpp_pegawai` aliased `t` (its kept unit path, its pegawai id). */
export function syaratBaris(l: Lingkup): Sql {
  return syaratLingkup(l, 't');
}

/** `tpp_pegawai` with `id` = pegawai id, so that `syaratLingkup` applies to it. */
export const TABEL_BARIS = sql`(select tp.*, tp.pegawai_id as id from tpp_pegawai tp)`;

export interface BulanTersimpan {
  bulan: string;
  aturan: string;
  status: 'draf' | 'dikunci';
  dihitungPada: Date | string;
  dikunciPada: Date | string | null;
}

/** The stored month, or null; a BKAD-only caller sees an unlocked month as not there. */
export async function ambilBulan(ctx: Konteks, bulan: string, hanyaTerkunci: boolean): Promise<BulanTersimpan | null> {
  const b = await ctx.db.maybeOne<{ aturan: string, status: 'draf' | 'dikunci', dihitung_pada: Date | string, dikunci_pada: Date | string | null }>(sql`
    select aturan, status, dihitung_pada, dikunci_pada from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`);
  if (!b || (hanyaTerkunci && b.status !== 'dikunci')) return null;
  return { bulan, aturan: b.aturan, status: b.status, dihitungPada: b.dihitung_pada, dikunciPada: b.dikunci_pada };
}

export async function wajibBulan(ctx: Konteks, bulan: string, hanyaTerkunci: boolean): Promise<BulanTersimpan> {
  const b = await ambilBulan(ctx, bulan, hanyaTerkunci);
  if (!b) throw tidakDitemukan(hanyaTerkunci ? `TPP ${labelBulan(bulan)} belum dikunci BKD.` : `TPP ${labelBulan(bulan)} belum dihitung.`);
  return b;
}
