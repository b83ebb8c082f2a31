import { sql, type Db } from '@simasn/db';
import type { TanggalIso } from '@simasn/domain';

export interface IndeksDisiplin {
  /** Share of ASN without a discipline violation in the year up to `sampai`, in percent (2 decimals); null without any ASN. */
  nilai: number | null;
  jumlahPegawai: number;
  pegawaiDihukum: number;
  dari: TanggalIso;
  sampai: TanggalIso;
}

/**
 * Indeks Disiplin: the share of the instansi's ASN in service (PNS, CPNS, PPPK; active or on
 * tugas belajar) with no hukuman disiplin in the calendar year up to `sampai` (by the SK date, or
 * the TMT when no date was recorded), from riwayat_hukdis: the decisions of the PP 94/2021
 * tracker and every other recorded one. The SAKIP indicator `indeks_disiplin` reads it.
 */
export async function indeksDisiplin(db: Db, instansiId: number, tahun: number, sampai: TanggalIso = `${tahun}-12-31`): Promise<IndeksDisiplin> {
  const dari = `${tahun}-01-01`;
  const r = await db.one<{ pegawai: number, dihukum: number }>(sql`
    select count(*)::int as pegawai,
           count(*) filter (where exists (select 1 from riwayat_hukdis h where h.instansi_id = p.instansi_id and h.pegawai_id = p.id
                                            and coalesce(h.tanggal_sk, h.tmt) between ${dari}::date and ${sampai}::date))::int as dihukum
      from pegawai p
     where p.instansi_id = ${instansiId} and p.kedudukan in ('aktif', 'tugas_belajar') and p.status_kepegawaian in ('PNS', 'CPNS', 'PPPK')`);
  const nilai = r.pegawai ? Math.round(((r.pegawai - r.dihukum) / r.pegawai) * 10000) / 100 : null;
  return { nilai, jumlahPegawai: r.pegawai, pegawaiDihukum: r.dihukum, dari, sampai };
}
