import { sql, type Db } from '@simasn/db';
import { konflik, tidakDitemukan, tidakValid, type Konteks, type Peran } from '@simasn/platform';
import type { z } from '@simasn/kontrak';
import type { zPeranAkun } from '../kelola-akun.types.ts';

export interface AkunTerkelola {
  id: number;
  nama_pengguna: string;
  nama_tampilan: string;
  pegawai_id: number | null;
  aktif: boolean;
  harus_ganti_sandi: boolean;
}

/** The account, locked for the rest of the transaction (two admins acting at once: one after the other). 404 when not in this instansi. */
export async function ambilAkunUntukDiubah(tx: Db, ctx: Konteks, id: number): Promise<AkunTerkelola> {
  const a = await tx.maybeOne<AkunTerkelola>(sql`
    select id, nama_pengguna, nama_tampilan, pegawai_id, aktif, harus_ganti_sandi from akun
     where instansi_id = ${ctx.instansiId} and id = ${id} for update`);
  if (!a) throw tidakDitemukan('Akun tidak ditemukan.');
  return a;
}

/** The roles as stored: the unit code resolved, admin OPD with its perangkat daerah, ASN and atasan only for an account with a NIP. */
export async function susunPeran(tx: Db, ctx: Konteks, peran: readonly z.output<typeof zPeranAkun>[],
  pegawaiId: number | null): Promise<{ peran: Peran, unitId: number | null }[]>
{
  const hasil: { peran: Peran, unitId: number | null }[] = [];
  for (const [i, r] of peran.entries()) {
    if (hasil.some((h) => h.peran === r.peran)) throw tidakValid('Peran ganda.', [{ kolom: `peran.${i}.peran`, pesan: 'peran ini sudah dipilih' }]);
    let unitId: number | null = null;
    if (r.peran === 'admin_opd') {
      if (!r.unitKode) throw tidakValid('Admin OPD memerlukan perangkat daerah.', [{ kolom: `peran.${i}.unitKode`, pesan: 'pilih perangkat daerah untuk Admin OPD' }]);
      const u = await tx.maybeOne<{ id: number }>(sql`select id from unit_organisasi where instansi_id = ${ctx.instansiId} and kode = ${r.unitKode}`);
      if (!u) throw tidakValid('Perangkat daerah tidak ditemukan.', [{ kolom: `peran.${i}.unitKode`, pesan: `perangkat daerah ${r.unitKode} tidak ada` }]);
      unitId = u.id;
    }
    if ((r.peran === 'asn' || r.peran === 'atasan') && !pegawaiId) {
      throw tidakValid('Peran ini memerlukan akun ber-NIP.', [{ kolom: `peran.${i}.peran`, pesan: 'peran ini hanya untuk akun yang nama penggunanya NIP' }]);
    }
    hasil.push({ peran: r.peran, unitId });
  }
  return hasil;
}

/**
 * At least one active admin BKD must remain after a change, or nobody could manage accounts
 * again. Called inside the change's transaction after it is written; the admin accounts are locked
 * first, so two admins removing each other at once cannot both pass.
 */
export async function pastikanAdminTersisa(tx: Db, ctx: Konteks): Promise<void> {
  await tx.many(sql`
    select a.id from akun a
     where a.instansi_id = ${ctx.instansiId}
       and exists (select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.peran = 'admin_bkd')
     for update of a`);
  const r = await tx.one<{ n: number }>(sql`
    select count(*)::int as n from akun a
     where a.instansi_id = ${ctx.instansiId} and a.aktif
       and exists (select 1 from akun_peran ap where ap.instansi_id = a.instansi_id and ap.akun_id = a.id and ap.peran = 'admin_bkd')`);
  if (r.n === 0) throw konflik('Perubahan ini meninggalkan instansi tanpa admin BKD yang aktif. Tetapkan admin BKD lain lebih dahulu.');
}

/** Ends every session of the account (deactivation, a password reset). */
export async function akhiriSesiAkun(tx: Db, ctx: Konteks, akunId: number): Promise<number> {
  return tx.run(sql`delete from sesi where instansi_id = ${ctx.instansiId} and akun_id = ${akunId}`);
}
