import { sql } from '@simasn/db';
import { namaLengkap } from '@simasn/domain';
import { uraikan, type Konteks } from '@simasn/platform';
import type { z } from 'zod';
import { skemaDaftarPk, type skemaResponsDaftarPk, type StatusPk } from './pk.types.ts';
import { syaratPk } from './pk.ts';

export { skemaDaftarPk };

/**
 * The PKs the caller reaches, one row per series (its latest version), in cascade order: the
 * parent before its children. `versiBerlaku` is the approved version in force, if any.
 */
export async function daftarPk(ctx: Konteks, masukan: unknown = {}): Promise<z.output<typeof skemaResponsDaftarPk>> {
  const f = uraikan(skemaDaftarPk, masukan);
  const baris = await ctx.db.many<
    { id: number, seriId: number, nomorPerubahan: number, tahun: number, tanggal: string, status: StatusPk, indukSeriId: number | null, unitId: number, unit: string, jalur: string,
      jabatan: string, nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, pihak_kedua_nama: string | null, kedua_nama: string | null,
      kedua_gelar_depan: string | null, kedua_gelar_belakang: string | null, versiBerlaku: number | null, jumlahIndikator: number, versi: number }
  >(sql`
    select pk.id, pk.seri_id as "seriId", pk.nomor_perubahan as "nomorPerubahan", pk.tahun, pk.tanggal, pk.status, pk.induk_seri_id as "indukSeriId",
           pk.unit_id as "unitId", u.nama as unit, u.jalur, j.nama as jabatan, p.nip, p.nama, p.gelar_depan, p.gelar_belakang,
           pk.pihak_kedua_nama, k.nama as kedua_nama, k.gelar_depan as kedua_gelar_depan, k.gelar_belakang as kedua_gelar_belakang,
           (select b.id from perjanjian_kinerja b where b.instansi_id = pk.instansi_id and b.seri_id = pk.seri_id and b.status = 'disetujui') as "versiBerlaku",
           (select count(*)::int from pk_indikator l where l.instansi_id = pk.instansi_id and l.pk_id = pk.id) as "jumlahIndikator", pk.versi
      from perjanjian_kinerja pk
      join unit_organisasi u on u.instansi_id = pk.instansi_id and u.id = pk.unit_id
      join jabatan j on j.instansi_id = pk.instansi_id and j.id = pk.jabatan_id
      join pegawai p on p.instansi_id = pk.instansi_id and p.id = pk.pegawai_id
      left join pegawai k on k.instansi_id = pk.instansi_id and k.id = pk.pihak_kedua_pegawai_id
     where pk.instansi_id = ${ctx.instansiId} and ${syaratPk(ctx, 'sakip:baca')}
       and pk.nomor_perubahan = (select max(x.nomor_perubahan) from perjanjian_kinerja x where x.instansi_id = pk.instansi_id and x.seri_id = pk.seri_id)
       and ${f.tahun ? sql`pk.tahun = ${f.tahun}` : sql`true`}
       and ${f.renstraId ? sql`pk.renstra_id = ${f.renstraId}` : sql`true`}
       and ${f.unitId ? sql`u.jalur like (select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}) || '%'` : sql`true`}
     order by pk.tahun desc, u.jalur, pk.induk_seri_id nulls first, pk.seri_id`);
  return baris.map(({ gelar_depan, gelar_belakang, nama, jalur: _j, pihak_kedua_nama, kedua_nama, kedua_gelar_depan, kedua_gelar_belakang, ...b }) => ({ ...b,
    pihakPertama: namaLengkap({ gelarDepan: gelar_depan, nama, gelarBelakang: gelar_belakang }),
    pihakKedua: pihak_kedua_nama ?? namaLengkap({ gelarDepan: kedua_gelar_depan, nama: kedua_nama ?? '', gelarBelakang: kedua_gelar_belakang }) })
  );
}
