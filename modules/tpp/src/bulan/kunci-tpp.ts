import { sql } from '@simasn/db';
import { labelBulan } from '@simasn/domain';
import { catatAudit, konflik, lingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaKunciTpp } from '../tpp.types.ts';

/**
 * BKD locks a draf month once every perangkat daerah has been reviewed: from then on it is never
 * recomputed or edited (corrections are adjustment lines in a later month) and BKAD may read it.
 */
export async function kunciTpp(ctx: Konteks, masukan: unknown) {
  const { bulan } = uraikan(skemaKunciTpp, masukan);
  lingkup(ctx, 'tpp:kelola');
  return ctx.db.transaction(async (tx) => {
    const b = await tx.maybeOne<{ status: string }>(sql`select status from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date for update`);
    if (!b) throw tidakDitemukan(`TPP ${labelBulan(bulan)} belum dihitung.`);
    if (b.status === 'dikunci') throw konflik(`TPP ${labelBulan(bulan)} sudah dikunci.`);
    const belum = await tx.many<{ nama: string | null }>(sql`
      select distinct coalesce(u.nama, 'Tanpa perangkat daerah') as nama from tpp_pegawai t
        left join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.perangkat_daerah_id
       where t.instansi_id = ${ctx.instansiId} and t.bulan = ${`${bulan}-01`}::date
         and not exists (select 1 from tpp_tinjau_opd r where r.instansi_id = t.instansi_id and r.bulan = t.bulan and r.perangkat_daerah_id = t.perangkat_daerah_id)
       order by 1 limit 6`);
    if (belum.length) {
      throw konflik(
        `TPP ${labelBulan(bulan)} belum dapat dikunci: perangkat daerah berikut belum meninjau: ${belum.slice(0, 5).map((x) => x.nama).join(', ')}${
          belum.length > 5 ? ', dan lainnya' : ''
        }.`,
      );
    }
    const waktu = ctx.sekarang();
    await tx.run(sql`update tpp_bulan set status = 'dikunci', dikunci_pada = ${waktu}, dikunci_oleh = ${ctx.pemanggil?.sistem ? null : (ctx.pemanggil?.akunId ?? null)},
      versi = versi + 1 where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'tpp.kunci', entitas: 'tpp_bulan', entitasId: bulan, sesudah: { bulan, status: 'dikunci' } });
    return { ok: true as const, bulan, dikunciPada: waktu };
  });
}
