import { sql } from '@simasn/db';
import { hariIniIso, jumlahHari, keIso } from '@simasn/domain';
import { lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { aturanInstansi, jadwalHari } from '../aturan.ts';
import { kalenderUnit } from '../catat/sumber-luar.ts';
import { skemaTrenBulanan } from './dasbor.types.ts';

export { skemaTrenBulanan };

/**
 * The year's attendance per month for the employees the caller reaches (or one unit's subtree):
 * present person-days as a share of working days x employees (up to today for the current month),
 * late check-ins, early check-outs and signals.
 */
export async function trenBulanan(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTrenBulanan, masukan);
  const l = lingkup(ctx, 'presensi:baca');
  const syarat = sql`p.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l, 'p')} and ${await syaratSubtreeUnit(ctx, f.unitId, 'p')}`;
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const jumlahPegawai = (await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from pegawai p where ${syarat} and p.kedudukan = 'aktif'`)).n;
  const per = await ctx.db.many<{ bulan: number, hadir: number, terlambat: number, pulang_cepat: number, sinyal: number }>(sql`
    select extract(month from r.tanggal)::int as bulan,
           count(distinct (r.pegawai_id, r.tanggal)) filter (where r.jenis = 'masuk' and r.di_dalam)::int as hadir,
           count(*) filter (where r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' like 'TL%')::int as terlambat,
           count(*) filter (where r.jenis = 'pulang' and r.di_dalam and r.hasil->>'kode' like 'PSW%')::int as pulang_cepat,
           count(*) filter (where r.perlu_tinjau)::int as sinyal
      from presensi r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
     where ${syarat} and r.tanggal between ${`${f.tahun}-01-01`} and ${`${f.tahun}-12-31`}
     group by 1`);
  const kalender = await kalenderUnit(ctx, f.unitId ?? null, `${f.tahun}-01-01`);
  const aturan = aturanInstansi();
  const bulan = Array.from({ length: 12 }, (_, i) => {
    let hariKerja = 0;
    for (let h = 1; h <= jumlahHari(f.tahun, i + 1); h++) {
      const t = keIso(f.tahun, i + 1, h);
      if (t <= hariIni && jadwalHari(aturan, kalender, t).hariKerja) hariKerja++;
    }
    const r = per.find((x) => x.bulan === i + 1);
    const dasar = hariKerja * jumlahPegawai;
    return { bulan: i + 1, hariKerja, hadirPersen: dasar > 0 ? Math.round(((r?.hadir ?? 0) / dasar) * 10_000) / 100 : null, terlambat: r?.terlambat ?? 0,
      pulangCepat: r?.pulang_cepat ?? 0, sinyal: r?.sinyal ?? 0 };
  });
  return { tahun: f.tahun, bulan };
}
