import { sql } from '@simasn/db';
import { awalHariSetempat, tambahHari } from '@simasn/domain';
import { lingkup, type Konteks } from './konteks.ts';
import { uraikan, type z } from './zod.ts';
import { skemaDaftarAudit, type BarisAudit } from './daftar-audit.types.ts';

export { skemaDaftarAudit, type BarisAudit };

/** The audit trail for the inspectorate and the BKD: who did what, when, before and after. */
export async function daftarAudit(ctx: Konteks, masukan: z.input<typeof skemaDaftarAudit>): Promise<{ total: number, items: BarisAudit[] }> {
  lingkup(ctx, 'audit:baca');
  const f = uraikan(skemaDaftarAudit, masukan);
  // Days are the instansi's local days: their first instants in its zone, not midnight of the
  // database session's zone (which `'YYYY-MM-DD'::date` compared with a timestamp would be).
  const mulai = f.dari ? awalHariSetempat(f.dari, ctx.zona) : null;
  const sebelum = f.sampai ? awalHariSetempat(tambahHari(f.sampai, 1), ctx.zona) : null;
  const syarat = sql`a.instansi_id = ${ctx.instansiId}
    and (${f.nip ?? null}::text is null or p.nip = ${f.nip?.replace(/\s/g, '') ?? null})
    and (${f.aksi ?? null}::text is null or a.aksi like ${`${f.aksi ?? ''}%`})
    and (${f.nama ?? null}::text is null or a.nama_pengguna = ${f.nama ?? null})
    and (${mulai}::timestamptz is null or a.waktu >= ${mulai}::timestamptz)
    and (${sebelum}::timestamptz is null or a.waktu < ${sebelum}::timestamptz)`;
  const dari = sql`from audit_log a left join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id`;
  const [total, items] = await Promise.all([
    ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${dari} where ${syarat}`),
    ctx.db.many<BarisAudit>(sql`
      select a.id, a.waktu, a.nama_pengguna as "namaPengguna", a.peran, a.aksi, a.entitas, a.entitas_id as "entitasId",
             p.nip, p.nama as "namaPegawai", a.sebelum, a.sesudah, a.alamat_ip as "alamatIp", a.keterangan
        ${dari} where ${syarat}
       order by a.waktu desc, a.id desc limit ${f.limit} offset ${(f.page - 1) * f.limit}`),
  ]);
  return { total: total.n, items };
}
