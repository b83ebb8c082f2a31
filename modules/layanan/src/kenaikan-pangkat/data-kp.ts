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
 * added here; the caller adds the reach, the unit filter, the NIP list), in one query: the
 * latest two SKP, the hukuman disiplin of the last five years (none blocks longer; PDHTAPS at any
 * time), every diploma (its date, or 31 December of the graduation year).
 */
export function sqlDataKp(ctx: Konteks, periode: string, syarat: Sql): Sql {
  return sql`
    select p.id, p.nip, p.nama, u.nama as unit, pd.nama as perangkat_daerah, p.golongan_akhir, p.tmt_golongan_akhir, p.tmt_cpns,
           j.nama as jabatan, j.jenis as jenis_jabatan, j.tingkat_struktural, j.eselon, j.jenjang, p.tmt_jabatan,
           (select json_agg(json_build_object('tahun', s.tahun, 'predikat', s.predikat) order by s.tahun desc)
              from (select tahun, predikat from riwayat_skp where instansi_id = p.instansi_id and pegawai_id = p.id
                     order by tahun desc limit 2) s) as skp,
           (select json_agg(json_build_object('jenis', h.jenis, 'tmt', h.tmt, 'masa_bulan', h.masa_bulan))
              from riwayat_hukdis h where h.instansi_id = p.instansi_id and h.pegawai_id = p.id
               and (h.jenis = 'pdhtaps' or h.tmt > ${periode}::date - interval '5 years')) as hukdis,
           (select json_agg(json_build_object('tingkat', r.tingkat, 'tanggal', coalesce(r.tanggal_ijazah, make_date(r.tahun_lulus, 12, 31))))
              from riwayat_pendidikan r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id) as ijazah
      from pegawai p
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
     where p.instansi_id = ${ctx.instansiId} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif'
       and p.golongan_akhir is not null and p.tmt_golongan_akhir is not null and ${syarat}
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
