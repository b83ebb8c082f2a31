import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';

/**
 * Reserves the next `jumlah` numbers of a letter kind for a year and returns them in order.
 * One upsert on the counter row inside the caller's transaction: concurrent issuers queue on that
 * row (no duplicates, no gaps between committed letters), and a rolled-back issuance gives its
 * numbers back.
 */
export async function ambilNomorSurat(ctx: Konteks, jenis: string, tahun: number, jumlah = 1): Promise<number[]> {
  if (!Number.isInteger(jumlah) || jumlah < 1) return [];
  const r = await ctx.db.one<{ terakhir: number }>(sql`
    insert into nomor_surat (instansi_id, jenis, tahun, terakhir) values (${ctx.instansiId}, ${jenis}, ${tahun}, ${jumlah})
    on conflict (instansi_id, jenis, tahun) do update set terakhir = nomor_surat.terakhir + ${jumlah}
    returning terakhir`);
  return Array.from({ length: jumlah }, (_, i) => r.terakhir - jumlah + 1 + i);
}

/**
 * How a letter number is written: `<klasifikasi>/<urut 4 digit>/<kode instansi>/<tahun>`, e.g.
 * `KGB/0012/SUKAMAJU/2026`. The classification code per letter kind is configuration of the
 * agency's tata naskah; SIMASN uses the service code.
 */
export function tulisNomorSurat(klasifikasi: string, urut: number, kodeInstansi: string, tahun: number): string {
  return `${klasifikasi}/${String(urut).padStart(4, '0')}/${kodeInstansi.toUpperCase()}/${tahun}`;
}
