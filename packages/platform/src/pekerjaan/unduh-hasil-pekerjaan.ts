import { sql } from '@simasn/db';
import { konflik, tidakDitemukan } from '../galat.ts';
import type { Konteks } from '../konteks.ts';
import { uraikan } from '../zod.ts';
import { skemaIdPekerjaan, syaratPemilikPekerjaan } from './ambil-pekerjaan.ts';

/** The file a finished job produced, for its requester; 409 while it is still running or when it failed. */
export async function unduhHasilPekerjaan(ctx: Konteks, id: number, jenis?: string): Promise<{ isi: Buffer, namaBerkas: string, mime: string }> {
  const { id: i } = uraikan(skemaIdPekerjaan, { id });
  const r = await ctx.db.maybeOne<{ status: string, hasil: Uint8Array | null, nama_berkas: string | null, mime: string | null, galat: string | null }>(sql`
    select k.status, k.hasil, k.nama_berkas, k.mime, k.galat from pekerjaan k
     where k.instansi_id = ${ctx.instansiId} and k.id = ${i} and ${syaratPemilikPekerjaan(ctx)}
       and (${jenis ?? null}::text is null or k.jenis = ${jenis ?? null})`);
  if (!r) throw tidakDitemukan('Pekerjaan tidak ditemukan.');
  if (r.status === 'gagal') throw konflik(`Pekerjaan gagal: ${r.galat ?? ''}`.trim());
  if (r.status !== 'selesai' || !r.hasil) throw konflik('Berkas belum siap: pekerjaan masih berjalan.');
  return { isi: Buffer.from(r.hasil), namaBerkas: r.nama_berkas ?? `hasil-${i}`, mime: r.mime ?? 'application/octet-stream' };
}
