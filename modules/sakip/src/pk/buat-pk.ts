import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { unitKelola } from '../lingkup.ts';
import { periksaTahunRenstra, renstraDalamLingkup } from '../renstra/renstra.ts';
import { tulisBarisPk } from './baris-pk.ts';
import { pkDalamLingkup, susunPk } from './pk.ts';
import { skemaBuatPk } from './pk.types.ts';

export { skemaBuatPk };

/**
 * A new Perjanjian Kinerja (draf) for a position and year. Pihak pertama is the holder of the
 * jabatan; pihak kedua is the holder of the parent PK, or the kepala daerah named at the top.
 * The position must be inside the Renstra's perangkat daerah and the caller's managing reach.
 */
export async function buatPk(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaBuatPk, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const r = await renstraDalamLingkup(c, f.renstraId, 'sakip:kelola');
    periksaTahunRenstra(r, f.tahun, 'tahun');
    const j = await tx.maybeOne<{ unit_id: number | null, nama: string }>(sql`
      select unit_id, nama from jabatan where instansi_id = ${ctx.instansiId} and id = ${f.jabatanId}`);
    if (!j?.unit_id) throw tidakValid('Jabatan tidak ditemukan.', [{ kolom: 'jabatanId', pesan: `jabatan #${f.jabatanId} tidak ada atau tidak terikat pada unit` }]);
    const u = await unitKelola(c, j.unit_id, 'jabatanId');
    if (!u.jalur.startsWith(r.jalur)) throw tidakValid('Jabatan di luar perangkat daerah Renstra.', [{ kolom: 'jabatanId', pesan: `${j.nama} tidak berada di ${r.unit_nama}` }]);
    const pemegang = await tx.many<{ id: number }>(sql`
      select id from pegawai where instansi_id = ${ctx.instansiId} and jabatan_id = ${f.jabatanId} and kedudukan = 'aktif'
         and ${f.pegawaiId ? sql`id = ${f.pegawaiId}` : f.nip ? sql`nip = ${f.nip}` : sql`true`} order by id limit 2`);
    if (pemegang.length !== 1) {
      throw tidakValid('Pihak pertama tidak dapat ditentukan.', [{ kolom: f.nip && !f.pegawaiId ? 'nip' : 'pegawaiId', pesan: pemegang.length
        ? `${j.nama} dipegang lebih dari satu pegawai; sebutkan NIP pegawainya`
        : f.pegawaiId ?
        `pegawai #${f.pegawaiId} tidak sedang memegang ${j.nama}`
        : f.nip
        ? `pegawai NIP ${f.nip} tidak sedang memegang ${j.nama}`
        : `${j.nama} sedang kosong (tidak ada pemegang aktif)` }]);
    }
    const pegawaiId = pemegang[0]!.id;
    let induk: { seri_id: number, pegawai_id: number } | null = null;
    if (f.indukId !== undefined) {
      const p = await pkDalamLingkup(c, f.indukId, 'sakip:baca');
      if (p.renstra_id !== f.renstraId || p.tahun !== f.tahun) {
        throw tidakValid('PK induk tidak sesuai.', [{ kolom: 'indukId', pesan: `PK induk harus PK tahun ${f.tahun} dari Renstra yang sama` }]);
      }
      if (p.pegawai_id === pegawaiId) throw tidakValid('PK induk tidak sesuai.', [{ kolom: 'indukId', pesan: 'pihak pertama tidak dapat berjanji kepada dirinya sendiri' }]);
      induk = p;
    }
    const { id } = await tx.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('perjanjian_kinerja', 'id'))::bigint as id`);
    try {
      await tx.run(sql`
        insert into perjanjian_kinerja (instansi_id, id, seri_id, nomor_perubahan, renstra_id, unit_id, tahun, induk_seri_id, jabatan_id, pegawai_id,
                                        pihak_kedua_pegawai_id, pihak_kedua_nama, pihak_kedua_jabatan, tanggal, dibuat_pada, diubah_pada)
        values (${ctx.instansiId}, ${id}, ${id}, 0, ${f.renstraId}, ${u.id}, ${f.tahun}, ${induk?.seri_id ?? null}, ${f.jabatanId}, ${pegawaiId},
                ${induk?.pegawai_id ?? null}, ${f.pihakKedua?.nama ?? null}, ${f.pihakKedua?.jabatan ?? null}, ${f.tanggal}, ${ctx.sekarang()}, ${ctx.sekarang()})`);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw konflik(`Perjanjian Kinerja ${j.nama} tahun ${f.tahun} sudah ada; ubah atau buat Perubahan PK-nya.`);
      throw e;
    }
    const pk = { id, renstra_id: f.renstraId, tahun: f.tahun };
    await tulisBarisPk(c, pk, { indikator: f.indikator, anggaran: f.anggaran });
    const hasil = await susunPk(c, await pkDalamLingkup(c, id, 'sakip:kelola'));
    await catatAudit(c, { aksi: 'pk.buat', entitas: 'perjanjian_kinerja', entitasId: id, pegawaiId,
      sesudah: { tahun: f.tahun, jabatan: j.nama, indukSeriId: induk?.seri_id ?? null, indikator: hasil.indikator.map((x) => [x.kode, x.target]),
        anggaran: hasil.anggaran.map((x) => [x.kode, x.anggaran]) } });
    return hasil;
  });
}
