import { join, sql, type Sql } from '@simasn/db';
import { ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, URUTAN_PENDIDIKAN, type AturanIpAsn, type JendelaIpAsn } from '@simasn/domain';

/**
 * What the IP ASN rules read of one employee on a reference date (tanggal acuan), taken from the
 * riwayat as they stood on that date, so that any past year can be measured again:
 * - jenis jabatan and structural level: the riwayat jabatan in force on the date;
 * - pendidikan: the highest level graduated by that year (null when none is recorded);
 * - kepemimpinan: the highest diklat kepemimpinan completed (the rule set's `tingkatKepemimpinan`:
 *   1 = PIM I/PKN I ... 4 = PIM IV/PKP);
 * - fungsional: any diklat fungsional completed;
 * - teknis: a diklat teknis of at least `jpTeknis` JP finished in the `bulanTeknis` months before;
 * - seminar: a seminar/workshop finished in the `bulanSeminar` months before;
 * - predikat: the latest SKP of the reference year or the `tahunSkp` years before;
 * - hukdis: the heaviest hukuman disiplin whose TMT falls in the `bulanHukdis` months before.
 * The windows and the level map are the rule set's data (`AturanIpAsn.jendela`,
 * `tingkatKepemimpinan`), passed to the query as parameters; the pendidikan order is the domain's.
 * The population is the PNS and CPNS who were in service on the date and are still recorded as active.
 */
export type { JendelaIpAsn };

/** The windows of the default rule set. */
export const JENDELA_BAWAAN: JendelaIpAsn = ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!.jendela;

export interface FiturPegawai {
  jenis_jabatan: 'struktural' | 'fungsional' | 'pelaksana' | null;
  tingkat_struktural: string | null;
  pendidikan: string | null;
  kepemimpinan: number | null;
  fungsional: boolean;
  teknis: boolean;
  seminar: boolean;
  predikat: string | null;
  hukdis: 'ringan' | 'sedang' | 'berat' | null;
}

/**
 * The features as SQL: a `with` prefix defining `fitur` (one row per employee in `populasi`).
 * `populasi` is a SQL condition on `pegawai p` (instansi, reach, unit filter).
 */
export function sqlFitur(instansiId: number, tanggal: string, populasi: Sql,
  aturan: Pick<AturanIpAsn, 'jendela' | 'tingkatKepemimpinan'> = ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!): Sql
{
  const j = aturan.jendela;
  const tahun = Number(tanggal.slice(0, 4));
  const namaKepemimpinan = Object.keys(aturan.tingkatKepemimpinan);
  const levelKepemimpinan = namaKepemimpinan.map((n) => aturan.tingkatKepemimpinan[n]!);
  // The latest SKP within the window: the value of the latest year that has one (no sort needed:
  // (pegawai, tahun) is unique, so max() per year is that year's predikat).
  const tahunSkp = Array.from({ length: j.tahunSkp + 1 }, (_, i) => tahun - i);
  const predikatTerbaru = join(tahunSkp.map((t) => sql`max(predikat) filter (where tahun = ${t})`), ', ');
  // The derived current state (pegawai.jabatan_id, pendidikan_terakhir) is the riwayat's latest
  // row. It is the state on the reference date for everyone whose latest jabatan started by then
  // and who graduated nothing after that year; only the others are looked up in the riwayat.
  return sql`
    with pop as (
      select p.id, p.perangkat_daerah_id, p.jabatan_id, p.tmt_jabatan, p.pendidikan_terakhir
        from pegawai p
       where p.instansi_id = ${instansiId} and p.status_kepegawaian in ('PNS', 'CPNS') and p.kedudukan = 'aktif'
         and coalesce(p.tmt_cpns, p.tmt_pns) <= ${tanggal}::date and ${populasi}
    ),
    jab_lama as (
      select distinct on (rj.pegawai_id) rj.pegawai_id, rj.jabatan_id
        from riwayat_jabatan rj
       where rj.instansi_id = ${instansiId} and rj.tmt <= ${tanggal}::date
         and rj.pegawai_id in (select id from pop where tmt_jabatan > ${tanggal}::date)
       order by rj.pegawai_id, rj.tmt desc, rj.id desc
    ),
    lulus_sesudah as (
      select distinct pegawai_id from riwayat_pendidikan
       where instansi_id = ${instansiId} and tahun_lulus > ${tahun} and pegawai_id in (select id from pop)
    ),
    pend_lama as (
      select pegawai_id, max(array_position(${URUTAN_PENDIDIKAN}::text[], tingkat)) as peringkat
        from riwayat_pendidikan
       where instansi_id = ${instansiId} and tahun_lulus <= ${tahun} and pegawai_id in (select pegawai_id from lulus_sesudah)
       group by pegawai_id
    ),
    dik as (
      select pegawai_id,
             min(case when jenis = 'kepemimpinan'
                      then (${levelKepemimpinan}::int[])[array_position(${namaKepemimpinan}::text[], tingkat)] end) as kepemimpinan,
             bool_or(jenis = 'fungsional') as fungsional,
             bool_or(jenis = 'teknis' and coalesce(jumlah_jp, 0) >= ${j.jpTeknis}
                     and tanggal_selesai > ${tanggal}::date - make_interval(months => ${j.bulanTeknis})) as teknis,
             bool_or(jenis = 'seminar' and tanggal_selesai > ${tanggal}::date - make_interval(months => ${j.bulanSeminar})) as seminar
        from riwayat_diklat
       where instansi_id = ${instansiId} and tanggal_selesai <= ${tanggal}::date and pegawai_id in (select id from pop)
         -- only the rows that can count: older teknis and seminar rows are left out before grouping
         and (jenis in ('kepemimpinan', 'fungsional')
              or (jenis = 'teknis' and coalesce(jumlah_jp, 0) >= ${j.jpTeknis} and tanggal_selesai > ${tanggal}::date - make_interval(months => ${j.bulanTeknis}))
              or (jenis = 'seminar' and tanggal_selesai > ${tanggal}::date - make_interval(months => ${j.bulanSeminar})))
       group by pegawai_id
    ),
    skp as (
      select pegawai_id, coalesce(${predikatTerbaru}) as predikat
        from riwayat_skp
       where instansi_id = ${instansiId} and tahun between ${tahun - j.tahunSkp} and ${tahun} and pegawai_id in (select id from pop)
       group by pegawai_id
    ),
    hd as (
      select pegawai_id, max(case tingkat when 'ringan' then 1 when 'sedang' then 2 when 'berat' then 3 end) as berat
        from riwayat_hukdis
       where instansi_id = ${instansiId} and tmt <= ${tanggal}::date
         and tmt > ${tanggal}::date - make_interval(months => ${j.bulanHukdis}) and pegawai_id in (select id from pop)
       group by pegawai_id
    ),
    fitur as (
      select pop.id as pegawai_id, pop.perangkat_daerah_id,
             jb.jenis as jenis_jabatan, jb.tingkat_struktural,
             case when ls.pegawai_id is null then pop.pendidikan_terakhir
                  else (${URUTAN_PENDIDIKAN}::text[])[pl.peringkat] end as pendidikan,
             dik.kepemimpinan, coalesce(dik.fungsional, false) as fungsional,
             coalesce(dik.teknis, false) as teknis, coalesce(dik.seminar, false) as seminar,
             skp.predikat,
             (array['ringan','sedang','berat'])[hd.berat] as hukdis
        from pop
        left join jab_lama jl on jl.pegawai_id = pop.id
        left join jabatan jb on jb.instansi_id = ${instansiId}
              and jb.id = case when pop.tmt_jabatan > ${tanggal}::date then jl.jabatan_id else pop.jabatan_id end
        left join lulus_sesudah ls on ls.pegawai_id = pop.id
        left join pend_lama pl on pl.pegawai_id = pop.id
        left join dik on dik.pegawai_id = pop.id
        left join skp on skp.pegawai_id = pop.id
        left join hd on hd.pegawai_id = pop.id
    )`;
}

/** The feature columns, in the order the grouped query returns them. */
export const KOLOM_FITUR = sql`jenis_jabatan, tingkat_struktural, pendidikan, kepemimpinan, fungsional, teknis, seminar, predikat, hukdis`;
