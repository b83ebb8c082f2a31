import { sql, type Db } from '@simasn/db';
import { keZonaWaktu, type ZonaWaktu } from '@simasn/domain';
import { lupakanZonaInstansi } from '@simasn/platform';

/**
 * Sets an instansi's time zone (CLI `simasn instansi zona`, tests); false when there is no such
 * instansi. The instansi row is this module's; platform only reads the zone (zonaInstansi) and
 * is told here to forget what it cached.
 */
export async function ubahZonaInstansi(db: Db, instansiId: number, zona: ZonaWaktu): Promise<boolean> {
  const n = await db.run(sql`update instansi set zona_waktu = ${keZonaWaktu(zona)} where instansi_id = ${instansiId}`);
  lupakanZonaInstansi();
  return n > 0;
}
