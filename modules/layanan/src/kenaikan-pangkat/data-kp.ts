import { sql, type Sql } from '@simasn/db';
import type { DataKp, Eselon, JenisHukdis, JenisJabatan, JenjangFungsional, KodeGolonganPns, PredikatSkp, TingkatPendidikan, TingkatStruktural } from '@simasn/domain';
import type { Konteks } from '@simasn/platform';

/** One employee with what the KP rules read, as the set-based query returns it. */
export interface BarisKp {
  id: number;
  nip: string;
  nama: string;
  unit: string | null;
  perangkat_daerah: string | null;
  golongan_akhir: KodeGolonganPns;
  tmt_golongan_akhir: string;
  tmt_cpns: string | null;
  jabatan: string | null;
  jenis_jabatan: JenisJabatan | null;
  tingkat_struktural: TingkatStruktural | null;
  eselon: Eselon | null;
  jenjang: JenjangFungsional | null;
  tmt_jabatan: string | null;
  skp: { tahun: number, predikat: PredikatSkp }[] | null;
  hukdis: { jenis: JenisHukdis, tmt: string, masa_bulan: number }[] | null;
  ijazah: { tingkat: TingkatPendidikan, tanggal: string }[] | null;
}

/**
 * The KP inputs of every active PNS matching `syarat` (a condition on `pegawai p`: instansi is
 * added here; the caller adds the reach, the unit filter, the NIP list), in one set-based query:
 * the latest two SKP, the hukuman disiplin of the last five years (none blocks longer; PDHTAPS at
 * any time), every diploma (its date, or 31 December of the graduation year). Each riwayat is
 * read once for the whole population (a window or a grouping over the population's rows, joined
 * by pegawai), not once per employee: the first computation after a write stays fast at 7,000 ASN.
 */
export function sqlDataKp(ctx: Konteks, periode: string, syarat: Sql): Sql {
  const i = ctx.instansiId;
  return sql`
    with pop as (
      select p.id, p.nip, p.nama, p.unit_id, p.perangkat_daerah_id, p.jabatan_id, p.golongan_akhir, p.tmt_golongan_akhir, p.tmt_cpns, p.tmt_jabatan
        from pegawai p
       where p.instansi_id = ${i} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif'
         and p.golongan_akhir is not null and p.tmt_golongan_akhir is not null and ${syarat}
    ),
    skp as (
      select s.pegawai_id, json_agg(json_build_object('tahun', s.tahun, 'predikat', s.predikat) order by s.tahun desc) as skp
        from (select pegawai_id, tahun, predikat, row_number() over (partition by pegawai_id order by tahun desc) as ke
                from riwayat_skp where instansi_id = ${i} and pegawai_id in (select id from pop)) s
       where s.ke <= 2
       group by s.pegawai_id
    ),
    hd as (
      select h.pegawai_id, json_agg(json_build_object('jenis', h.jenis, 'tmt', h.tmt, 'masa_bulan', h.masa_bulan)) as hukdis
        from riwayat_hukdis h
       where h.instansi_id = ${i} and h.pegawai_id in (select id from pop)
         and (h.jenis = 'pdhtaps' or h.tmt > ${periode}::date - interval '5 years')
       group by h.pegawai_id
    ),
    ij as (
      select r.pegawai_id, json_agg(json_build_object('tingkat', r.tingkat, 'tanggal', coalesce(r.tanggal_ijazah, make_date(r.tahun_lulus, 12, 31)))) as ijazah
        from riwayat_pendidikan r
       where r.instansi_id = ${i} and r.pegawai_id in (select id from pop)
       group by r.pegawai_id
    )
    select p.id, p.nip, p.nama, u.nama as unit, pd.nama as perangkat_daerah, p.golongan_akhir, p.tmt_golongan_akhir, p.tmt_cpns,
           j.nama as jabatan, j.jenis as jenis_jabatan, j.tingkat_struktural, j.eselon, j.jenjang, p.tmt_jabatan,
           skp.skp, hd.hukdis, ij.ijazah
      from pop p
      left join skp on skp.pegawai_id = p.id
      left join hd on hd.pegawai_id = p.id
      left join ij on ij.pegawai_id = p.id
      left join jabatan j on j.instansi_id = ${i} and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = ${i} and u.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = ${i} and pd.id = p.perangkat_daerah_id
     order by pd.nama nulls last, p.golongan_akhir desc, p.nama, p.id`;
}

/** The domain's view of one row; `angkaKredit` is what the OPD entered, when it did. */
export function keDataKp(b: BarisKp, angkaKredit: number | null = null): DataKp {
  return { golongan: b.golongan_akhir, tmtGolongan: b.tmt_golongan_akhir, tmtCpns: b.tmt_cpns, skp: b.skp ?? [],
    hukdis: (b.hukdis ?? []).map((h) => ({ jenis: h.jenis, tmt: h.tmt, masaBulan: h.masa_bulan })), ijazah: b.ijazah ?? [],
    jabatan: b.jenis_jabatan && b.tmt_jabatan
      ? { jenis: b.jenis_jabatan, tmt: b.tmt_jabatan, tingkatStruktural: b.tingkat_struktural, eselon: b.eselon, jenjang: b.jenjang }
      : null, angkaKredit };
}
