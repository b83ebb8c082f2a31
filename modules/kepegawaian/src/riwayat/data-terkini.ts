import { sql, type Db } from '@simasn/db';
import { URUTAN_GOLONGAN_PNS, URUTAN_GOLONGAN_PPPK, URUTAN_PENDIDIKAN } from '@simasn/domain';

/**
 * Recomputes the derived current state of employees from their riwayat (see
 * @simasn/domain terkini.ts for the rules): golongan akhir and masa kerja golongan from riwayat
 * pangkat, jabatan and unit from riwayat jabatan, pendidikan terakhir from riwayat pendidikan.
 * The golongan and pendidikan order are the domain's arrays, passed as parameters.
 * Called in the same transaction as every riwayat write; `pegawaiId` null means the whole
 * instansi (after an import). Rows whose state did not change are not rewritten.
 */
export async function perbaruiDataTerkini(db: Db, instansiId: number, pegawaiId: number[] | null): Promise<number> {
  const semua = pegawaiId === null;
  return db.run(sql`
    update pegawai p
       set golongan_akhir = x.golongan, tmt_golongan_akhir = x.tmt_golongan,
           mk_golongan_tahun = x.mk_tahun, mk_golongan_bulan = x.mk_bulan,
           jabatan_id = x.jabatan_id, jenis_jabatan = x.jenis_jabatan, tmt_jabatan = x.tmt_jabatan,
           unit_id = x.unit_id, jalur_unit = x.jalur, perangkat_daerah_id = x.perangkat_daerah_id,
           pendidikan_terakhir = x.tingkat
      from (
        select q.id, g.golongan, g.tmt as tmt_golongan, g.mk_tahun, g.mk_bulan,
               j.jabatan_id, j.jenis as jenis_jabatan, j.tmt as tmt_jabatan, j.unit_id, j.jalur, j.perangkat_daerah_id,
               d.tingkat
          from pegawai q
          left join lateral (
            select r.golongan, r.tmt, r.mk_tahun, r.mk_bulan from riwayat_pangkat r
             where r.instansi_id = q.instansi_id and r.pegawai_id = q.id
             order by r.tmt desc, coalesce(array_position(${URUTAN_GOLONGAN_PNS}::text[], r.golongan),
                                   array_position(${URUTAN_GOLONGAN_PPPK}::text[], r.golongan), 0) desc limit 1) g on true
          left join lateral (
            select r.jabatan_id, jb.jenis, r.tmt, r.unit_id, u.jalur, u.perangkat_daerah_id from riwayat_jabatan r
              join jabatan jb on jb.instansi_id = r.instansi_id and jb.id = r.jabatan_id
              join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
             where r.instansi_id = q.instansi_id and r.pegawai_id = q.id
             order by r.tmt desc, r.id desc limit 1) j on true
          left join lateral (
            select r.tingkat from riwayat_pendidikan r
             where r.instansi_id = q.instansi_id and r.pegawai_id = q.id
             order by coalesce(array_position(${URUTAN_PENDIDIKAN}::text[], r.tingkat), 0) desc, r.tahun_lulus desc limit 1) d on true
         where q.instansi_id = ${instansiId} and (${semua} or q.id = any(${pegawaiId ?? []}::bigint[]))
      ) x
     where p.instansi_id = ${instansiId} and p.id = x.id
       and (p.golongan_akhir, p.tmt_golongan_akhir, p.mk_golongan_tahun, p.mk_golongan_bulan, p.jabatan_id, p.jenis_jabatan,
            p.tmt_jabatan, p.unit_id, p.jalur_unit, p.perangkat_daerah_id, p.pendidikan_terakhir)
           is distinct from
           (x.golongan, x.tmt_golongan, x.mk_tahun, x.mk_bulan, x.jabatan_id, x.jenis_jabatan,
            x.tmt_jabatan, x.unit_id, x.jalur, x.perangkat_daerah_id, x.tingkat)`);
}
