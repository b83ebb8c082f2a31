import { sql, type Sql } from '@simasn/db';
import { GOLONGAN_PNS, hariIniIso, langkahMkg, tanggalAwalSkKgb } from '@simasn/domain';
import { CacheVersi, halamanBaris, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Izin, type Konteks } from '@simasn/platform';
import { hitungBarisKgb, type BarisKgb, type DasarKgb, type DataKurang } from './hitung-baris-kgb.ts';

import { skemaDaftarKgb } from './kgb.types.ts';

export { skemaBulanKgb, skemaDaftarKgb, zBulan } from './kgb.types.ts';

export const awalBulanKgb = (ctx: Konteks, bulan?: string) => `${bulan ?? hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 7)}-01`;

/** KGB steps (MKG years) per golongan, from the newest grid: the SQL pre-filter below reads them. */
const LANGKAH_GOLONGAN = JSON.stringify(Object.fromEntries(GOLONGAN_PNS.map((g) => [g.kode, langkahMkg(g.kode)])));

/**
 * The basis of the active PNS in reach whose KGB may fall in the month, in one set-based query
 * (no per-employee round trip): the current golongan, its TMT and masa kerja as derived from the
 * riwayat pangkat (pegawai's current-state columns), replaced by the latest riwayat gaji in that
 * golongan when newer; kept only when the masa kerja golongan at that month is one of the
 * golongan's grid steps (mungkinKgbPadaBulan in domain, as SQL: a superset of what kgbPadaBulan decides), plus those
 * whose basis is missing. The last SKP, the sedang/berat hukuman disiplin and an open KGB
 * request are looked up for those rows only.
 */
export async function bacaDasarKgb(ctx: Konteks, izin: Izin, awalBulan: string, filter: { unitId?: number, nip?: string[] } = {}): Promise<DasarKgb[]> {
  const l = lingkup(ctx, izin);
  const i = ctx.instansiId;
  const unit = await syaratSubtreeUnit(ctx, filter.unitId);
  const pilih: Sql = filter.nip ? sql`and p.nip = any(${filter.nip}::text[])` : sql``;
  const [tahun, bulan] = awalBulan.split('-').map(Number) as [number, number];
  return ctx.db.many<DasarKgb>(sql`
    with pg as (
      select p.id, p.nip, p.nama, p.unit_id, p.perangkat_daerah_id, p.golongan_akhir as golongan, p.tmt_golongan_akhir as tmt,
             p.mk_golongan_tahun as mkt, p.mk_golongan_bulan as mkb
        from pegawai p
       where p.instansi_id = ${i} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif' and ${syaratLingkup(l)} and ${unit} ${pilih}
    ), rg as (
      select distinct on (g.pegawai_id) g.pegawai_id, g.golongan, g.tmt, g.mk_tahun, g.mk_bulan
        from riwayat_gaji g where g.instansi_id = ${i} order by g.pegawai_id, g.tmt desc, g.id desc
    ), dasar as (
      select pg.id, pg.nip, pg.nama, pg.unit_id, pg.perangkat_daerah_id, pg.golongan, rg.tmt >= pg.tmt and rg.golongan = pg.golongan as dari_gaji,
             case when rg.tmt >= pg.tmt and rg.golongan = pg.golongan then rg.tmt else pg.tmt end as tmt,
             case when rg.tmt >= pg.tmt and rg.golongan = pg.golongan then rg.mk_tahun else pg.mkt end as mkt,
             case when rg.tmt >= pg.tmt and rg.golongan = pg.golongan then rg.mk_bulan else pg.mkb end as mkb
        from pg left join rg on rg.pegawai_id = pg.id
    ), calon as (
      select d.*, ${tahun * 12 + bulan} - (extract(year from d.tmt)::int * 12 + extract(month from d.tmt)::int) + d.mkt * 12 + d.mkb as m
        from dasar d
    )
    select c.id as "pegawaiId", c.nip, c.nama, un.nama as unit, pd.nama as "perangkatDaerah", c.golongan, c.tmt::text as "tmtDasar",
           c.mkt as "mkTahun", c.mkb as "mkBulan", case when c.tmt is null then null when c.dari_gaji then 'gaji' else 'pangkat' end as "sumberDasar",
           sk.predikat, sk.tahun as "tahunSkp", hd.hukdis, us.id as "usulanId"
      from calon c
      left join lateral (select s.tahun, s.predikat from riwayat_skp s where s.instansi_id = ${i} and s.pegawai_id = c.id order by s.tahun desc limit 1) sk on true
      left join lateral (
        select json_agg(json_build_object('tingkat', h.tingkat, 'jenis', h.jenis, 'tmt', h.tmt, 'masaBulan', h.masa_bulan)) as hukdis
          from riwayat_hukdis h where h.instansi_id = ${i} and h.pegawai_id = c.id and h.tingkat in ('sedang', 'berat') and h.masa_bulan > 0) hd on true
      left join usulan_layanan us on us.instansi_id = ${i} and us.pegawai_id = c.id and us.jenis = 'kgb' and us.status in ('diproses', 'dikembalikan')
      left join unit_organisasi un on un.instansi_id = ${i} and un.id = c.unit_id
      left join unit_organisasi pd on pd.instansi_id = ${i} and pd.id = c.perangkat_daerah_id
     where c.tmt is null or c.golongan is null or c.mkt is null
        or (c.m % 12 = 0 and c.m > c.mkt * 12 + c.mkb and (${LANGKAH_GOLONGAN}::jsonb -> c.golongan) @> to_jsonb(c.m / 12))`);
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

const cacheKgb = new CacheVersi<{ baris: BarisKgb[], terbit: (BarisKgb & { tanggalSurat: string })[], dataKurang: DataKurang[] }>({ ranah: ['pegawai', 'usulan'], maks: 12 });

/**
 * The monthly KGB list (E-Berkala): who is due in the month, who is blocked and why, what is
 * already being proposed, what has been issued, and whose data is too incomplete to tell. Admin
 * OPD see their OPD, BKD the instansi, via the reach inside the query.
 */
export async function daftarKgbBulanan(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDaftarKgb, masukan);
  const awal = awalBulanKgb(ctx, f.bulan);
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const izin: Izin = 'layanan:baca';
  // Computed once per month, reach and unit at a version of the personnel data (riwayat gaji,
  // pangkat, SKP, hukuman disiplin) and the requests; the pages, searches, filters and sorts of the
  // same month read it from the cache. Today's date only marks rows (below), so it is not in the key.
  const { nilai: { baris, terbit, dataKurang } } = await cacheKgb.ambil(ctx, { l: kunciLingkup(lingkup(ctx, izin)), unit: f.unitId ?? null, bulan: awal }, async () => {
    // One after the other: ctx.db may be a transaction, whose single connection takes one query at a time.
    const dasar = await bacaDasarKgb(ctx, izin, awal, { unitId: f.unitId });
    const terbit = await kgbTerbit(ctx, izin, awal, f.unitId);
    return { ...susunKgbBulanan(dasar, awal), terbit };
  });
  const semua = [...baris, ...terbit].sort((a, b) => a.tmtKgb.localeCompare(b.tmtKgb) || a.nama.localeCompare(b.nama, 'id')).map((x) => ({
    ...x,
    lewatTmt: x.status !== 'terbit' && x.tmtKgb < hariIni,
    // The letter may be issued only from 3 months before the TMT (barisKgbSiapTerbit refuses earlier).
    terbitMulai: x.status !== 'terbit' && tanggalAwalSkKgb(x.tmtKgb) > hariIni ? tanggalAwalSkKgb(x.tmtKgb) : null,
  }));
  const hitung = (s: string) => semua.filter((x) => x.status === s).length;
  // The cards count the month; the table pages what the search and filters keep.
  const disaring = semua.filter((x) => (!f.status || x.status === f.status) && (!f.lewat || (f.lewat === '1') === x.lewatTmt));
  const h = halamanBaris(disaring, f, { teks: (x) => [x.nama, x.nip, x.unit, x.perangkatDaerah], bawaan: 'tmt',
    urut: { tmt: (x) => x.tmtKgb, nama: (x) => x.nama, golongan: (x) => x.golongan, status: (x) => x.status, unit: (x) => x.perangkatDaerah ?? x.unit } });
  return { bulan: awal.slice(0, 7), total: h.total, page: h.page, limit: h.limit,
    nipDapatDiterbitkan: h.cocok.filter((x) => x.status === 'jatuh_tempo' && !x.terbitMulai).map((x) => x.nip),
    ringkasan: { jatuhTempo: hitung('jatuh_tempo'), terhambat: hitung('terhambat'), diusulkan: hitung('diusulkan'), terbit: hitung('terbit'), dataKurang: dataKurang.length,
      totalGajiBaru: semua.filter((x) => x.status === 'terbit').reduce((s, x) => s + Number(x.gajiPokokBaru), 0) }, items: h.items, dataKurang: dataKurang.slice(0, 200) };
}
