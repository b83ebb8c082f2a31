import { sql } from '@simasn/db';
import { bacaPkBerlaku } from '@simasn/sakip';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { skpDalamLingkup, susunSkp } from './skp.ts';
import { skemaAmbilDariPk } from './skp.types.ts';
import { naikkanVersi, periksaDrafSendiri } from './tulis-rhk.ts';

export { skemaAmbilDariPk };

/**
 * A JPT's or unit head's RHK offered from their own Perjanjian Kinerja of the year: each chosen
 * indicator becomes an RHK utama (the sasaran it serves as the result, the indicator and its
 * target as the kuantitas indicator), in one click, nothing retyped. The PK is read through
 * modules/sakip; an indicator already taken is refused.
 */
export async function ambilRhkDariPk(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaAmbilDariPk, masukan, 'Pilihan indikator belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    periksaDrafSendiri(c, s, f.versi);
    const pk = (await bacaPkBerlaku(c, { tahun: s.tahun, pegawaiId: s.pegawaiId })).find((x) => x.pkId === f.pkId);
    if (!pk) throw tidakValid('Perjanjian Kinerja tidak sesuai.', [{ kolom: 'pkId', pesan: `pilih Perjanjian Kinerja Anda sendiri tahun ${s.tahun}` }]);
    const dipilih = [...new Set(f.indikatorIds)];
    const salah = dipilih.filter((id) => !pk.indikator.some((x) => x.indikatorId === id));
    if (salah.length) throw tidakValid('Indikator tidak sesuai.', [{ kolom: 'indikatorIds', pesan: 'indikator yang dipilih tidak ada dalam Perjanjian Kinerja ini' }]);
    const sudah = await tx.many<{ indikatorId: number }>(sql`
      select indikator_id as "indikatorId" from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and indikator_id = any(${dipilih}::bigint[])`);
    if (sudah.length) throw konflik('Sebagian indikator sudah diambil menjadi RHK pada SKP ini.');
    let urutan = (await tx.one<{ n: number }>(sql`select count(*)::int as n from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id}`)).n;
    for (const x of pk.indikator.filter((i) => dipilih.includes(i.indikatorId))) {
      const uraian = x.sasaran ?? x.uraian;
      const r = await tx.one<{ id: number }>(sql`select nextval(pg_get_serial_sequence('skp_rhk', 'id'))::bigint as id`);
      await tx.run(sql`insert into skp_rhk (instansi_id, id, akar_id, skp_id, jenis, uraian, pk_id, indikator_id, urutan)
        values (${ctx.instansiId}, ${r.id}, ${r.id}, ${s.id}, 'utama', ${uraian.length >= 5 ? uraian : `${uraian} (${x.kode})`}, ${pk.pkId}, ${x.indikatorId}, ${urutan++})`);
      await tx.run(sql`insert into skp_indikator (instansi_id, rhk_id, aspek, uraian, pendekatan, target_min, target_maks, satuan, urutan)
        values (${ctx.instansiId}, ${r.id}, 'kuantitas', ${x.uraian}, 'kuantitatif', ${x.target}, ${x.target}, ${x.satuan}, 0)`);
    }
    await naikkanVersi(c, s);
    await catatAudit(c, { aksi: 'skp.ubah', entitas: 'skp', entitasId: s.id, pegawaiId: s.pegawaiId,
      sesudah: { dariPk: pk.pkId, indikator: pk.indikator.filter((i) => dipilih.includes(i.indikatorId)).map((i) => i.kode) } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
