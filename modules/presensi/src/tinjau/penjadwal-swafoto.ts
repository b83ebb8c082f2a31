import { sql, type Db } from '@simasn/db';
import { keZonaWaktu } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { hapusSwafotoKedaluwarsa } from './swafoto.ts';

/** The server's hourly purge of selfies past their retention, for every instansi (as the system, audited). */
export function mulaiPenjadwalSwafoto(db: Db, log: (pesan: string) => void = console.log): NodeJS.Timeout {
  const jalan = async () => {
    for (const i of await db.many<{ id: number, zona: string }>(sql`select instansi_id as id, zona_waktu as zona from instansi order by instansi_id`)) {
      const n = await hapusSwafotoKedaluwarsa(konteksSistem(db, Number(i.id), 'retensi-swafoto', keZonaWaktu(i.zona)));
      if (n) log(`Swafoto presensi kedaluwarsa dihapus: ${n} (instansi ${i.id})`);
    }
  };
  const t = setInterval(() => void jalan().catch((e) => log(`Penghapusan swafoto gagal: ${(e as Error).message}`)), 3600_000);
  t.unref();
  return t;
}
