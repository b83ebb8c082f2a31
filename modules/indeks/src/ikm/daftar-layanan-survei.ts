import { sql } from '@simasn/db';
import { uraikan, type Konteks } from '@simasn/platform';
import { GABUNG_LAYANAN, KOLOM_LAYANAN, syaratLayanan, type LayananInti } from './lingkup-layanan.ts';
import { skemaDaftarLayananSurvei } from './survei.types.ts';

export { skemaDaftarLayananSurvei };

/** The service units in the caller's reach, for managing them and printing their links. */
export async function daftarLayananSurvei(ctx: Konteks, masukan: unknown = {}): Promise<(LayananInti & { jumlahRespon: number })[]> {
  const f = uraikan(skemaDaftarLayananSurvei, masukan);
  const syarat = syaratLayanan(ctx, 'survei:baca');
  const q = f.q ? `%${f.q.replace(/[%_\\]/g, '')}%` : null;
  return ctx.db.many(sql`
    select ${KOLOM_LAYANAN},
           (select count(*)::int from respon_survei r where r.instansi_id = l.instansi_id and r.layanan_id = l.id) as "jumlahRespon"
      from layanan_survei l ${GABUNG_LAYANAN}
     where l.instansi_id = ${ctx.instansiId} and ${syarat}
       and (${q}::text is null or l.nama ilike ${q} or l.kode ilike ${q} or u.nama ilike ${q})
       and (${f.aktif} = 'semua' or l.aktif = (${f.aktif} = 'ya'))
     order by u.jalur, l.nama, l.id`);
}
