import { sql } from '@simasn/db';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';

/** A unit whose report parts the caller may read (sakip:baca, units above one's own included), or 404. */
export async function unitLaporan(ctx: Konteks, unitId: number): Promise<{ id: number, nama: string }> {
  const u = await ctx.db.maybeOne<{ id: number, nama: string }>(sql`
    select u.id, u.nama from unit_organisasi u
     where u.instansi_id = ${ctx.instansiId} and u.id = ${unitId} and ${syaratUnitIzin(ctx, 'sakip:baca', 'u', { leluhur: true })}`);
  if (!u) throw tidakDitemukan('Unit tidak ditemukan.');
  return u;
}
