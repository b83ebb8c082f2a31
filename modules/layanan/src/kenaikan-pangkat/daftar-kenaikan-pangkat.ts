import { sql } from '@simasn/db';
import { apakahPeriodeKp, ATURAN_SYARAT_KP, aturanPeriodeKpPada, batasAkhirUsulanKp, hariIniIso, kelayakanKp, periodeKpBerikutnya } from '@simasn/domain';
import { CacheVersi, halamanBaris, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, tidakValid, uraikan, type Konteks, type Lingkup } from '@simasn/platform';
import { skemaDaftarKenaikanPangkat, type BarisDaftarKp } from './kenaikan-pangkat.types.ts';
import { JENIS_KP_LAYANAN } from './dokumen-kp.ts';
import { keDataKp, sqlDataKp, type BarisKp } from './data-kp.ts';

export { skemaDaftarKenaikanPangkat, type BarisDaftarKp } from './kenaikan-pangkat.types.ts';

/**
 * The KP list of a period within the caller's reach: who is eligible and by which type, and who
 * is due (time in the golongan met) but blocked, with every reason. Employees not yet due are
 * left out. One query loads the inputs of the whole population; the rules run in memory.
 */
export async function daftarKenaikanPangkat(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaDaftarKenaikanPangkat, masukan);
  if (!apakahPeriodeKp(f.periode)) {
    const berikut = periodeKpBerikutnya(f.periode);
    throw tidakValid('Tanggal bukan periode kenaikan pangkat.', [{ kolom: 'periode',
      pesan: `${f.periode} bukan periode kenaikan pangkat${berikut ? `; periode berikutnya ${berikut}` : ''}`, nilai: f.periode }]);
  }
  const l = lingkup(ctx, 'layanan:baca');
  // Computed once per period, reach and unit at a version of the personnel data and the requests;
  // the pages, searches and sorts of the same list read it from the cache.
  // The day is part of the key: a request becomes overdue (melewatiPeriode) when the day changes, not the data.
  const { nilai: { memenuhi, tidakMemenuhi } } = await cacheKp.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, periode: f.periode,
    hari: hariIniIso(ctx.sekarang(), ctx.zona) }, () => hitungKelayakanPeriode(ctx, l, f.unitId, f.periode));
  // Search, filters, sort and page on the computed rows: the browser gets one page, not the population.
  const saring = (d: BarisDaftarKp[]) => d.filter((r) => (!f.jenis || r.hasil.jenis === f.jenis) && (!f.usulan || (f.usulan === 'ada') === !!r.usulan));
  const opsi = { teks: (r: BarisDaftarKp) => [r.nama, r.nip, r.unit, r.perangkatDaerah, r.jabatan], bawaan: 'nama' as const,
    urut: { nama: (r: BarisDaftarKp) => r.nama, golongan: (r: BarisDaftarKp) => r.golongan, jenis: (r: BarisDaftarKp) => r.hasil.jenis,
      masa: (r: BarisDaftarKp) => r.hasil.masaDalamGolongan.tahun * 12 + r.hasil.masaDalamGolongan.bulan, unit: (r: BarisDaftarKp) => r.perangkatDaerah ?? r.unit } };
  const m = halamanBaris(saring(memenuhi), f, opsi);
  const t = halamanBaris(saring(tidakMemenuhi), f, opsi);
  const dipaging = f.bagian === 'tidak_memenuhi' ? t : m;
  return { periode: f.periode, aturanPeriode: aturanPeriodeKpPada(f.periode)!.id, memenuhi: f.page && f.bagian === 'tidak_memenuhi' ? [] : m.items,
    tidakMemenuhi: f.page && f.bagian !== 'tidak_memenuhi' ? [] : t.items, ringkasan: { memenuhi: m.total, tidakMemenuhi: t.total }, total: dipaging.total, page: dipaging.page,
    limit: dipaging.limit };
}

/**
 * SQL on `pegawai p`: the time in the golongan at the period meets the minimum of at least one KP
 * type that applies to the employee (jenisKpBerlaku: reguler always, pilihan struktural or
 * fungsional by the jabatan, penyesuaian ijazah with a diploma newer than the CPNS TMT). Whoever
 * fails it has no type whose time is met, so kelayakanKp would leave them out anyway: the rules
 * see the same rows, the query reads fewer.
 */
export function syaratMasaKp(periode: string) {
  const m = ATURAN_SYARAT_KP.minimalTahunDalamGolongan;
  const sejak = (tahun: number) => sql`p.tmt_golongan_akhir <= ${periode}::date - make_interval(years => ${tahun})`;
  const jenisJabatan = (jenis: string) => sql`exists (select 1 from jabatan j where j.instansi_id = p.instansi_id and j.id = p.jabatan_id and j.jenis = ${jenis})`;
  return sql`(${sejak(m.reguler)}
    or (${sejak(m.pilihan_struktural)} and ${jenisJabatan('struktural')})
    or (${sejak(m.pilihan_fungsional)} and ${jenisJabatan('fungsional')})
    or (${sejak(m.penyesuaian_ijazah)} and p.tmt_cpns is not null and exists (select 1 from riwayat_pendidikan r
         where r.instansi_id = p.instansi_id and r.pegawai_id = p.id and coalesce(r.tanggal_ijazah, make_date(r.tahun_lulus, 12, 31)) > p.tmt_cpns)))`;
}

const cacheKp = new CacheVersi<{ memenuhi: BarisDaftarKp[], tidakMemenuhi: BarisDaftarKp[] }>({ ranah: ['pegawai', 'usulan'], maks: 12 });

/**
 * Eligibility of the whole period within the reach: one query loads the inputs of the population,
 * a second the running usulan, the rules run in memory. Rows not yet due are left out.
 */
async function hitungKelayakanPeriode(ctx: Konteks, l: Lingkup, unitId: number | undefined, periode: string) {
  const f = { unitId, periode };
  // Only who may be due at the period is read: the time in the golongan one of their KP types needs.
  const syarat = sql`${syaratLingkup(l)} and ${await syaratSubtreeUnit(ctx, f.unitId)} and ${syaratMasaKp(f.periode)}`;
  // One after the other: ctx.db may be a transaction's single connection (the demo lists inside its transaction).
  const baris = await ctx.db.many<BarisKp>(sqlDataKp(ctx, f.periode, syarat));
  // A pegawai's usulan of this period, else one of another period still running: the engine allows one
  // running KP usulan per pegawai, so such a pegawai cannot be proposed again until it ends.
  const usulan = await ctx.db.many<{ id: number, pegawai_id: number, status: string, langkah: string, periode: string }>(sql`
    select distinct on (u.pegawai_id) u.id, u.pegawai_id, u.status, u.langkah, u.data->>'periode' as periode
      from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
     where u.instansi_id = ${ctx.instansiId} and u.jenis = ${JENIS_KP_LAYANAN} and ${syaratLingkup(l)}
       and ((u.data->>'periode' = ${f.periode} and u.status not in ('ditolak', 'dibatalkan')) or u.status in ('diproses', 'dikembalikan'))
     order by u.pegawai_id, (u.data->>'periode' = ${f.periode}) desc, u.id desc`);
  // A request still open past its period's last day is stuck: flagged on its row.
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const usulanPer = new Map(
    usulan.map((
      u,
    ) => [u.pegawai_id, { id: u.id, status: u.status, langkah: u.langkah, periode: u.periode,
      melewatiPeriode: (u.status === 'diproses' || u.status === 'dikembalikan') && batasAkhirUsulanKp(u.periode, u.langkah) < hariIni }]
    ),
  );
  const memenuhi: BarisDaftarKp[] = [];
  const tidakMemenuhi: BarisDaftarKp[] = [];
  for (const b of baris) {
    const h = kelayakanKp(keDataKp(b), f.periode);
    if (!h.ok || (!h.nilai.memenuhiSyarat && !h.nilai.masaTerpenuhi)) continue;
    const r: BarisDaftarKp = { pegawaiId: b.id, nip: b.nip, nama: b.nama, unit: b.unit, perangkatDaerah: b.perangkat_daerah, jabatan: b.jabatan, golongan: b.golongan_akhir,
      tmtGolongan: b.tmt_golongan_akhir, hasil: h.nilai, usulan: usulanPer.get(b.id) ?? null };
    // Waiting only for the angka kredit the OPD supplies: listed as eligible, to be completed in the usulan.
    (h.nilai.memenuhiSyarat || h.nilai.perluAngkaKredit ? memenuhi : tidakMemenuhi).push(r);
  }
  return { memenuhi, tidakMemenuhi };
}
