import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import type { StatusPk } from './pk.types.ts';

/** One Perjanjian Kinerja in force (or in progress) with its indicator lines, as other modules read it. */
export interface PkBerlaku {
  pkId: number;
  seriId: number;
  indukSeriId: number | null;
  status: StatusPk;
  tahun: number;
  unitId: number;
  jabatanId: number;
  jabatan: string;
  pegawaiId: number;
  /** Pihak kedua as named (the kepala daerah at the top, else the parent PK's holder). */
  pihakKeduaPegawaiId: number | null;
  pihakKeduaNama: string | null;
  pihakKeduaJabatan: string | null;
  indikator: { indikatorId: number, kode: string, uraian: string, satuan: string, target: number, sasaran: string | null }[];
}

/**
 * The Perjanjian Kinerja of a year per series: the approved version, else the newest one in
 * progress, for one employee (`pegawaiId`) or for every position of a perangkat daerah
 * (`perangkatDaerahId`). Read-only and without the caller's reach: modules/kinerja offers a head's
 * RHK from their own PK and draws a unit's cascade tree, each after checking its own reach.
 */
export async function bacaPkBerlaku(ctx: Konteks, f: { tahun: number, pegawaiId?: number, perangkatDaerahId?: number }): Promise<PkBerlaku[]> {
  const rows = await ctx.db.many<Omit<PkBerlaku, 'indikator'>>(sql`
    select distinct on (pk.seri_id) pk.id as "pkId", pk.seri_id as "seriId", pk.induk_seri_id as "indukSeriId", pk.status, pk.tahun, pk.unit_id as "unitId",
           pk.jabatan_id as "jabatanId", j.nama as jabatan, pk.pegawai_id as "pegawaiId", pk.pihak_kedua_pegawai_id as "pihakKeduaPegawaiId",
           pk.pihak_kedua_nama as "pihakKeduaNama", pk.pihak_kedua_jabatan as "pihakKeduaJabatan"
      from perjanjian_kinerja pk join jabatan j on j.instansi_id = pk.instansi_id and j.id = pk.jabatan_id
      join unit_organisasi u on u.instansi_id = pk.instansi_id and u.id = pk.unit_id
     where pk.instansi_id = ${ctx.instansiId} and pk.tahun = ${f.tahun} and pk.status <> 'diganti'
       and (${f.pegawaiId ?? null}::bigint is null or pk.pegawai_id = ${f.pegawaiId ?? null})
       and (${f.perangkatDaerahId ?? null}::bigint is null or u.perangkat_daerah_id = ${f.perangkatDaerahId ?? null})
     order by pk.seri_id, (pk.status = 'disetujui') desc, pk.nomor_perubahan desc`);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.pkId);
  const baris = await ctx.db.many<PkBerlaku['indikator'][number] & { pkId: number }>(sql`
    select l.pk_id as "pkId", l.indikator_id as "indikatorId", ik.kode, ik.uraian, ik.satuan, l.target, s.uraian as sasaran
      from pk_indikator l join indikator_kinerja ik on ik.instansi_id = l.instansi_id and ik.id = l.indikator_id
      left join sasaran_renstra s on s.instansi_id = ik.instansi_id and s.id = ik.sasaran_id
     where l.instansi_id = ${ctx.instansiId} and l.pk_id = any(${ids}::bigint[]) order by l.urutan, ik.kode`);
  return rows.map((r) => ({ ...r, indikator: baris.filter((b) => b.pkId === r.pkId).map(({ pkId: _, ...b }) => ({ ...b, target: Number(b.target) })) }));
}
