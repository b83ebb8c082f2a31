import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { catatAudit, denganDb, GalatAplikasi, uraikan, type Konteks } from '@simasn/platform';
import { layananDariTautan, POLA_ACAK, sha256, sidikPerangkat } from './formulir-publik.ts';
import { skemaResponSurvei } from './survei.types.ts';

export { skemaResponSurvei };

const TERIMA_KASIH = 'Terima kasih. Penilaian Anda sudah kami terima dan menjadi bahan perbaikan pelayanan.';

const galat = (status: number, kode: string, pesan: string) => new GalatAplikasi(status, kode, pesan);

/**
 * A respondent's answers (public, no login). In one transaction: the form token is spent (only if
 * it exists for this service, is unspent and unexpired: the condition is in the UPDATE, so of two
 * submissions of one form exactly one gets it), it must have been issued to this device, and the
 * response is inserted unless this device already answered for this service today (the unique
 * index decides, also for two devices' worth of requests at once). Robots filling the honeypot
 * are answered like everyone and nothing is stored. The audit entry names no caller and no
 * address: the survey is anonymous.
 */
export async function kirimResponSurvei(ctx: Konteks, token: string, masukan: unknown, opsi: { perangkat?: string | null } = {}) {
  const { layanan, ctx: c } = await layananDariTautan(ctx, token);
  const f = uraikan(skemaResponSurvei, masukan, 'Isian survei belum lengkap.');
  const sekarang = c.sekarang();
  return c.db.transaction(async (tx) => {
    const t = denganDb(c, tx);
    const spent = await tx.maybeOne<{ sidik_perangkat: string }>(sql`
      update token_formulir_survei set dipakai_pada = ${sekarang}
       where instansi_id = ${c.instansiId} and hash_token = ${sha256(f.tokenFormulir)} and layanan_id = ${layanan.id}
         and dipakai_pada is null and kedaluwarsa_pada > ${sekarang}
      returning sidik_perangkat`);
    if (!spent) {
      const ada = await tx.maybeOne<{ dipakai_pada: Date | null }>(sql`
        select dipakai_pada from token_formulir_survei
         where instansi_id = ${c.instansiId} and hash_token = ${sha256(f.tokenFormulir)} and layanan_id = ${layanan.id}`);
      if (!ada) throw galat(409, 'formulir_tidak_sah', 'Formulir ini tidak sah atau sudah terlalu lama dibuka. Muat ulang halaman lalu isi kembali.');
      if (ada.dipakai_pada) throw galat(409, 'formulir_terpakai', 'Formulir ini sudah dikirim. Satu formulir hanya dapat dikirim satu kali.');
      throw galat(409, 'formulir_kedaluwarsa', 'Formulir ini sudah kedaluwarsa. Muat ulang halaman lalu isi kembali.');
    }
    if (!opsi.perangkat || !POLA_ACAK.test(opsi.perangkat) || sidikPerangkat(opsi.perangkat) !== spent.sidik_perangkat) {
      throw galat(409, 'perangkat_berbeda', 'Formulir ini dibuka di peramban lain, atau peramban Anda menolak cookie. Aktifkan cookie, muat ulang halaman, lalu isi kembali.');
    }
    if (f.situsWeb) return { ok: true, pesan: TERIMA_KASIH };
    const r = await tx.maybeOne<{ id: number }>(sql`
      insert into respon_survei (instansi_id, layanan_id, diisi_pada, tanggal, u1, u2, u3, u4, u5, u6, u7, u8, u9,
                                 umur, jenis_kelamin, pendidikan, pekerjaan, saran, sidik_perangkat, sumber)
      values (${c.instansiId}, ${layanan.id}, ${sekarang}, ${hariIniIso(sekarang, c.zona)}::date,
              ${f.jawaban[0]}, ${f.jawaban[1]}, ${f.jawaban[2]}, ${f.jawaban[3]}, ${f.jawaban[4]}, ${f.jawaban[5]}, ${f.jawaban[6]}, ${f.jawaban[7]}, ${f.jawaban[8]},
              ${f.umur ?? null}, ${f.jenisKelamin ?? null}, ${f.pendidikan ?? null}, ${f.pekerjaan ?? null}, ${f.saran}, ${spent.sidik_perangkat}, 'daring')
      on conflict (instansi_id, layanan_id, tanggal, sidik_perangkat) do nothing
      returning id`);
    if (!r) {
      throw galat(409, 'sudah_mengisi', `Perangkat ini sudah mengisi survei untuk layanan ${layanan.nama} hari ini. Terima kasih; Anda dapat mengisi lagi besok.`);
    }
    await catatAudit(t, { aksi: 'survei.isi', entitas: 'respon_survei', entitasId: r.id, sesudah: { layananId: layanan.id } });
    return { ok: true, pesan: TERIMA_KASIH };
  });
}
