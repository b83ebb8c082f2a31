import { sql, type Db } from '@simasn/db';
import type { Transporter } from 'nodemailer';

export const BATAS_PERCOBAAN_EMAIL = 5;

/**
 * Sends queued e-mails (every instansi): claims a batch (a claim older than 5 minutes is taken
 * again, so a crashed sender's mails are retried), sends each, marks it sent, or records the
 * error and gives up after BATAS_PERCOBAAN_EMAIL attempts. Only committed rows exist here, so a
 * rolled-back transition never mails.
 */
export async function kirimEmailAntri(db: Db, transport: Transporter, dari: string, batas = 50): Promise<{ terkirim: number, gagal: number }> {
  const klaim = await db.many<{ instansi_id: number, id: number, kepada: string, subjek: string, isi: string, percobaan: number }>(sql`
    update email_keluar e set diklaim_pada = now(), percobaan = e.percobaan + 1
     where (e.instansi_id, e.id) in (
       select instansi_id, id from email_keluar
        where status = 'antri' and (diklaim_pada is null or diklaim_pada < now() - interval '5 minutes')
        order by id limit ${batas} for update skip locked)
    returning e.instansi_id, e.id, e.kepada, e.subjek, e.isi, e.percobaan`);
  let terkirim = 0;
  let gagal = 0;
  for (const m of klaim) {
    try {
      await transport.sendMail({ from: dari, to: m.kepada, subject: m.subjek, text: m.isi });
      await db.run(sql`update email_keluar set status = 'terkirim', dikirim_pada = now(), galat = null where instansi_id = ${m.instansi_id} and id = ${m.id}`);
      terkirim++;
    } catch (e) {
      gagal++;
      const akhir = m.percobaan >= BATAS_PERCOBAAN_EMAIL;
      await db.run(sql`update email_keluar set status = ${akhir ? 'gagal' : 'antri'}, diklaim_pada = null, galat = ${e instanceof Error ? e.message : String(e)}
                        where instansi_id = ${m.instansi_id} and id = ${m.id}`);
    }
  }
  return { terkirim, gagal };
}
