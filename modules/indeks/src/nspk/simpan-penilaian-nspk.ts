import { sql } from '@simasn/db';
import { ATURAN_NSPK, aturanNspkBerlaku, cariAturan } from '@simasn/domain';
import { catatAudit, denganDb, konflik, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { aturanNspk, bacaNspk, izinKelolaNspk, susunNspk } from './penilaian-nspk.ts';
import { skemaSimpanPenilaianNspk } from './nspk.types.ts';

export { skemaSimpanPenilaianNspk };

/**
 * Records the year's NSPK element scores (0-100 each, as BKN assessed them). Optimistic: the
 * second of two editors of the same version gets 409. The index is computed on reading.
 */
export async function simpanPenilaianNspk(ctx: Konteks, tahun: number, masukan: unknown) {
  izinKelolaNspk(ctx);
  const f = uraikan(skemaSimpanPenilaianNspk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const lama = await bacaNspk(c, tahun, true);
    let aturan = aturanNspk(tahun, lama?.aturan_id);
    if (!lama) {
      const h = f.aturan ? cariAturan(ATURAN_NSPK, f.aturan) : aturanNspkBerlaku(`${tahun}-12-31`);
      if (!h.ok) throw tidakValid(`Belum ada aturan NSPK untuk tahun ${tahun}.`, [{ kolom: 'aturan', pesan: h.alasan }]);
      aturan = h.nilai;
    }
    const asing = Object.keys(f.skor).filter((k) => !aturan.elemen.some((e) => e.kode === k));
    if (asing.length) throw tidakValid('Elemen NSPK tidak dikenal.', asing.map((k) => ({ kolom: `skor.${k}`, pesan: `elemen tidak ada pada aturan ${aturan.id}` })));
    const skor = Object.fromEntries(aturan.elemen.filter((e) => f.skor[e.kode] != null).map((e) => [e.kode, f.skor[e.kode]!]));
    const catatan = f.catatan === undefined ? lama?.catatan ?? null : f.catatan || null;
    const sekarang = ctx.sekarang();
    if (!lama) {
      if (f.versi !== 0) throw tidakDitemukan(`Penilaian NSPK tahun ${tahun} tidak ditemukan.`);
      const r = await tx.maybeOne(sql`
        insert into penilaian_nspk (instansi_id, tahun, aturan_id, skor, catatan, versi, diubah_pada)
        values (${ctx.instansiId}, ${tahun}, ${aturan.id}, ${JSON.stringify(skor)}::jsonb, ${catatan}, 1, ${sekarang})
        on conflict (instansi_id, tahun) do nothing
        returning versi`);
      if (!r) throw konflik(`Penilaian NSPK tahun ${tahun} baru saja dibuat orang lain. Muat ulang lalu ulangi.`);
    } else {
      if (lama.versi !== f.versi) {
        throw konflik(`Penilaian NSPK tahun ${tahun} sudah diubah orang lain (versi ${lama.versi}, Anda mengubah versi ${f.versi}). Muat ulang lalu ulangi.`);
      }
      const r = await tx.maybeOne(sql`
        update penilaian_nspk set skor = ${JSON.stringify(skor)}::jsonb, catatan = ${catatan}, versi = versi + 1, diubah_pada = ${sekarang}
         where instansi_id = ${ctx.instansiId} and tahun = ${tahun} and versi = ${f.versi}
        returning versi`);
      if (!r) throw konflik(`Penilaian NSPK tahun ${tahun} sudah diubah orang lain. Muat ulang lalu ulangi.`);
    }
    const sebelum: Record<string, unknown> = {};
    const sesudah: Record<string, unknown> = {};
    for (const e of aturan.elemen) {
      const a = lama?.skor[e.kode] ?? null;
      const b = skor[e.kode] ?? null;
      if (a !== b) {
        sebelum[e.kode] = a;
        sesudah[e.kode] = b;
      }
    }
    await catatAudit(c, { aksi: 'nspk.simpan', entitas: 'penilaian_nspk', entitasId: tahun,
      sebelum: lama ? { skor: sebelum, ...(catatan !== lama.catatan ? { catatan: lama.catatan } : {}) } : undefined,
      sesudah: { aturan: aturan.id, skor: sesudah, ...(catatan !== (lama?.catatan ?? null) ? { catatan } : {}) } });
    return susunNspk(c, tahun);
  });
}
