import { raw, sql, type Sql } from '@simasn/db';
import type { Konteks } from '../konteks.ts';

/**
 * Narrows employee rows (`alias.jalur_unit`) to a unit's subtree, chosen by a filter (not a reach:
 * the reach is syaratLingkup). The unit's path is read first and put in the query as a constant
 * prefix, so the (instansi_id, jalur_unit) index can range-scan; a subquery in the LIKE would make
 * the planner scan every row. No unit: no condition; a unit of another instansi: no rows.
 */
export async function syaratSubtreeUnit(ctx: Konteks, unitId: number | null | undefined, alias = 'p'): Promise<Sql> {
  if (!unitId) return sql`true`;
  const u = await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${unitId}`);
  return u ? sql`${raw(alias)}.jalur_unit like ${`${u.jalur}%`}` : sql`false`;
}
