import { sql } from '@simasn/db';
import { formatNip, labelGolongan } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

export interface Penandatangan {
  nama: string;
  nip: string | null;
  pangkat: string | null;
  jabatan: string;
  unit: string;
  kop: string[];
  kota: string;
}

/**
 * Who signs letters of the personnel office and the letterhead lines: the holder of the JPT
 * jabatan of the personnel agency (unit code from KODE_UNIT_KEPEGAWAIAN, default BKPSDM). When
 * the post is vacant the name is left as dots to be filled by hand.
 */
export async function penandatanganKepegawaian(ctx: Konteks): Promise<Penandatangan> {
  const kode = process.env.KODE_UNIT_KEPEGAWAIAN || 'BKPSDM';
  const r = await ctx.db.maybeOne<
    { instansi: string, kota: string | null, unit: string | null, nama: string | null, gd: string | null, gb: string | null, nip: string | null, golongan: string | null,
      jabatan: string | null }
  >(sql`
    select i.nama as instansi, i.ibu_kota as kota, u.nama as unit, p.nama, p.gelar_depan as gd, p.gelar_belakang as gb, p.nip,
           p.golongan_akhir as golongan, j.nama as jabatan
      from instansi i
      left join unit_organisasi u on u.instansi_id = i.instansi_id and u.kode = ${kode}
      left join jabatan j on j.instansi_id = i.instansi_id and j.unit_id = u.id and j.tingkat_struktural like 'jpt%'
      left join pegawai p on p.instansi_id = i.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif'
     where i.instansi_id = ${ctx.instansiId}
     order by p.id nulls last limit 1`);
  const unit = r?.unit ?? 'Badan Kepegawaian Daerah';
  const nama = r?.nama ? [r.gd, r.nama].filter(Boolean).join(' ') + (r.gb ? `, ${r.gb}` : '') : '.................................';
  return { nama, nip: r?.nip ? formatNip(r.nip) : null, pangkat: r?.golongan ? labelGolongan(r.golongan) : null, jabatan: r?.jabatan ?? `Kepala ${unit}`, unit,
    kop: [`PEMERINTAH ${(r?.instansi ?? 'KABUPATEN').toUpperCase()}`, unit.toUpperCase()], kota: r?.kota ?? '' };
}
