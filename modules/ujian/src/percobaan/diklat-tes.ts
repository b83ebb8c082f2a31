import { sql, type Db } from '@simasn/db';
import { hariIniIso, type JenisDiklat, jenisDiklatSiasn } from '@simasn/domain';
import { catatDiklatPengembangan, type PegawaiInti } from '@simasn/kepegawaian';
import { denganDb, type Konteks } from '@simasn/platform';
import type { BarisTes } from '../tes/tes.ts';

/**
 * A passed test that counts for development (the manager gave it JP and a SIASN jenisDiklat)
 * becomes a riwayat diklat through kepegawaian's one door, in the scoring's transaction, so IP ASN
 * (and its "why") and the 20 JP pages see it at once. `sumberRef` is `ujian:<percobaan id>`: a
 * resubmit, a retry or the auto-submit racing the participant never writes it twice. The IP ASN
 * item is the one the SIASN kind maps to (RULES.md section 11), else `teknis` (a competency test
 * is technical development by default). Dates: the attempt's start and end as days in the
 * instansi's zone; the organiser is the instansi.
 */
export async function catatDiklatTes(ctx: Konteks, tx: Db, c: { id: number, pegawaiId: number, mulaiPada: Date }, tes: BarisTes, selesai: Date) {
  if (tes.jp === null || tes.jenisDiklat === null || tes.jp <= 0) return null;
  const k = jenisDiklatSiasn(tes.jenisDiklat);
  if (!k.ok) return null;
  const pegawai = await tx.one<PegawaiInti & { instansi: string }>(sql`
    select p.id::int as id, p.nip, p.nama, p.jalur_unit as "jalurUnit", p.status_kepegawaian as "statusKepegawaian", p.versi, i.nama as instansi
      from pegawai p join instansi i on i.instansi_id = p.instansi_id where p.instansi_id = ${ctx.instansiId} and p.id = ${c.pegawaiId}`);
  const jenis: JenisDiklat = k.nilai.jenisIpAsn ?? 'teknis';
  const tanggalMulai = hariIniIso(c.mulaiPada, ctx.zona);
  // riwayat diklat is unique per person, IP ASN item, name and start day: a second test of the same title that day gets a numbered name.
  const sama = (await tx.one<{ n: number }>(sql`select count(*)::int as n from riwayat_diklat where instansi_id = ${ctx.instansiId} and pegawai_id = ${c.pegawaiId}
    and jenis = ${jenis} and tanggal_mulai = ${tanggalMulai}::date and (nama = ${tes.judul} or nama like ${`${tes.judul} (%)`})
    and sumber_ref is distinct from ${`ujian:${c.id}`}`)).n;
  return catatDiklatPengembangan(denganDb(ctx, tx), pegawai, { jenis, jenisDiklatSiasn: tes.jenisDiklat, nama: sama ? `${tes.judul} (${sama + 1})` : tes.judul,
    penyelenggara: pegawai.instansi, tanggalMulai, tanggalSelesai: hariIniIso(selesai, ctx.zona), jumlahJp: Math.round(tes.jp), nomorSertifikat: null, sumber: 'ujian',
    sumberRef: `ujian:${c.id}` });
}
