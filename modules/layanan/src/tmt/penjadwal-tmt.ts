import { sql, type Db } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { konteksSistem } from '@simasn/platform';
import { jalankanTmtLayanan } from './jalankan-tmt.ts';

/**
 * The server's daily TMT job: once per day (WIB) for every instansi, as the system. Checked
 * hourly so that a server started mid-day still runs it that day; a failure is logged and the
 * request retried the next day. The CLI `simasn layanan jalankan-tmt` does the same by hand.
 */
export function mulaiPenjadwalTmt(db: Db, log: (pesan: string) => void = console.log): NodeJS.Timeout {
  let terakhir = '';
  const jalan = async () => {
    const hari = hariIniIso();
    if (hari === terakhir) return;
    terakhir = hari;
    for (const { instansi_id: id } of await db.many<{ instansi_id: number }>(sql`select instansi_id from instansi order by instansi_id`)) {
      const h = await jalankanTmtLayanan(konteksSistem(db, id, 'jadwal-tmt'));
      if (h.diproses.length || h.gagal.length) log(`TMT ${hari} instansi ${id}: ${h.diproses.length} diproses, ${h.gagal.length} gagal`);
      for (const g of h.gagal) log(`  usulan ${g.usulanId} (${g.jenis}): ${g.pesan}`);
    }
  };
  const t = setInterval(() => { jalan().catch((e) => log(`Jadwal TMT gagal: ${(e as Error).message}`)); }, 3600_000);
  t.unref();
  setTimeout(() => { jalan().catch((e) => log(`Jadwal TMT gagal: ${(e as Error).message}`)); }, 5_000).unref();
  return t;
}
