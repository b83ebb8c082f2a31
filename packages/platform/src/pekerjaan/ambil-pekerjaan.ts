import { raw, sql, type Sql } from '@simasn/db';
import { tidakDitemukan } from '../galat.ts';
import { wajibMasuk, type Konteks } from '../konteks.ts';
import { uraikan, z } from '../zod.ts';

export const skemaIdPekerjaan = z.object({ id: z.coerce.number().int().positive() });

export interface StatusPekerjaan {
  id: number;
  jenis: string;
  parameter: Record<string, unknown>;
  status: 'antri' | 'berjalan' | 'selesai' | 'gagal';
  progres: number;
  langkah: string | null;
  namaBerkas: string | null;
  mime: string | null;
  ukuran: number | null;
  rincian: unknown;
  galat: string | null;
  dibuatPada: Date;
  dimulaiPada: Date | null;
  selesaiPada: Date | null;
}

/**
 * A job is its requester's: only the account that asked for it (or the system) sees it; anyone
 * else gets the same 404 as for a job that does not exist. `jenis` narrows to one kind.
 */
export function syaratPemilikPekerjaan(ctx: Konteks, alias = 'k'): Sql {
  const p = wajibMasuk(ctx);
  return p.sistem ? sql`true` : sql`${raw(alias)}.dibuat_oleh = ${p.akunId}`;
}

/** What a job's status shows (`k` = pekerjaan), without the file bytes. */
export const KOLOM_PEKERJAAN = sql`k.id, k.jenis, k.parameter, k.status, k.progres, k.langkah, k.nama_berkas as "namaBerkas", k.mime,
  octet_length(k.hasil)::int as ukuran, k.rincian, k.galat, k.dibuat_pada as "dibuatPada", k.dimulai_pada as "dimulaiPada",
  k.selesai_pada as "selesaiPada"`;

export async function ambilPekerjaan(ctx: Konteks, id: number, jenis?: string): Promise<StatusPekerjaan> {
  const { id: i } = uraikan(skemaIdPekerjaan, { id });
  const r = await ctx.db.maybeOne<StatusPekerjaan>(sql`
    select ${KOLOM_PEKERJAAN} from pekerjaan k
     where k.instansi_id = ${ctx.instansiId} and k.id = ${i} and ${syaratPemilikPekerjaan(ctx)}
       and (${jenis ?? null}::text is null or k.jenis = ${jenis ?? null})`);
  if (!r) throw tidakDitemukan('Pekerjaan tidak ditemukan.');
  return r;
}
