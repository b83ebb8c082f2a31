import { sql, type Db } from '@simasn/db';
import { hariIniIso, keZonaWaktu } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { jalankanTmtLayanan } from './jalankan-tmt.ts';

/**
 * The server's daily TMT job: once per local day of each instansi (its own zone), as the system.
 * Checked hourly so that a server started mid-day still runs it that day; a failure is logged and
 * the request retried the next day. The CLI `simasn layanan jalankan-tmt` does the same by hand.
 * `sekarang`: the application's clock (default the wall clock); `tundaAwalMs`: the first pass
 * after start (default 5 s). Returns a stop function.
 */
export function mulaiPenjadwalTmt(db: Db, log: (pesan: string) => void = console.log, opsi: { sekarang?: () => Date, tundaAwalMs?: number } = {}): () => void {
  const sekarang = opsi.sekarang ?? (() => new Date());
  const sudah = new Map<number, string>();
  const jalan = () => {
    jalankanTmtHarian(db, sekarang(), sudah, log).catch((e) => log(`Jadwal TMT gagal: ${(e as Error).message}`));
  };
  const t = setInterval(jalan, 3600_000);
  t.unref();
  const awal = setTimeout(jalan, opsi.tundaAwalMs ?? 5_000);
  awal.unref();
  return () => {
    clearInterval(t);
    clearTimeout(awal);
  };
}

/**
 * One pass: the TMT job for every instansi whose local day at `sekarang` this process has not run
 * yet (`sudah`: instansi -> local day). Returns the instansi run with their day.
 */
export async function jalankanTmtHarian(db: Db, sekarang: Date, sudah: Map<number, string>,
  log: (pesan: string) => void = console.log): Promise<{ instansiId: number, tanggal: string }[]>
{
  const jalan: { instansiId: number, tanggal: string }[] = [];
  for (const i of await db.many<{ id: number, zona: string }>(sql`select instansi_id as id, zona_waktu as zona from instansi order by instansi_id`)) {
    const zona = keZonaWaktu(i.zona);
    const hari = hariIniIso(sekarang, zona);
    if (sudah.get(i.id) === hari) continue;
    sudah.set(i.id, hari);
    const h = await jalankanTmtLayanan({ ...konteksSistem(db, i.id, 'jadwal-tmt', zona), sekarang: () => sekarang });
    jalan.push({ instansiId: i.id, tanggal: hari });
    if (h.diproses.length || h.gagal.length) log(`TMT ${hari} instansi ${i.id}: ${h.diproses.length} diproses, ${h.gagal.length} gagal`);
    for (const g of h.gagal) log(`  usulan ${g.usulanId} (${g.jenis}): ${g.pesan}`);
  }
  return jalan;
}
