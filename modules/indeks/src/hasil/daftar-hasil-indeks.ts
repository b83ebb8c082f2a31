import { sql } from '@simasn/db';
import { lingkup, uraikan, type Konteks } from '@simasn/platform';
import { skemaDaftarHasil, type HasilIndeks } from './hasil.types.ts';

export { skemaDaftarHasil };

/**
 * The frozen index figures, newest first: the time series the reports cite, each with the rule
 * version that produced it. Instansi-level figures are aggregates; a caller with a narrower reach
 * sees only the ones of units inside it.
 */
export async function daftarHasilIndeks(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarHasil, masukan);
  const l = lingkup(ctx, 'indeks:baca');
  const bolehInstansi = l.semua;
  const jalur = l.jalur;
  return ctx.db.many<HasilIndeks>(sql`
    select h.id, h.jenis, h.tahun, h.periode, h.unit_id as "unitId", u.nama as unit, h.aturan_id as aturan, h.tanggal_acuan as "tanggalAcuan",
           h.nilai, h.kategori, h.jumlah_data as "jumlahData", h.dihitung_pada as "dihitungPada", h.dihitung_oleh as "dihitungOleh"
      from hasil_indeks h
      left join unit_organisasi u on u.instansi_id = h.instansi_id and u.id = h.unit_id
     where h.instansi_id = ${ctx.instansiId}
       and (${f.jenis ?? null}::text is null or h.jenis = ${f.jenis ?? null})
       and (${f.tahun ?? null}::int is null or h.tahun = ${f.tahun ?? null})
       and (${bolehInstansi} or (u.jalur is not null and u.jalur like any(${jalur.map((j) => `${j}%`)})))
     order by h.tahun desc, h.periode desc, h.dihitung_pada desc
     limit 200`);
}
