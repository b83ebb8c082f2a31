import { sql } from '@simasn/db';
import { catatAudit, denganDb, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { periksaTahunRenstra, renstraUntukDiubah } from './renstra.ts';
import { skemaSimpanProgramKegiatan, TINGKAT_PROGRAM } from './renstra.types.ts';
import { simpanBaris } from './simpan-baris.ts';

export { skemaSimpanProgramKegiatan, TINGKAT_PROGRAM };

const INDUK: Record<(typeof TINGKAT_PROGRAM)[number], string | null> = { program: null, kegiatan: 'program', sub_kegiatan: 'kegiatan' };

/**
 * Adds or edits a program, kegiatan or sub kegiatan of a Renstra (a kegiatan under a program, a
 * sub kegiatan under a kegiatan) and, for a sub kegiatan, its pagu per year.
 */
export async function simpanProgramKegiatan(ctx: Konteks, renstraId: number, masukan: unknown) {
  const f = uraikan(skemaSimpanProgramKegiatan, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await renstraUntukDiubah(c, renstraId);
    const harusInduk = INDUK[f.tingkat];
    if (harusInduk === null && f.indukId) throw tidakValid('Program tidak mempunyai induk.', [{ kolom: 'indukId', pesan: 'program berada di puncak pohon' }]);
    if (harusInduk !== null) {
      const i = f.indukId ?
        await tx.maybeOne<{ tingkat: string }>(sql`
        select tingkat from program_kegiatan where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId} and id = ${f.indukId}`) :
        undefined;
      if (i?.tingkat !== harusInduk) {
        throw tidakValid('Induk tidak sesuai.', [{ kolom: 'indukId', pesan: `${f.tingkat.replace('_', ' ')} harus berada di bawah ${harusInduk} Renstra ini` }]);
      }
    }
    for (const [i, p] of (f.pagu ?? []).entries()) periksaTahunRenstra(r, p.tahun, `pagu.${i}.tahun`);
    const h = await simpanBaris(c, { tabel: 'program_kegiatan', renstraId, id: f.id, versi: f.versi, kode: f.kode,
      kolom: { tingkat: f.tingkat, induk_id: f.indukId ?? null, nama: f.nama } });
    if (f.pagu?.length) {
      for (const p of f.pagu) {
        await tx.run(sql`
          insert into pagu_anggaran (instansi_id, program_kegiatan_id, tahun, pagu, pagu_perubahan)
          values (${ctx.instansiId}, ${h.id}, ${p.tahun}, ${p.pagu}, ${p.paguPerubahan ?? null})
          on conflict (instansi_id, program_kegiatan_id, tahun) do update set pagu = excluded.pagu, pagu_perubahan = excluded.pagu_perubahan`);
      }
      await catatAudit(c, { aksi: 'program_kegiatan.pagu', entitas: 'program_kegiatan', entitasId: h.id, sesudah: { kode: f.kode, pagu: f.pagu } });
    }
    return h;
  });
}
