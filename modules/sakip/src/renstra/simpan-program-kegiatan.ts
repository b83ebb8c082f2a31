import { sql } from '@simasn/db';
import { catatAudit, denganDb, tidakValid, uraikan, z, type Konteks } from '@simasn/platform';
import { periksaTahunRenstra, renstraUntukDiubah, zId, zKode, zTahun, zVersi } from './renstra.ts';
import { simpanBaris } from './simpan-baris.ts';

const zRupiah = z.coerce.number({ error: 'harus angka (rupiah)' }).min(0, 'pagu tidak boleh negatif').max(1e13, 'pagu terlalu besar').multipleOf(0.01, 'pagu paling banyak 2 angka desimal');

export const TINGKAT_PROGRAM = ['program', 'kegiatan', 'sub_kegiatan'] as const;
const INDUK: Record<(typeof TINGKAT_PROGRAM)[number], string | null> = { program: null, kegiatan: 'program', sub_kegiatan: 'kegiatan' };

export const skemaSimpanProgramKegiatan = z.object({
  id: zId.optional(),
  tingkat: z.enum(TINGKAT_PROGRAM),
  indukId: zId.nullish(),
  kode: zKode,
  nama: z.string().trim().min(3, 'nama minimal 3 karakter').max(500),
  /** Sub kegiatan only: pagu per year (replaces the years given; other years are kept). */
  pagu: z.array(z.object({ tahun: zTahun, pagu: zRupiah, paguPerubahan: zRupiah.nullish() })).max(10).optional(),
  versi: zVersi.optional(),
}).refine((t) => t.id === undefined || t.versi !== undefined, { path: ['versi'], message: 'versi data wajib disertakan saat mengubah' })
  .refine((t) => !t.pagu?.length || t.tingkat === 'sub_kegiatan', { path: ['pagu'], message: 'pagu diisi pada sub kegiatan; pagu kegiatan dan program adalah jumlah di bawahnya' })
  .refine((t) => new Set(t.pagu?.map((p) => p.tahun)).size === (t.pagu?.length ?? 0), { path: ['pagu'], message: 'tahun pagu ganda' });

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
      const i = f.indukId ? await tx.maybeOne<{ tingkat: string }>(sql`
        select tingkat from program_kegiatan where instansi_id = ${ctx.instansiId} and renstra_id = ${renstraId} and id = ${f.indukId}`) : undefined;
      if (i?.tingkat !== harusInduk) {
        throw tidakValid('Induk tidak sesuai.', [{ kolom: 'indukId', pesan: `${f.tingkat.replace('_', ' ')} harus berada di bawah ${harusInduk} Renstra ini` }]);
      }
    }
    f.pagu?.forEach((p, i) => periksaTahunRenstra(r, p.tahun, `pagu.${i}.tahun`));
    const h = await simpanBaris(c, {
      tabel: 'program_kegiatan', renstraId, id: f.id, versi: f.versi, kode: f.kode, kolom: { tingkat: f.tingkat, induk_id: f.indukId ?? null, nama: f.nama },
    });
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
