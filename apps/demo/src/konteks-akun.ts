import { sql, type Db } from '@simasn/db';
import { zonaInstansi, type Konteks, type Pemanggil, type Peran } from '@simasn/platform';

/**
 * A demo account acting as itself (roles, units, own employee record), as the session would
 * resolve it, on a fixed clock: demo requests and letters carry real actors in their timelines
 * and audit entries instead of "sistem".
 */
export async function konteksAkunDemo(db: Db, instansiId: number, namaPengguna: string, jam: Date): Promise<Konteks> {
  const a = await db.one<
    { id: number, nama_tampilan: string, pegawai_id: number | null, jalur: string | null, peran: { peran: Peran, unitId: number | null, jalurUnit: string | null }[] }
  >(sql`
    select a.id, a.nama_tampilan, a.pegawai_id, p.jalur_unit as jalur,
           (select json_agg(json_build_object('peran', ap.peran, 'unitId', ap.unit_id, 'jalurUnit', u.jalur))
              from akun_peran ap left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
             where ap.instansi_id = a.instansi_id and ap.akun_id = a.id) as peran
      from akun a left join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
     where a.instansi_id = ${instansiId} and a.nama_pengguna = ${namaPengguna}`);
  const pemanggil: Pemanggil = { akunId: a.id, namaPengguna, namaTampilan: a.nama_tampilan, instansiId, pegawaiId: a.pegawai_id, jalurUnitSendiri: a.jalur, peran: a.peran };
  return { db, instansiId, pemanggil, sekarang: () => jam, zona: await zonaInstansi(db, instansiId) };
}
