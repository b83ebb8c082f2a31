import { raw, sql, type Sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';

/** Narrows `pegawai p` to a unit's subtree (no condition when no unit is given). */
export function syaratUnit(ctx: Konteks, unitId: number | undefined, alias = 'p'): Sql {
  if (!unitId) return sql`true`;
  return sql`${raw(alias)}.jalur_unit like (select u.jalur || '%' from unit_organisasi u where u.instansi_id = ${ctx.instansiId} and u.id = ${unitId})`;
}
