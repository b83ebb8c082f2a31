import { sql } from '@simasn/db';
import { hariIniIso, singkatanZona } from '@simasn/domain';
import { lingkup, syaratLingkup, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { ATURAN_SINYAL } from './aturan-sinyal.ts';
import { type HasilPresensi, skemaPresensiSaya, skemaQueryPresensiSaya } from './catat.types.ts';
import { jadwalPegawaiHari, titikPenugasanPegawai } from './sumber-luar.ts';

export { skemaPresensiSaya, skemaQueryPresensiSaya };

/**
 * The caller's attendance page: today's schedule (local day of the instansi), the check-in points
 * that apply to them (their unit's and the units' above, and any assignment point), today's
 * records with their answers, and whether this device is the one bound to the account.
 */
export async function presensiSaya(ctx: Konteks, masukan: unknown = {}) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:catat');
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai.');
  const q = uraikan(skemaQueryPresensiSaya, masukan);
  const pg = await ctx.db.maybeOne<{ id: number, unit_id: number | null, jalur_unit: string | null }>(sql`
    select p.id, p.unit_id, p.jalur_unit from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId} and ${syaratLingkup(l, 'p')}`);
  if (!pg) throw terlarang('Data pegawai Anda tidak ditemukan.');
  const tanggal = hariIniIso(ctx.sekarang(), ctx.zona);
  const { jadwal } = await jadwalPegawaiHari(ctx, Number(pg.id), tanggal);
  const titik = pg.jalur_unit
    ? await ctx.db.many<{ id: number, nama: string, lat: number, lon: number, radiusMeter: number, unit: string }>(sql`
        select t.id::int as id, t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter", u.nama as unit from titik_presensi t
          join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
         where t.instansi_id = ${ctx.instansiId} and t.aktif and ${pg.jalur_unit}::text like u.jalur || '%' order by u.jalur desc, t.nama`)
    : [];
  const penugasan = (await titikPenugasanPegawai(ctx, pg.id, tanggal)).map((t, i) => ({ id: -1 - i, nama: t.jenis, lat: t.lat, lon: t.lon, radiusMeter: t.radiusMeter,
    unit: 'Penugasan' })
  );
  const rekaman = await ctx.db.many<{ id: number, hasil: Omit<HasilPresensi, 'id'> }>(sql`
    select id, hasil from presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pg.id} and tanggal = ${tanggal} order by waktu, id`);
  const perangkat = await ctx.db.many<{ sidik: string, status: string }>(sql`
    select sidik, status from perangkat_presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pg.id} and status in ('aktif', 'menunggu')`);
  const milikIni = q.perangkat ? perangkat.filter((d) => d.sidik === q.perangkat) : [];
  return { tanggal, zona: singkatanZona(ctx.zona),
    jadwal: { hariKerja: jadwal.hariKerja, alasan: jadwal.alasan ?? null, masuk: jadwal.masuk, pulang: jadwal.pulang, versiAturan: jadwal.versiAturan },
    titik: [...penugasan, ...titik.map((t) => ({ ...t, lat: Number(t.lat), lon: Number(t.lon) }))], hariIni: rekaman.map((r) => ({ ...r.hasil, id: Number(r.id) })),
    perangkat: { terikat: milikIni.some((d) => d.status === 'aktif'), menunggu: milikIni.some((d) => d.status === 'menunggu'), ada: perangkat.some((d) => d.status === 'aktif') },
    retensiSwafotoHari: ATURAN_SINYAL.retensiSwafotoHari };
}
