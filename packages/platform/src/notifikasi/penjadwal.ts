import type { Db } from '@simasn/db';
import { keZonaWaktu, waktuSetempat } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { sql } from '@simasn/db';
import { kirimDigestVerifikator } from './digest.ts';
import { kirimEmailAntri } from './kirim-email.ts';
import { buatTransport, konfigurasiSmtp } from './smtp.ts';

/**
 * Background work of the server for notifications: the e-mail outbox every `detikEmail`
 * seconds (when SMTP is configured) and the daily digest for every instansi once a day after
 * `jamDigest` in the instansi's own zone (07.00 WIB in Jakarta, 07.00 WIT in Jayapura).
 * `sekarang`: the application's clock (default the wall clock); `tundaAwalMs`: the first pass
 * after this delay instead of after the first interval. Returns a stop function. Failures are
 * logged, never fatal.
 */
export function mulaiPenjadwalNotifikasi(db: Db,
  opsi: { detikEmail?: number, jamDigest?: number, log?: (s: string) => void, sekarang?: () => Date, tundaAwalMs?: number } = {}): () => void
{
  const sekarang = opsi.sekarang ?? (() => new Date());
  const log = opsi.log ?? ((s) => console.warn(s));
  const smtp = konfigurasiSmtp();
  const transport = smtp ? buatTransport(smtp) : null;
  let sibuk = false;
  const sudah = new Map<number, string>();
  const putaran = async () => {
    if (sibuk) return;
    sibuk = true;
    try {
      if (transport && smtp) await kirimEmailAntri(db, transport, smtp.from);
      await jalankanDigestHarian(db, sekarang(), sudah, opsi.jamDigest);
    } catch (e) {
      log(`Notifikasi: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      sibuk = false;
    }
  };
  const t = setInterval(() => void putaran(), (opsi.detikEmail ?? 30) * 1000);
  t.unref();
  const awal = opsi.tundaAwalMs === undefined ? undefined : setTimeout(() => void putaran(), opsi.tundaAwalMs);
  awal?.unref();
  return () => {
    clearInterval(t);
    clearTimeout(awal);
  };
}

/**
 * One pass of the timer: the digest for every instansi whose local time at `sekarang` is past
 * `jamDigest` and that this process has not served on that local day (`sudah`: instansi -> local
 * day, kept by the caller). The digest itself skips accounts already served that day, so another
 * process (the CLI) running it too still sends once. Returns the instansi served.
 */
export async function jalankanDigestHarian(db: Db, sekarang: Date, sudah: Map<number, string>, jamDigest = 7): Promise<number[]> {
  const dilayani: number[] = [];
  for (const i of await db.many<{ id: number, zona: string }>(sql`select instansi_id as id, zona_waktu as zona from instansi order by instansi_id`)) {
    const zona = keZonaWaktu(i.zona);
    const w = waktuSetempat(sekarang, zona);
    if (sudah.get(i.id) === w.tanggal || w.jam < jamDigest) continue;
    sudah.set(i.id, w.tanggal);
    await kirimDigestVerifikator({ ...konteksSistem(db, i.id, 'ringkasan-harian', zona), sekarang: () => sekarang });
    dilayani.push(i.id);
  }
  return dilayani;
}
