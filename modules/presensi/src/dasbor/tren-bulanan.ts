import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { kalenderPegawai } from '@simasn/kalender';
import { skemaTrenBulanan } from './dasbor.types.ts';

export { skemaTrenBulanan };

/**
 * Person-days due per month (each employee's own calendar) for one reach, unit, year and day: the
 * costly part of the trend (a calendar day for every employee and working day of the year). Kept
 * until the pegawai data (transfers, new employees) or a calendar, holiday list or shift roster
 * moves; the check-ins themselves are counted on every request.
 */
const cacheWajib = new CacheVersi<{ wajib: number[], hariKerja: number[] }>({ ranah: ['pegawai', 'kalender'] });

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
  const per = await ctx.db.many<{ bulan: number, hadir: number, terlambat: number, pulang_cepat: number, sinyal: number }>(sql`
    select extract(month from r.tanggal)::int as bulan,
           count(distinct (r.pegawai_id, r.tanggal)) filter (where r.jenis = 'masuk' and r.di_dalam)::int as hadir,
           count(*) filter (where r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' like 'TL%')::int as terlambat,
           count(*) filter (where r.jenis = 'pulang' and r.di_dalam and r.hasil->>'kode' like 'PSW%')::int as pulang_cepat,
           count(*) filter (where r.perlu_tinjau)::int as sinyal
      from presensi r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
     where ${syarat} and r.tanggal between ${`${f.tahun}-01-01`} and ${`${f.tahun}-12-31`}
     group by 1`);
  // Person-days due per month up to today: each employee's own calendar (their unit of that day, its rule version, their shift).
  const akhir = [hariIni, `${f.tahun}-12-31`].sort()[0]!;
  const { nilai: dasarBulan } = await cacheWajib.ambil(ctx, { l: kunciLingkup(l), unit: f.unitId ?? null, tahun: f.tahun, akhir }, async () => {
    const wajib = new Array<number>(12).fill(0);
    const hariKerja = Array.from({ length: 12 }, () => new Set<string>());
    const pegawai = await ctx.db.many<{ id: number }>(sql`select p.id from pegawai p where ${syarat} and p.kedudukan = 'aktif'`);
    if (akhir >= `${f.tahun}-01-01` && pegawai.length) {
      const kal = await kalenderPegawai(ctx.db, ctx.instansiId, pegawai.map((p) => Number(p.id)), `${f.tahun}-01-01`, akhir);
      for (const hari of kal.values()) {
        for (const j of hari) {
          if (!j.hariKerja) continue;
          const b = Number(j.tanggal.slice(5, 7)) - 1;
          wajib[b]!++;
          hariKerja[b]!.add(j.tanggal);
        }
      }
    }
    return { wajib, hariKerja: hariKerja.map((h) => h.size) };
  });
  const bulan = dasarBulan.wajib.map((dasar, i) => {
    const r = per.find((x) => x.bulan === i + 1);
    // A month without any check-in recorded has no data (before the system was used): a gap, not 0%.
    return { bulan: i + 1, hariKerja: dasarBulan.hariKerja[i]!, hadirPersen: dasar > 0 && r ? Math.round((r.hadir / dasar) * 10_000) / 100 : null, terlambat: r?.terlambat ?? 0,
      pulangCepat: r?.pulang_cepat ?? 0, sinyal: r?.sinyal ?? 0 };
  });
  return { tahun: f.tahun, bulan };
}
