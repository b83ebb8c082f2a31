import { sql } from '@simasn/db';
import { INSTRUMEN_MERIT, pilihAturanBerlaku, type InstrumenMerit, type SubAspekInstrumen } from '@simasn/domain';
import { tidakValid, type Konteks } from '@simasn/platform';

/** An instrument an assessment may use: shipped as data (@simasn/domain) or the instansi's own edition. */
export interface InstrumenTersedia extends InstrumenMerit {
  milikInstansi: boolean;
}

interface BarisInstrumen {
  id: string;
  nama: string;
  dasar_hukum: string;
  berlaku_mulai: string;
  definisi: { aspek: { nomor: number, nama: string, subAspek: SubAspekInstrumen[] }[], catatan?: string | null };
}

/**
 * Every instrument the instansi may use, its own first (so that on the same start date its own
 * edition is the one in force), then the ones shipped as data.
 */
export async function semuaInstrumen(ctx: Konteks): Promise<Record<string, InstrumenTersedia>> {
  const baris = await ctx.db.many<BarisInstrumen>(sql`
    select id, nama, dasar_hukum, berlaku_mulai::text as berlaku_mulai, definisi
      from instrumen_merit where instansi_id = ${ctx.instansiId}
     order by berlaku_mulai desc, id`);
  const hasil: Record<string, InstrumenTersedia> = {};
  for (const b of baris) {
    hasil[b.id] = { id: b.id, nama: b.nama, dasarHukum: b.dasar_hukum, berlakuMulai: b.berlaku_mulai, ...(b.definisi.catatan ? { catatan: b.definisi.catatan } : {}),
      aspek: b.definisi.aspek, milikInstansi: true };
  }
  for (const [id, i] of Object.entries(INSTRUMEN_MERIT)) if (!hasil[id]) hasil[id] = { ...i, milikInstansi: false };
  return hasil;
}

/** The instrument named, or the one in force at the end of `tahun`; 422 naming the choices otherwise. */
export async function pilihInstrumen(ctx: Konteks, tahun: number, id?: string): Promise<InstrumenTersedia> {
  const semua = await semuaInstrumen(ctx);
  const pilihan = Object.keys(semua).join(', ') || '(tidak ada)';
  if (id) {
    const i = semua[id];
    if (!i) throw tidakValid('Instrumen tidak dikenal.', [{ kolom: 'instrumenId', pesan: `instrumen "${id}" tidak ada; pilihan: ${pilihan}` }]);
    return i;
  }
  const h = pilihAturanBerlaku(semua, `${tahun}-12-31`);
  if (!h.ok) {
    throw tidakValid(`Belum ada instrumen Sistem Merit yang berlaku pada tahun ${tahun}. Pilih instrumennya.`, [
      { kolom: 'instrumenId', pesan: `pilihan: ${pilihan}` },
    ]);
  }
  return h.nilai;
}

/** The instrument an existing assessment names (it cannot vanish: instruments are never deleted). */
export async function instrumenPenilaian(ctx: Konteks, id: string): Promise<InstrumenTersedia> {
  const i = (await semuaInstrumen(ctx))[id];
  if (!i) throw new Error(`instrumen merit "${id}" tidak ditemukan`);
  return i;
}

/** Sum of the sub-aspect weights (4 decimals). */
export function jumlahBobotInstrumen(i: InstrumenMerit): number {
  const s = i.aspek.reduce((t, a) => t + a.subAspek.reduce((u, x) => u + x.bobot, 0), 0);
  return Math.round(s * 10_000) / 10_000;
}
