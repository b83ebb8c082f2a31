import { sql } from '@simasn/db';
import { formatJam, hariIniIso } from '@simasn/domain';
import { lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { aturanInstansi, jadwalHari } from '../aturan.ts';
import { kalenderUnit } from '../catat/sumber-luar.ts';
import { kalenderPegawai } from '@simasn/kalender';
import { skemaDasborHariIni } from './dasbor.types.ts';
import { STATUS_CUTI, STATUS_DINAS, statusHariPegawai } from './status-hari.ts';

export { skemaDasborHariIni };

/**
 * Today's attendance of the employees the caller reaches (admin OPD: its units; pimpinan: all),
 * optionally one unit's subtree: present (on time / late), absent, on leave, on duty, with the map
 * of today's check-ins and the units' points. The day is the instansi's local day.
 */
export async function dasborHariIni(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDasborHariIni, masukan);
  const l = lingkup(ctx, 'presensi:baca');
  const tanggal = f.tanggal ?? hariIniIso(ctx.sekarang(), ctx.zona);
  const subtree = await syaratSubtreeUnit(ctx, f.unitId, 'p');
  const syarat = sql`p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l, 'p')} and ${subtree}`;
  const jadwal = jadwalHari(aturanInstansi(), await kalenderUnit(ctx, f.unitId ?? null, tanggal), tanggal);

  // One row per employee: the first counted check-in of the day and whether it was late.
  const baris = await ctx.db.many<{ id: number, unit_id: number | null, jalur_unit: string | null, hadir: boolean, terlambat: boolean, luar: boolean, tinjau: boolean }>(sql`
    select p.id, p.unit_id, p.jalur_unit,
           coalesce(bool_or(r.jenis = 'masuk' and r.di_dalam), false) as hadir,
           coalesce(bool_or(r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' like 'TL%'), false)
             and not coalesce(bool_or(r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' = 'tepat'), false) as terlambat,
           coalesce(bool_or(not r.di_dalam), false) and not coalesce(bool_or(r.di_dalam), false) as luar,
           coalesce(bool_or(r.perlu_tinjau), false) as tinjau
      from pegawai p left join presensi r on r.instansi_id = p.instansi_id and r.pegawai_id = p.id and r.tanggal = ${tanggal}
     where ${syarat} group by p.id, p.unit_id, p.jalur_unit`);
  const status = await statusHariPegawai(ctx, baris.map((b) => Number(b.id)), tanggal);
  // Each employee's own day (their unit's calendar and rule version, their shift): someone whose
  // day off it is (a 5-day office on Saturday, a nurse off shift) is not counted as absent.
  const kal = await kalenderPegawai(ctx.db, ctx.instansiId, baris.map((b) => Number(b.id)), tanggal, tanggal);
  const wajib = (b: { id: number }) => kal.get(Number(b.id))?.[0]?.hariKerja ?? jadwal.hariKerja;
  const hadir = baris.filter((b) => b.hadir).length;
  const terlambat = baris.filter((b) => b.terlambat).length;
  const cuti = baris.filter((b) => !b.hadir && STATUS_CUTI.has(status.get(Number(b.id)) ?? '')).length;
  const dinas = baris.filter((b) => !b.hadir && STATUS_DINAS.has(status.get(Number(b.id)) ?? '')).length;
  const libur = baris.filter((b) => !b.hadir && !status.has(Number(b.id)) && !wajib(b)).length;

  const titik = await ctx.db.many<{ nama: string, lat: number, lon: number, radiusMeter: number }>(sql`
    select distinct t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter" from titik_presensi t join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
     where t.instansi_id = ${ctx.instansiId} and t.aktif and exists (
       select 1 from pegawai p where ${syarat} and p.jalur_unit like u.jalur || '%') limit 500`);
  const presensi = await ctx.db.many<{ lat: number, lon: number, di_dalam: boolean, kode: string | null, waktu: Date, nama: string }>(sql`
    select r.lat, r.lon, r.di_dalam, r.hasil->>'kode' as kode, r.waktu, p.nama from presensi r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
     where r.instansi_id = ${ctx.instansiId} and r.tanggal = ${tanggal} and r.jenis = 'masuk' and r.lat is not null and ${syarat} order by r.waktu limit 2000`);

  // Breakdown by the unit one level below the one shown (or the top units of the reach).
  const unitInduk = f.unitId
    ? await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}`)
    : undefined;
  const anak = await ctx.db.many<{ id: number, nama: string, jalur: string }>(sql`
    select u.id::int as id, u.nama, u.jalur from unit_organisasi u where u.instansi_id = ${ctx.instansiId} and ${
    unitInduk ? sql`u.induk_id = ${f.unitId}` : sql`u.induk_id is null`
  } order by u.jalur`);
  const perUnit = anak.map((u) => {
    const di = baris.filter((b) => b.jalur_unit?.startsWith(u.jalur));
    return { unitId: u.id, nama: u.nama, pegawai: di.length, hadir: di.filter((b) => b.hadir).length, terlambat: di.filter((b) => b.terlambat).length };
  }).filter((u) => u.pegawai > 0);

  const adaWajib = baris.some(wajib);
  return { tanggal, hariKerja: baris.length ? adaWajib : jadwal.hariKerja, alasanLibur: baris.length && adaWajib ? null : jadwal.alasan ?? null, jadwalMasuk: jadwal.masuk,
    jumlah: { pegawai: baris.length, hadir, tepatWaktu: hadir - terlambat, terlambat, belumHadir: Math.max(0, baris.length - hadir - cuti - dinas - libur), cuti, dinas, libur,
      diLuarRadius: baris.filter((b) => b.luar).length, perluTinjau: baris.filter((b) => b.tinjau).length },
    titik: titik.map((t) => ({ ...t, lat: Number(t.lat), lon: Number(t.lon) })),
    presensi: presensi.map((r) => ({ lat: Number(r.lat), lon: Number(r.lon), diDalam: r.di_dalam, terlambat: !!r.kode?.startsWith('TL'),
      jam: formatJam(new Date(r.waktu), ctx.zona), nama: r.nama })
    ), perUnit };
}
