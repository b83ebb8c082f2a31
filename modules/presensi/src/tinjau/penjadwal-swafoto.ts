import { sql, type Db } from '@simasn/db';
import { keZonaWaktu } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { hapusSwafotoKedaluwarsa } from './swafoto.ts';

/**
 * The server's hourly purge of selfies past their retention, for every instansi (as the system,
 * audited). `sekarang`: the application's clock (default the wall clock); `tundaAwalMs`: a first
 * pass after this delay (default none before the first hour). Returns a stop function.
 */
export function mulaiPenjadwalSwafoto(db: Db, log: (pesan: string) => void = console.log, opsi: { sekarang?: () => Date, tundaAwalMs?: number } = {}): () => void {
  const jalan = async () => {
    for (const i of await db.many<{ id: number, zona: string }>(sql`select instansi_id as id, zona_waktu as zona from instansi order by instansi_id`)) {
      const ctx = konteksSistem(db, Number(i.id), 'retensi-swafoto', keZonaWaktu(i.zona));
      const n = await hapusSwafotoKedaluwarsa(opsi.sekarang ? { ...ctx, sekarang: opsi.sekarang } : ctx);
      if (n) log(`Swafoto presensi kedaluwarsa dihapus: ${n} (instansi ${i.id})`);
    }
  };
  const putaran = () => void jalan().catch((e) => log(`Penghapusan swafoto gagal: ${(e as Error).message}`));
  const t = setInterval(putaran, 3600_000);
  t.unref();
  const awal = opsi.tundaAwalMs === undefined ? undefined : setTimeout(putaran, opsi.tundaAwalMs);
  awal?.unref();
  return () => {
    clearInterval(t);
    clearTimeout(awal);
  };
}
