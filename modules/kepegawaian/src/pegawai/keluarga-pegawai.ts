import { sql } from '@simasn/db';
import type { AnggotaKeluargaSimasn } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';
import { bukaBaris, bukaNilai } from './data-pribadi.ts';

/**
 * An employee's NIK and recorded family in clear, for the population-data check of a pension
 * request (layanan). No permission check: the caller has already established the personal-data
 * reach over `pegawaiId` (pegawaiDalamLingkup with pegawai:data_pribadi).
 */
export async function ambilKeluargaPegawai(ctx: Konteks, pegawaiId: number): Promise<{ nik: string | null, keluarga: AnggotaKeluargaSimasn[] }> {
  // One after the other: ctx.db may be a transaction's single connection (pg refuses overlapping queries there).
  const p = await ctx.db.one<{ nik: string | null }>(sql`select nik from pegawai where instansi_id = ${ctx.instansiId} and id = ${pegawaiId}`);
  const rows = await ctx.db.many<AnggotaKeluargaSimasn>(sql`
    select id, hubungan, nama, nik, tanggal_lahir as "tanggalLahir", jenis_kelamin as "jenisKelamin"
      from keluarga where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId} order by id`);
  return { nik: bukaNilai('pegawai', 'nik', p.nik), keluarga: rows.map((r) => bukaBaris('keluarga', r)) };
}
