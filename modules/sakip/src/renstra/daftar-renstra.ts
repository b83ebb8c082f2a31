import { hariIniIso } from '@simasn/domain';
import { sql } from '@simasn/db';
import { uraikan, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';
import { skemaDaftarRenstra, type skemaResponsDaftarRenstra } from './renstra.types.ts';
import type { z } from 'zod';

export { skemaDaftarRenstra };

/**
 * The Renstra the caller can read (their perangkat daerah's, or all), newest period first, each with
 * the year the SAKIP pages open it on (`tahunBerjalan`: the server decides it, so the page and the
 * shell that asks for the page's first data ahead of it name the same year).
 */
export async function daftarRenstra(ctx: Konteks, masukan: unknown = {}): Promise<z.output<typeof skemaResponsDaftarRenstra>> {
  const f = uraikan(skemaDaftarRenstra, masukan);
  const tahunIni = Number(hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 4));
  return ctx.db.many<z.output<typeof skemaResponsDaftarRenstra>[number]>(sql`
    select r.id, r.nama, r.status, r.tahun_awal as "tahunAwal", r.tahun_akhir as "tahunAkhir", r.unit_id as "unitId",
           u.kode as "unitKode", u.nama as "unitNama", r.versi,
           least(greatest(${tahunIni}::int, r.tahun_awal), r.tahun_akhir)::int as "tahunBerjalan"
      from renstra r join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
     where r.instansi_id = ${ctx.instansiId} and ${syaratUnitIzin(ctx, 'sakip:baca', 'u', { leluhur: true })}
       and ${f.unitId ? sql`r.unit_id = ${f.unitId}` : sql`true`}
     order by r.tahun_awal desc, u.kode`);
}
