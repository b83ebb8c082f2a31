import { sql } from '@simasn/db';
import { tidakDitemukan, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';

export { skemaPeriodeUnit } from './capaian.types.ts';
import { jumlahRupiah } from '@simasn/domain';

export interface RenstraUnit {
  id: number;
  nama: string;
  tahunAwal: number;
  tahunAkhir: number;
  unit: { id: number, kode: string, nama: string };
}

/**
 * The Renstra in force for a perangkat daerah in a year (the one whose period covers it; a
 * 'berlaku' one before a draft), inside the caller's reading reach, or 404 with the reason.
 */
export async function renstraUnitTahun(ctx: Konteks, unitId: number, tahun: number): Promise<RenstraUnit> {
  const r = await ctx.db.maybeOne<{ id: number, nama: string, tahun_awal: number, tahun_akhir: number, unit_id: number, kode: string, unit_nama: string }>(sql`
    select r.id, r.nama, r.tahun_awal, r.tahun_akhir, u.id as unit_id, u.kode, u.nama as unit_nama
      from renstra r join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
     where r.instansi_id = ${ctx.instansiId} and r.unit_id = ${unitId} and ${tahun} between r.tahun_awal and r.tahun_akhir
       and ${syaratUnitIzin(ctx, 'sakip:baca', 'u', { leluhur: true })}
     order by (r.status = 'berlaku') desc, r.tahun_awal desc limit 1`);
  if (!r) throw tidakDitemukan(`Unit ini belum mempunyai Renstra yang mencakup tahun ${tahun}, atau di luar kewenangan Anda.`);
  return { id: r.id, nama: r.nama, tahunAwal: r.tahun_awal, tahunAkhir: r.tahun_akhir, unit: { id: r.unit_id, kode: r.kode, nama: r.unit_nama } };
}

/**
 * Budget spent per sub kegiatan of a Renstra in a year: [tw1, tw2, tw3, tw4] (0 where nothing was
 * recorded), and each entry's version (null where none) for editing.
 */
export async function realisasiAnggaranTribulan(ctx: Konteks, renstraId: number, tahun: number) {
  const baris = await ctx.db.many<{ id: number, tribulan: number, nilai: number, versi: number }>(sql`
    select ra.program_kegiatan_id as id, ra.tribulan, ra.nilai, ra.versi from realisasi_anggaran ra
      join program_kegiatan pk on pk.instansi_id = ra.instansi_id and pk.id = ra.program_kegiatan_id
     where ra.instansi_id = ${ctx.instansiId} and pk.renstra_id = ${renstraId} and ra.tahun = ${tahun}`);
  const nilai = new Map<number, number[]>();
  const versi = new Map<number, (number | null)[]>();
  for (const b of baris) {
    const t = nilai.get(b.id) ?? [0, 0, 0, 0];
    const v = versi.get(b.id) ?? [null, null, null, null];
    t[b.tribulan - 1] = Number(b.nilai);
    v[b.tribulan - 1] = b.versi;
    nilai.set(b.id, t);
    versi.set(b.id, v);
  }
  return { nilai, versi };
}

/** The spending of tribulan 1..sampai. */
export function sampaiTribulan(t: readonly number[] | undefined, sampai: number): number {
  return jumlahRupiah((t ?? []).slice(0, sampai));
}
