import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso } from '@simasn/domain';
import { buangRiwayat, type PegawaiInti } from '@simasn/kepegawaian';
import { catatAudit, denganDb, konflik, lingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { skemaCabutSertifikat, skemaKodeSertifikat } from '../pembelajaran.types.ts';

/**
 * Revokes a course certificate (`pembelajaran:kelola`), with the reason, in one transaction: the
 * certificate is marked dicabut (date and reason kept; the public check shows "dicabut" with the
 * date, never the reason); the riwayat diklat its completion wrote (`kursus:<peserta>`) is removed
 * through kepegawaian's `buangRiwayat`, so the 20 JP, IP ASN and the SIASN export stop counting it
 * at once, its values kept in the audit log (riwayat_diklat.hapus) beside `sertifikat.cabut`.
 * Removed rather than marked: every reader of riwayat diklat counts what is there, and a revoked
 * certificate proves no training. The enrolment stays finished (the modules were done); the
 * course cannot be completed again for a new certificate. Revoking twice is a 409.
 */
export async function cabutSertifikat(ctx: Konteks, params: unknown, masukan: unknown) {
  lingkup(ctx, 'pembelajaran:kelola');
  const { kode } = uraikan(skemaKodeSertifikat, params);
  const f = uraikan(skemaCabutSertifikat, masukan, 'Pencabutan belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await tx.maybeOne<{ id: number, pesertaId: number, pegawaiId: number, nomor: string, nama: string, jp: number, dicabutPada: Date | null }>(sql`
      select id::int as id, peserta_id::int as "pesertaId", pegawai_id::int as "pegawaiId", nomor, nama, jp, dicabut_pada as "dicabutPada"
        from sertifikat_kursus where instansi_id = ${ctx.instansiId} and kode = ${kode} for update`);
    if (!s) throw tidakDitemukan('Sertifikat dengan kode ini tidak ditemukan.');
    if (s.dicabutPada) throw konflik(`Sertifikat ${s.nomor} sudah dicabut pada ${formatTanggal(hariIniIso(s.dicabutPada, ctx.zona))}.`);
    await tx.run(sql`update sertifikat_kursus set dicabut_pada = ${ctx.sekarang()}, alasan_cabut = ${f.alasan} where instansi_id = ${ctx.instansiId} and id = ${s.id}`);
    const r = await tx.maybeOne<{ id: number, versi: number }>(sql`select id::int as id, versi from riwayat_diklat where instansi_id = ${ctx.instansiId}
      and pegawai_id = ${s.pegawaiId} and sumber_ref = ${`kursus:${s.pesertaId}`}`);
    if (r) {
      const p = await tx.one<PegawaiInti>(sql`select id::int as id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi
        from pegawai where instansi_id = ${ctx.instansiId} and id = ${s.pegawaiId}`);
      await buangRiwayat(c, p, 'diklat', r.id, r.versi);
    }
    await catatAudit(c, { aksi: 'sertifikat.cabut', entitas: 'sertifikat_kursus', entitasId: s.id, pegawaiId: s.pegawaiId,
      sesudah: { nomor: s.nomor, alasan: f.alasan, riwayatDiklatDihapus: r ? r.id : null } });
    return { nomor: s.nomor, nama: s.nama, dicabutPada: formatTanggal(hariIniIso(ctx.sekarang(), ctx.zona)), riwayatDihapus: !!r, jp: s.jp };
  });
}
