import { sql } from '@simasn/db';
import { bersihkanNip } from '@simasn/domain';
import { lingkup, syaratLingkup, tidakDitemukan, type Izin, type Konteks } from '@simasn/platform';

export interface PegawaiInti {
  id: number;
  nip: string;
  nama: string;
  jalurUnit: string | null;
  statusKepegawaian: 'PNS' | 'CPNS' | 'PPPK';
  versi: number;
}

/**
 * The one door to an employee by NIP: found only if the caller's reach for `izin` covers them,
 * with the reach inside the query. Outside the reach looks exactly like not existing (404), so
 * that NIPs of other units cannot be probed.
 */
export async function pegawaiDalamLingkup(ctx: Konteks, nip: string, izin: Izin): Promise<PegawaiInti> {
  const l = lingkup(ctx, izin);
  const p = await ctx.db.maybeOne<PegawaiInti>(sql`
    select p.id, p.nip, p.nama, p.jalur_unit as "jalurUnit", p.status_kepegawaian as "statusKepegawaian", p.versi
      from pegawai p
     where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(nip)} and ${syaratLingkup(l)}`);
  if (!p) throw tidakDitemukan(`Pegawai dengan NIP ${nip} tidak ditemukan.`);
  return p;
}
