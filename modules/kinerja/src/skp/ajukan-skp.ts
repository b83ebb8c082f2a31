import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, uraikan, type Konteks } from '@simasn/platform';
import { skpDalamLingkup, sudahDiubah, susunSkp } from './skp.ts';
import { skemaAjukanSkp } from './skp.types.ts';
import { periksaDrafSendiri } from './tulis-rhk.ts';

export { skemaAjukanSkp };

/**
 * The ASN signs their draft SKP (pihak pertama) and hands it to the pejabat penilai. It needs at
 * least one RHK utama, and every RHK utama must be cascaded: intervening an RHK of the atasan, or
 * for a head rated by the kepala daerah, taken from their Perjanjian Kinerja.
 */
export async function ajukanSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaAjukanSkp, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    periksaDrafSendiri(c, s, f.versi);
    const rhk = await tx.many<{ jenis: string, uraian: string, atasan: number | null, pk: number | null, indikator: number }>(sql`
      select r.jenis, r.uraian, r.rhk_atasan_akar_id as atasan, r.pk_id as pk,
             (select count(*)::int from skp_indikator x where x.instansi_id = r.instansi_id and x.rhk_id = r.id) as indikator
        from skp_rhk r where r.instansi_id = ${ctx.instansiId} and r.skp_id = ${s.id} order by r.urutan, r.id`);
    if (!rhk.some((r) => r.jenis === 'utama')) throw konflik('SKP belum berisi RHK utama; tambahkan dulu sebelum diajukan.');
    const lepas = rhk.filter((r) => r.jenis === 'utama' && (s.penilaiPegawaiId === null ? r.pk === null && r.atasan === null : r.atasan === null));
    if (lepas.length) {
      throw konflik(
        `${lepas.length} RHK utama belum ${s.penilaiPegawaiId === null ? 'diambil dari Perjanjian Kinerja' : 'mengintervensi RHK atasan'}: ${
          lepas.map((r) => `"${r.uraian}"`).join(', ')
        }.`,
      );
    }
    if (rhk.some((r) => r.indikator === 0)) throw konflik('Setiap RHK perlu paling sedikit satu indikator dengan targetnya.');
    const r = await tx.maybeOne(sql`update skp set status = 'diajukan', diajukan_pada = ${ctx.sekarang()}, catatan_kembali = null, versi = versi + 1,
      diubah_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${s.id} and status = 'draf' and versi = ${f.versi} returning versi`);
    if (!r) throw sudahDiubah();
    await catatAudit(c, { aksi: 'skp.ajukan', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId, sebelum: { status: 'draf' }, sesudah: { status: 'diajukan' } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
