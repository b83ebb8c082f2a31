import { empty, sql } from '@simasn/db';
import { tidakDitemukan, tidakValid, type Izin, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';

export interface IndikatorTerjangkau {
  id: number;
  kode: string;
  uraian: string;
  renstra_id: number;
  tahun_awal: number;
  tahun_akhir: number;
  status_renstra: string;
  sumber_otomatis: string | null;
  agregasi: string;
}

/** An indicator whose Renstra's unit is inside the caller's reach for `izin`, or 404. */
export async function indikatorDalamLingkup(ctx: Konteks, id: number, izin: Izin): Promise<IndikatorTerjangkau> {
  const i = await ctx.db.maybeOne<IndikatorTerjangkau>(sql`
    select ik.id, ik.kode, ik.uraian, ik.renstra_id, r.tahun_awal, r.tahun_akhir, r.status as status_renstra, ik.sumber_otomatis, ik.agregasi
      from indikator_kinerja ik
      join renstra r on r.instansi_id = ik.instansi_id and r.id = ik.renstra_id
      join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
     where ik.instansi_id = ${ctx.instansiId} and ik.id = ${id} and ${syaratUnitIzin(ctx, izin, 'u', { leluhur: izin === 'sakip:baca' })}`);
  if (!i) throw tidakDitemukan('Indikator kinerja tidak ditemukan.');
  return i;
}

/** The year must be inside the indicator's Renstra period. */
export function periksaTahunIndikator(i: IndikatorTerjangkau, tahun: number): void {
  if (tahun < i.tahun_awal || tahun > i.tahun_akhir) {
    throw tidakValid('Tahun di luar periode Renstra.', [{ kolom: 'tahun', pesan: `tahun ${tahun} di luar periode Renstra ${i.tahun_awal}-${i.tahun_akhir}`, nilai: tahun }]);
  }
}

export interface BarisRealisasi {
  nilai: number | null;
  status: 'terisi' | 'na';
  catatan: string | null;
  sumber: 'manual' | 'otomatis';
  rincian: unknown;
  versi: number;
}

/** The stored realisasi of one indicator in one tribulan (locked when `kunci`). */
export async function bacaRealisasi(ctx: Konteks, indikatorId: number, tahun: number, tribulan: number, kunci = false): Promise<BarisRealisasi | undefined> {
  return ctx.db.maybeOne<BarisRealisasi>(sql`
    select nilai, status, catatan, sumber, rincian, versi from realisasi_indikator
     where instansi_id = ${ctx.instansiId} and indikator_id = ${indikatorId} and tahun = ${tahun} and tribulan = ${tribulan}
     ${kunci ? sql`for update` : empty}`);
}
