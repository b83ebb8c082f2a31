import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { perbaruiRiwayat, sisipRiwayat } from './tulis-riwayat.ts';

/**
 * The final annual predikat of an SKP rated in modules/kinerja, written to the employee's riwayat
 * SKP (which IP ASN, KGB and KP read): the row of that year is added, or replaced when one is
 * already there (an earlier entry by hand or import), with sumber 'skp'. Audited as any riwayat
 * write, inside the caller's transaction. The caller has checked it may rate this employee.
 */
export async function simpanPredikatSkpTahunan(ctx: Konteks, f: { pegawaiId: number, tahun: number, predikat: string, pejabatPenilai: string }) {
  const pegawai = await ctx.db.one<{ id: number, nip: string, nama: string, jalurUnit: string | null, statusKepegawaian: 'PNS' | 'CPNS' | 'PPPK', versi: number }>(sql`
    select id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi from pegawai where instansi_id = ${ctx.instansiId} and id = ${f.pegawaiId}`);
  const data = { tahun: f.tahun, predikat: f.predikat, nilai: null, pejabatPenilai: f.pejabatPenilai };
  const ada = await ctx.db.maybeOne<{ id: number, versi: number }>(sql`
    select id, versi from riwayat_skp where instansi_id = ${ctx.instansiId} and pegawai_id = ${f.pegawaiId} and tahun = ${f.tahun} for update`);
  return ada ? perbaruiRiwayat(ctx, pegawai, 'skp', ada.id, data, ada.versi, 'skp') : sisipRiwayat(ctx, pegawai, 'skp', data, 'skp');
}
