import { sql, type Sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';

export interface LevelTerakhir {
  level: number;
  tanggal: string;
  sumber: 'assessment_center' | 'ujian';
}

/**
 * The level each person shows now, per competency: from the latest verified assessment that rated
 * it (by date, then by the order recorded). `syaratPegawai` is a condition on `pegawai p` holding
 * the caller's reach (the query reads no row outside it).
 */
export async function bacaLevelPegawai(ctx: Konteks, syaratPegawai: Sql): Promise<Map<number, Map<string, LevelTerakhir>>> {
  const baris = await ctx.db.many<{ pegawai_id: number, kode: string, level: number, tanggal: string, sumber: LevelTerakhir['sumber'] }>(sql`
    select distinct on (a.pegawai_id, l.kode) a.pegawai_id, l.kode, l.level, to_char(a.tanggal, 'YYYY-MM-DD') as tanggal, a.sumber
      from asesmen_kompetensi a
      join level_asesmen l on l.instansi_id = a.instansi_id and l.asesmen_id = a.id
      join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where a.instansi_id = ${ctx.instansiId} and a.status = 'terverifikasi' and ${syaratPegawai}
     order by a.pegawai_id, l.kode, a.tanggal desc, a.id desc`);
  const peta = new Map<number, Map<string, LevelTerakhir>>();
  for (const b of baris) {
    const id = Number(b.pegawai_id);
    if (!peta.has(id)) peta.set(id, new Map());
    peta.get(id)!.set(b.kode, { level: Number(b.level), tanggal: b.tanggal, sumber: b.sumber });
  }
  return peta;
}
