import type { Db } from '@simasn/db';
import { tutupSemuaPercobaanKedaluwarsa } from './percobaan/percobaan.ts';

/**
 * Auto-submit of attempts whose time is up, every 15 s on the application's clock (reads close
 * them too, so a result never waits for this pass). Returns the stop function.
 */
export function mulaiPenjadwalUjian(db: Db, log: (pesan: string) => void = console.log, opsi: { sekarang?: () => Date, tundaAwalMs?: number } = {}): () => void {
  const sekarang = opsi.sekarang ?? (() => new Date());
  let jalan = false;
  const sekali = () => {
    if (jalan) return;
    jalan = true;
    tutupSemuaPercobaanKedaluwarsa(db, sekarang()).then((n) => {
      if (n) log(`Tes: ${n} percobaan ditutup karena waktu habis.`);
    }).catch((e) => log(`Penutupan tes gagal: ${(e as Error).message}`)).finally(() => {
      jalan = false;
    });
  };
  const awal = setTimeout(sekali, opsi.tundaAwalMs ?? 15_000);
  awal.unref();
  const t = setInterval(sekali, 15_000);
  t.unref();
  return () => {
    clearInterval(t);
    clearTimeout(awal);
  };
}
