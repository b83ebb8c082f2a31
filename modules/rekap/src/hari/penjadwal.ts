import { sql, type Db } from '@simasn/db';
import { keZonaWaktu, waktuSetempat } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { periksaAmbangDisiplin } from '../disiplin/usulan-hukdis.ts';
import { tutupHari } from './simpan-hari.ts';

/**
 * One pass of the rekap job for every instansi: close the days that may be closed, work off the
 * queue of late inputs, then check the PP 94/2021 thresholds of the year (alerts to the atasan and
 * the BKD). The server runs it every 10 minutes; `simasn` and tests call it directly.
 */
export async function jalankanRekapHarian(db: Db, sekarang = new Date(), log: (pesan: string) => void = () => {}): Promise<void> {
  for (const i of await db.many<{ id: number, zona: string }>(sql`select instansi_id as id, zona_waktu as zona from instansi order by instansi_id`)) {
    const zona = keZonaWaktu(i.zona);
    await tutupHari(db, Number(i.id), zona, sekarang, { log });
    const ctx = { ...konteksSistem(db, Number(i.id), 'rekap-presensi', zona), sekarang: () => sekarang };
    const n = await periksaAmbangDisiplin(ctx, Number(waktuSetempat(sekarang, zona).tanggal.slice(0, 4)));
    if (n) log(`Usulan hukuman disiplin baru: ${n} (instansi ${i.id})`);
  }
}

export function mulaiPenjadwalRekap(db: Db, log: (pesan: string) => void = console.log, opsi: { sekarang?: () => Date, tundaAwalMs?: number } = {}): () => void {
  const sekarang = opsi.sekarang ?? (() => new Date());
  let jalan = false;
  const sekali = () => {
    if (jalan) return;
    jalan = true;
    jalankanRekapHarian(db, sekarang(), log).catch((e) => log(`Rekap presensi gagal: ${(e as Error).message}`)).finally(() => {
      jalan = false;
    });
  };
  const awal = setTimeout(sekali, opsi.tundaAwalMs ?? 5_000);
  awal.unref();
  const t = setInterval(sekali, 600_000);
  t.unref();
  return () => {
    clearInterval(t);
    clearTimeout(awal);
  };
}
