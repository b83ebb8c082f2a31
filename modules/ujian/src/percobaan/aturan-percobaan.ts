import { disiapkan, sql, type Db } from '@simasn/db';
import type { Konteks } from '@simasn/platform';

/**
 * What an answer is checked against: the parts of an attempt that never change once it is drawn
 * (its owner, deadline, each item's options and whether it takes one answer), and the devices and
 * addresses known to have been recorded (they only grow). Kept per database handle, so a save
 * reads nothing before its write; the status and the deadline are checked by the write itself.
 */
export interface AturanPercobaan {
  pegawaiId: number;
  batasPada: Date;
  butir: { opsi: string[], tunggal: boolean }[];
  perangkat: Set<string>;
  alamat: Set<string>;
}

const MAKS_ATURAN = 5000;
const aturan = new WeakMap<Db, Map<string, AturanPercobaan>>();

export async function aturanPercobaan(ctx: Konteks, id: number): Promise<AturanPercobaan | null> {
  const ada = aturan.get(ctx.db)?.get(`${ctx.instansiId}:${id}`);
  if (ada) return ada;
  const r = await ctx.db.maybeOne<{ pegawaiId: number, batasPada: Date, butir: { opsi: string[], jenis: string | null }[], perangkat: string[], alamat: string[] }>(disiapkan(sql`
    select c.pegawai_id as "pegawaiId", c.batas_pada as "batasPada", c.perangkat, c.alamat_ip as "alamat",
           coalesce((select jsonb_agg(jsonb_build_object('opsi', s.e->'opsi', 'jenis', v.jenis) order by s.n)
                       from jsonb_array_elements(c.susunan) with ordinality as s(e, n)
                       left join versi_butir v on v.instansi_id = c.instansi_id and v.butir_id = (s.e->>'butirId')::bigint and v.versi = (s.e->>'versi')::int),
                    '[]'::jsonb) as butir
      from percobaan_ujian c
     where c.instansi_id = ${ctx.instansiId} and c.id = ${id}`));
  if (!r) return null;
  const a: AturanPercobaan = { pegawaiId: Number(r.pegawaiId), batasPada: r.batasPada, butir: r.butir.map((b) => ({ opsi: b.opsi, tunggal: b.jenis === 'tunggal' })),
    perangkat: new Set(r.perangkat), alamat: new Set(r.alamat) };
  ingatAturanPercobaan(ctx.db, ctx.instansiId, id, a);
  return a;
}

/** Keeps an attempt's rules (the start of a new attempt hands them over after its commit: its first answer reads nothing). */
export function ingatAturanPercobaan(db: Db, instansiId: number, id: number, a: AturanPercobaan): void {
  let m = aturan.get(db);
  if (!m) {
    m = new Map();
    aturan.set(db, m);
  }
  m.set(`${instansiId}:${id}`, a);
  if (m.size > MAKS_ATURAN) m.delete(m.keys().next().value!);
}
