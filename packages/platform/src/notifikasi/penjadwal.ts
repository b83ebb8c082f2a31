import type { Db } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { sql } from '@simasn/db';
import { kirimDigestVerifikator } from './digest.ts';
import { kirimEmailAntri } from './kirim-email.ts';
import { buatTransport, konfigurasiSmtp } from './smtp.ts';

/**
 * Background work of the server for notifications: the e-mail outbox every `detikEmail`
 * seconds (when SMTP is configured) and the daily digest for every instansi once a day after
 * `jamDigest` (WIB). Returns a stop function. Failures are logged, never fatal.
 */
export function mulaiPenjadwalNotifikasi(db: Db, opsi: { detikEmail?: number; jamDigest?: number; log?: (s: string) => void } = {}): () => void {
  const log = opsi.log ?? ((s) => console.warn(s));
  const smtp = konfigurasiSmtp();
  const transport = smtp ? buatTransport(smtp) : null;
  let sibuk = false;
  let digestTerakhir = '';
  const putaran = async () => {
    if (sibuk) return;
    sibuk = true;
    try {
      if (transport && smtp) await kirimEmailAntri(db, transport, smtp.from);
      const sekarang = new Date();
      const hari = hariIniIso(sekarang);
      const jamWib = (sekarang.getUTCHours() + 7) % 24;
      if (digestTerakhir !== hari && jamWib >= (opsi.jamDigest ?? 7)) {
        digestTerakhir = hari;
        for (const i of await db.many<{ id: number }>(sql`select instansi_id as id from instansi`)) {
          await kirimDigestVerifikator(konteksSistem(db, i.id, 'ringkasan-harian'));
        }
      }
    } catch (e) {
      log(`Notifikasi: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      sibuk = false;
    }
  };
  const t = setInterval(() => void putaran(), (opsi.detikEmail ?? 30) * 1000);
  t.unref();
  return () => clearInterval(t);
}
