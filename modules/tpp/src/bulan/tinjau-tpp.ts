import { sql } from '@simasn/db';
import { labelBulan } from '@simasn/domain';
import { catatAudit, dalamLingkup, konflik, lingkup, terlarang, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaTinjauTpp } from '../tpp.types.ts';

/**
 * Admin OPD marks their perangkat daerah's rows of a draf month as reviewed (with a note), or takes
 * the mark back; admin BKD may do it for any. Recomputing the month clears the marks.
 */
export async function tinjauTpp(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTinjauTpp, masukan);
  const l = lingkup(ctx, 'tpp:tinjau');
  return ctx.db.transaction(async (tx) => {
    const b = await tx.maybeOne<{ status: string }>(sql`select status from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${`${f.bulan}-01`}::date for update`);
    if (!b) throw tidakDitemukan(`TPP ${labelBulan(f.bulan)} belum dihitung.`);
    if (b.status === 'dikunci') throw konflik(`TPP ${labelBulan(f.bulan)} sudah dikunci.`);
    const pd = await tx.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.perangkatDaerahId}`);
    if (!pd) throw tidakDitemukan('Perangkat daerah tidak ditemukan.');
    if (!dalamLingkup(l, { id: -1, jalurUnit: pd.jalur })) throw terlarang('Perangkat daerah ini di luar kewenangan Anda.');
    const ada = await tx.maybeOne<{ x: number }>(sql`select 1 as x from tpp_pegawai where instansi_id = ${ctx.instansiId} and bulan = ${`${f.bulan}-01`}::date
      and perangkat_daerah_id = ${f.perangkatDaerahId} limit 1`);
    if (!ada) throw tidakDitemukan('Perangkat daerah ini tidak punya pegawai pada TPP bulan ini.');
    if (f.ditinjau) {
      await tx.run(sql`insert into tpp_tinjau_opd (instansi_id, bulan, perangkat_daerah_id, ditinjau_pada, ditinjau_oleh, catatan)
        values (${ctx.instansiId}, ${`${f.bulan}-01`}::date, ${f.perangkatDaerahId}, ${ctx.sekarang()}, ${ctx.pemanggil?.akunId ?? null}, ${f.catatan || null})
        on conflict (instansi_id, bulan, perangkat_daerah_id) do update set ditinjau_pada = excluded.ditinjau_pada, ditinjau_oleh = excluded.ditinjau_oleh,
          catatan = excluded.catatan`);
    } else {
      await tx.run(sql`delete from tpp_tinjau_opd where instansi_id = ${ctx.instansiId} and bulan = ${`${f.bulan}-01`}::date and perangkat_daerah_id = ${f.perangkatDaerahId}`);
    }
    await catatAudit({ ...ctx, db: tx }, { aksi: f.ditinjau ? 'tpp.tinjau' : 'tpp.batal_tinjau', entitas: 'tpp_bulan', entitasId: f.bulan,
      sesudah: { bulan: f.bulan, perangkatDaerahId: f.perangkatDaerahId, catatan: f.catatan ?? null } });
    return { ok: true as const, ditinjau: f.ditinjau };
  });
}
