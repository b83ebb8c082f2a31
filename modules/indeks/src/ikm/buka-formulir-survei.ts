import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { LABEL_JENIS_KELAMIN_RESPONDEN, LABEL_PEKERJAAN_RESPONDEN, LABEL_PENDIDIKAN_RESPONDEN, PEKERJAAN_RESPONDEN, PENDIDIKAN_RESPONDEN, PERTANYAAN_IKM } from './kuesioner.ts';
import type { Konteks } from '@simasn/platform';
import { acak, layananDariTautan, POLA_ACAK, sha256, sidikPerangkat, UMUR_TOKEN_FORMULIR_MENIT } from './formulir-publik.ts';

const pilihan = <K extends string>(kode: readonly K[], label: Record<K, string>) => kode.map((k) => ({ kode: k, label: label[k] }));

/**
 * Opens the public form of a service unit (no login): the unit's name and the questions only,
 * and a one-time form token for this device. The device is the random value of its cookie; a
 * device without one (or with a malformed one) is given a new one, which the HTTP layer sets.
 * The token is kept only as its hash, bound to the device, spent by the response and expiring
 * after UMUR_TOKEN_FORMULIR_MENIT. Expired tokens of the instansi are swept here as well.
 */
export async function bukaFormulirSurvei(ctx: Konteks, token: string, opsi: { perangkat?: string | null } = {}) {
  const { layanan, ctx: c } = await layananDariTautan(ctx, token);
  const perangkatBaru = opsi.perangkat && POLA_ACAK.test(opsi.perangkat) ? null : acak();
  const sidik = sidikPerangkat(perangkatBaru ?? opsi.perangkat!);
  const tokenFormulir = acak();
  const sekarang = c.sekarang();
  const berlakuSampai = new Date(sekarang.getTime() + UMUR_TOKEN_FORMULIR_MENIT * 60_000);
  const sudahMengisi = await c.db.transaction(async (tx) => {
    await tx.run(sql`delete from token_formulir_survei
                      where instansi_id = ${c.instansiId} and kedaluwarsa_pada < ${new Date(sekarang.getTime() - 24 * 3600_000)}`);
    await tx.run(sql`
      insert into token_formulir_survei (instansi_id, hash_token, layanan_id, sidik_perangkat, dibuat_pada, kedaluwarsa_pada)
      values (${c.instansiId}, ${sha256(tokenFormulir)}, ${layanan.id}, ${sidik}, ${sekarang}, ${berlakuSampai})`);
    return !!(await tx.maybeOne(sql`
      select 1 from respon_survei
       where instansi_id = ${c.instansiId} and layanan_id = ${layanan.id} and tanggal = ${hariIniIso(sekarang, c.zona)}::date and sidik_perangkat = ${sidik}`));
  });
  return {
    layanan: { nama: layanan.nama, unit: layanan.unit },
    pertanyaan: PERTANYAAN_IKM,
    profil: { jenisKelamin: pilihan(['L', 'P'] as const, LABEL_JENIS_KELAMIN_RESPONDEN), pendidikan: pilihan(PENDIDIKAN_RESPONDEN, LABEL_PENDIDIKAN_RESPONDEN),
      pekerjaan: pilihan(PEKERJAAN_RESPONDEN, LABEL_PEKERJAAN_RESPONDEN) },
    tokenFormulir,
    berlakuSampai,
    /** This device already answered for this service today: the next response will be refused. */
    sudahMengisiHariIni: sudahMengisi,
    /** A new device value to set in the device cookie (never sent in the JSON body). */
    perangkatBaru,
  };
}
