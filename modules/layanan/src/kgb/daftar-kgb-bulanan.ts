import { sql, type Sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, z, type Izin, type Konteks } from '@simasn/platform';
import { hitungBarisKgb, type BarisKgb, type DasarKgb, type DataKurang } from './hitung-baris-kgb.ts';

export const skemaBulanKgb = z.object({
  /** YYYY-MM; default this month. */
  bulan: z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'bulan berformat YYYY-MM').optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

export const awalBulanKgb = (ctx: Konteks, bulan?: string) => `${bulan ?? hariIniIso(ctx.sekarang()).slice(0, 7)}-01`;

/**
 * The basis of every active PNS in reach in one set-based query (no per-employee round trip):
 * last riwayat pangkat, last riwayat gaji in that golongan, last SKP, the sedang/berat
 * hukuman disiplin of the last years, and an open KGB request.
 */
export async function bacaDasarKgb(ctx: Konteks, izin: Izin, filter: { unitId?: number; nip?: string[] } = {}): Promise<DasarKgb[]> {
  const l = lingkup(ctx, izin);
  const i = ctx.instansiId;
  const unit = await syaratSubtreeUnit(ctx, filter.unitId);
  const pilih: Sql = filter.nip ? sql`and p.nip = any(${filter.nip}::text[])` : sql``;
  return ctx.db.many<DasarKgb>(sql`
    with pg as (
      select p.id, p.nip, p.nama, p.unit_id, p.perangkat_daerah_id
        from pegawai p
       where p.instansi_id = ${i} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif' and ${syaratLingkup(l)} and ${unit} ${pilih}
    ), rp as (
      select distinct on (r.pegawai_id) r.pegawai_id, r.golongan, r.tmt, r.mk_tahun, r.mk_bulan
        from riwayat_pangkat r join pg on pg.id = r.pegawai_id
       where r.instansi_id = ${i} order by r.pegawai_id, r.tmt desc, r.id desc
    ), rg as (
      select distinct on (g.pegawai_id) g.pegawai_id, g.golongan, g.tmt, g.mk_tahun, g.mk_bulan
        from riwayat_gaji g join pg on pg.id = g.pegawai_id
       where g.instansi_id = ${i} order by g.pegawai_id, g.tmt desc, g.id desc
    ), sk as (
      select distinct on (s.pegawai_id) s.pegawai_id, s.tahun, s.predikat
        from riwayat_skp s join pg on pg.id = s.pegawai_id
       where s.instansi_id = ${i} order by s.pegawai_id, s.tahun desc
    ), hd as (
      select h.pegawai_id, json_agg(json_build_object('tingkat', h.tingkat, 'jenis', h.jenis, 'tmt', h.tmt, 'masaBulan', h.masa_bulan)) as hukdis
        from riwayat_hukdis h join pg on pg.id = h.pegawai_id
       where h.instansi_id = ${i} and h.tingkat in ('sedang', 'berat') and h.masa_bulan > 0
       group by h.pegawai_id
    ), us as (
      select u.pegawai_id, u.id from usulan_layanan u join pg on pg.id = u.pegawai_id
       where u.instansi_id = ${i} and u.jenis = 'kgb' and u.status in ('diproses', 'dikembalikan')
    )
    select pg.id as "pegawaiId", pg.nip, pg.nama, un.nama as unit, pd.nama as "perangkatDaerah", rp.golongan,
           case when rg.tmt >= rp.tmt and rg.golongan = rp.golongan then rg.tmt else rp.tmt end::text as "tmtDasar",
           case when rg.tmt >= rp.tmt and rg.golongan = rp.golongan then rg.mk_tahun else rp.mk_tahun end as "mkTahun",
           case when rg.tmt >= rp.tmt and rg.golongan = rp.golongan then rg.mk_bulan else rp.mk_bulan end as "mkBulan",
           case when rp.tmt is null then null when rg.tmt >= rp.tmt and rg.golongan = rp.golongan then 'gaji' else 'pangkat' end as "sumberDasar",
           sk.predikat, sk.tahun as "tahunSkp", hd.hukdis, us.id as "usulanId"
      from pg
      left join rp on rp.pegawai_id = pg.id
      left join rg on rg.pegawai_id = pg.id
      left join sk on sk.pegawai_id = pg.id
      left join hd on hd.pegawai_id = pg.id
      left join us on us.pegawai_id = pg.id
      left join unit_organisasi un on un.instansi_id = ${i} and un.id = pg.unit_id
      left join unit_organisasi pd on pd.instansi_id = ${i} and pd.id = pg.perangkat_daerah_id`);
}

/** KGB letters already issued with a TMT in the month, in reach. */
async function kgbTerbit(ctx: Konteks, izin: Izin, awalBulan: string, unitId?: number) {
  const l = lingkup(ctx, izin);
  return ctx.db.many<BarisKgb & { tanggalSurat: string }>(sql`
    select g.pegawai_id as "pegawaiId", p.nip, p.nama, un.nama as unit, pd.nama as "perangkatDaerah", g.golongan, g.tmt::text as "tmtKgb",
           null::int as "mkgLamaTahun", g.mk_tahun as "mkgBaruTahun", g.mk_bulan as "mkgBaruBulan",
           g.gaji_pokok_lama as "gajiPokokLama", g.gaji_pokok as "gajiPokokBaru", g.aturan_gaji as "aturanGaji", 'kgb-2022' as "aturanKgb",
           'terbit' as status, '{}'::text[] as alasan, '{}'::text[] as catatan, g.usulan_id as "usulanId", g.nomor_surat as "nomorSurat",
           g.id as "riwayatGajiId", g.tanggal_surat::text as "tanggalSurat"
      from riwayat_gaji g
      join pegawai p on p.instansi_id = g.instansi_id and p.id = g.pegawai_id
      left join unit_organisasi un on un.instansi_id = p.instansi_id and un.id = p.unit_id
      left join unit_organisasi pd on pd.instansi_id = p.instansi_id and pd.id = p.perangkat_daerah_id
     where g.instansi_id = ${ctx.instansiId} and g.jenis = 'kgb' and ${syaratLingkup(l)} and ${await syaratSubtreeUnit(ctx, unitId)}
       and g.tmt >= ${awalBulan}::date and g.tmt < (${awalBulan}::date + interval '1 month')
     order by p.nama, p.nip`);
}

/** Computes the month's rows from the bases (pure, shared by the list and the confirmation). */
export function susunKgbBulanan(dasar: readonly DasarKgb[], awalBulan: string) {
  const baris: BarisKgb[] = [];
  const dataKurang: DataKurang[] = [];
  for (const d of dasar) {
    const r = hitungBarisKgb(d, awalBulan);
    if (!r) continue;
    if ('tmtKgb' in r) baris.push(r);
    else dataKurang.push(r);
  }
  return { baris, dataKurang };
}

/**
 * The monthly KGB list (E-Berkala): who is due in the month, who is blocked and why, what is
 * already being proposed, what has been issued, and whose data is too incomplete to tell. Admin
 * OPD see their OPD, BKD the instansi, via the reach inside the query.
 */
export async function daftarKgbBulanan(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaBulanKgb, masukan);
  const awal = awalBulanKgb(ctx, f.bulan);
  const izin: Izin = 'layanan:baca';
  const [dasar, terbit] = await Promise.all([bacaDasarKgb(ctx, izin, { unitId: f.unitId }), kgbTerbit(ctx, izin, awal, f.unitId)]);
  const { baris, dataKurang } = susunKgbBulanan(dasar, awal);
  const semua = [...baris, ...terbit].sort((a, b) => a.tmtKgb.localeCompare(b.tmtKgb) || a.nama.localeCompare(b.nama, 'id'));
  const hitung = (s: string) => semua.filter((x) => x.status === s).length;
  return {
    bulan: awal.slice(0, 7),
    ringkasan: {
      jatuhTempo: hitung('jatuh_tempo'), terhambat: hitung('terhambat'), diusulkan: hitung('diusulkan'), terbit: hitung('terbit'),
      dataKurang: dataKurang.length, totalGajiBaru: semua.filter((x) => x.status === 'terbit').reduce((s, x) => s + Number(x.gajiPokokBaru), 0),
    },
    items: semua,
    dataKurang: dataKurang.slice(0, 200),
  };
}
