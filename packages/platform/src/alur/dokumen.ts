import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import type { DefinisiLayanan, ItemDokumen } from './definisi.ts';

export interface DokumenTerlampir {
  kode: string;
  berkasId: number;
  namaBerkas: string;
  ukuran: number;
  sumber: 'unggah' | 'arsip';
  dilampirkanPada: string;
}

/** The checklist of a request: every item of the definition with what is attached to it. */
export async function daftarPeriksaDokumen(ctx: Konteks, def: DefinisiLayanan, usulanId: number) {
  const ada = await ctx.db.many<DokumenTerlampir>(sql`
    select d.kode, d.berkas_id as "berkasId", b.nama_berkas as "namaBerkas", b.ukuran, d.sumber, d.dilampirkan_pada as "dilampirkanPada"
      from dokumen_usulan_layanan d join berkas b on b.instansi_id = d.instansi_id and b.id = d.berkas_id
     where d.instansi_id = ${ctx.instansiId} and d.usulan_id = ${usulanId}`);
  return def.dokumen.map((item) => ({ ...item, terlampir: ada.find((a) => a.kode === item.kode) ?? null }));
}

/** Required checklist items with nothing attached. */
export async function dokumenKurang(ctx: Konteks, def: DefinisiLayanan, usulanId: number): Promise<ItemDokumen[]> {
  return (await daftarPeriksaDokumen(ctx, def, usulanId)).filter((d) => d.wajib && !d.terlampir);
}
