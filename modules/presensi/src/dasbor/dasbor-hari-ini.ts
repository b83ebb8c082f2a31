import { sql } from '@simasn/db';
import { formatJam, hariIniIso, type JadwalHari, type TanggalIso } from '@simasn/domain';
import { CacheVersi, kunciLingkup, lingkup, syaratLingkup, syaratSubtreeUnit, uraikan, type Konteks } from '@simasn/platform';
import { aturanInstansi, jadwalHari } from '../aturan.ts';
import { kalenderUnit } from '../catat/sumber-luar.ts';
import { kalenderPegawai } from '@simasn/kalender';
import { skemaDasborHariIni } from './dasbor.types.ts';
import { STATUS_CUTI, STATUS_DINAS, statusHariPegawai } from './status-hari.ts';

export { skemaDasborHariIni };

/** One employee the dashboard counts, with what the day holds for them apart from their check-ins. */
interface PegawaiHari {
  nama: string;
  jalurUnit: string | null;
  /** Obliged to work that day by their own calendar (their unit's calendar and rule version, their shift). */
  wajib: boolean;
  /** The status an approved request sets that day (cuti, sakit, dinas_luar…), if any. */
  status: string | undefined;
}

/**
 * The day's people for one reach, unit and day: who is counted, their unit, whether the day is a
 * working day for them and the status an approved request sets: the costly part of the dashboard
 * (a calendar day for every employee, the approved requests). Kept until the pegawai data (a
 * transfer, a new employee, the unit tree), a calendar, holiday list or shift roster, or a
 * request (an approved or cancelled leave) moves. The check-ins are read on every request.
 */
const cacheHari = new CacheVersi<{ pegawai: Map<number, PegawaiHari>, jadwal: JadwalHari, anak: { id: number, nama: string, jalur: string }[] }>({
  ranah: ['pegawai', 'kalender', 'usulan'],
});

async function hariPegawai(ctx: Konteks, unitId: number | undefined, tanggal: TanggalIso, kunci: string) {
  return (await cacheHari.ambil(ctx, { l: kunci, unitId: unitId ?? null, tanggal }, async () => {
    const l = lingkup(ctx, 'presensi:baca');
    const syarat = sql`p.instansi_id = ${ctx.instansiId} and p.kedudukan = 'aktif' and ${syaratLingkup(l, 'p')} and ${await syaratSubtreeUnit(ctx, unitId, 'p')}`;
    const jadwal = jadwalHari(aturanInstansi(), await kalenderUnit(ctx, unitId ?? null, tanggal), tanggal);
    const baris = await ctx.db.many<{ id: number, nama: string, jalur_unit: string | null }>(sql`select p.id, p.nama, p.jalur_unit from pegawai p where ${syarat}`);
    const ids = baris.map((b) => Number(b.id));
    const [status, kal] = await Promise.all([statusHariPegawai(ctx, ids, tanggal), kalenderPegawai(ctx.db, ctx.instansiId, ids, tanggal, tanggal)]);
    const pegawai = new Map(
      baris.map((
        b,
      ) => [Number(b.id), { nama: b.nama, jalurUnit: b.jalur_unit, wajib: kal.get(Number(b.id))?.[0]?.hariKerja ?? jadwal.hariKerja, status: status.get(Number(b.id)) }]),
    );
    // Breakdown by the unit one level below the one shown (or the top units of the reach).
    const anak = await ctx.db.many<{ id: number, nama: string, jalur: string }>(sql`
      select u.id::int as id, u.nama, u.jalur from unit_organisasi u where u.instansi_id = ${ctx.instansiId} and ${
      unitId ? sql`u.induk_id = ${unitId}` : sql`u.induk_id is null`
    } order by u.jalur`);
    return { pegawai, jadwal, anak };
  })).nilai;
}

/**
 * Today's attendance of the employees the caller reaches (admin OPD: its units; pimpinan: all),
 * optionally one unit's subtree: present (on time / late), absent, on leave, on duty, with the map
 * of today's check-ins and the units' points. The day is the instansi's local day. Who is counted
 * and what their day holds is kept by data version (cacheHari); the day's check-ins and the points
 * are read live, each in one query over the day's rows.
 */
export async function dasborHariIni(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaDasborHariIni, masukan);
  const l = lingkup(ctx, 'presensi:baca');
  const tanggal = f.tanggal ?? hariIniIso(ctx.sekarang(), ctx.zona);
  const { pegawai, jadwal, anak } = await hariPegawai(ctx, f.unitId, tanggal, kunciLingkup(l));

  // The day's check-ins, one row per employee who has one (the first counted check-in and whether it was late), and the map's markers.
  const [masuk, penanda, titikSemua] = await Promise.all([
    ctx.db.many<{ pegawai_id: number, hadir: boolean, terlambat: boolean, luar: boolean, tinjau: boolean }>(sql`
      select r.pegawai_id,
             bool_or(r.jenis = 'masuk' and r.di_dalam) as hadir,
             coalesce(bool_or(r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' like 'TL%'), false)
               and not coalesce(bool_or(r.jenis = 'masuk' and r.di_dalam and r.hasil->>'kode' = 'tepat'), false) as terlambat,
             bool_or(not r.di_dalam) and not bool_or(r.di_dalam) as luar,
             bool_or(r.perlu_tinjau) as tinjau
        from presensi r where r.instansi_id = ${ctx.instansiId} and r.tanggal = ${tanggal} group by r.pegawai_id`),
    ctx.db.many<{ pegawai_id: number, lat: number, lon: number, di_dalam: boolean, kode: string | null, waktu: Date }>(sql`
      select r.pegawai_id, r.lat, r.lon, r.di_dalam, r.hasil->>'kode' as kode, r.waktu from presensi r
       where r.instansi_id = ${ctx.instansiId} and r.tanggal = ${tanggal} and r.jenis = 'masuk' and r.lat is not null order by r.waktu`),
    ctx.db.many<{ nama: string, lat: number, lon: number, radiusMeter: number, jalur: string }>(sql`
      select t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter", u.jalur from titik_presensi t join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
       where t.instansi_id = ${ctx.instansiId} and t.aktif`),
  ]);
  // Only the employees counted (the reach, the unit, active): the cached list says who they are.
  const hari = new Map(masuk.filter((m) => pegawai.has(Number(m.pegawai_id))).map((m) => [Number(m.pegawai_id), m]));
  let hadir = 0, terlambat = 0, cuti = 0, dinas = 0, libur = 0, luar = 0, tinjau = 0, adaWajib = false;
  for (const [id, p] of pegawai) {
    const r = hari.get(id);
    adaWajib ||= p.wajib;
    if (r?.hadir) hadir++;
    if (r?.terlambat) terlambat++;
    if (r?.luar) luar++;
    if (r?.tinjau) tinjau++;
    if (r?.hadir) continue;
    if (STATUS_CUTI.has(p.status ?? '')) cuti++;
    else if (STATUS_DINAS.has(p.status ?? '')) dinas++;
    else if (p.status === undefined && !p.wajib) libur++;
  }

  // The points of the units where someone counted works (a unit's point serves its subtree).
  const jalurDihitung = new Set([...pegawai.values()].map((p) => p.jalurUnit).filter((j): j is string => !!j));
  const titik = titikSemua.filter((t) => [...jalurDihitung].some((j) => j.startsWith(t.jalur)));
  const unik = new Map(titik.map((t) => [`${t.nama}\u0000${t.lat}\u0000${t.lon}\u0000${t.radiusMeter}`, t]));
  const presensi = penanda.filter((r) => pegawai.has(Number(r.pegawai_id))).slice(0, 2000);

  const perUnit = anak.map((u) => {
    let n = 0, h = 0, t = 0;
    for (const [id, p] of pegawai) {
      if (!p.jalurUnit?.startsWith(u.jalur)) continue;
      n++;
      if (hari.get(id)?.hadir) h++;
      if (hari.get(id)?.terlambat) t++;
    }
    return { unitId: u.id, nama: u.nama, pegawai: n, hadir: h, terlambat: t };
  }).filter((u) => u.pegawai > 0);

  const jumlahPegawai = pegawai.size;
  return { tanggal, hariKerja: jumlahPegawai ? adaWajib : jadwal.hariKerja, alasanLibur: jumlahPegawai && adaWajib ? null : jadwal.alasan ?? null, jadwalMasuk: jadwal.masuk,
    jumlah: { pegawai: jumlahPegawai, hadir, tepatWaktu: hadir - terlambat, terlambat, belumHadir: Math.max(0, jumlahPegawai - hadir - cuti - dinas - libur), cuti, dinas, libur,
      diLuarRadius: luar, perluTinjau: tinjau }, titik: [...unik.values()].slice(0, 500).map(({ jalur: _j, ...t }) => ({ ...t, lat: Number(t.lat), lon: Number(t.lon) })),
    presensi: presensi.map((r) => ({ lat: Number(r.lat), lon: Number(r.lon), diDalam: r.di_dalam, terlambat: !!r.kode?.startsWith('TL'),
      jam: formatJam(new Date(r.waktu), ctx.zona), nama: pegawai.get(Number(r.pegawai_id))!.nama })
    ), perUnit };
}

/** The cache of the day's people (tests: its computations counted, emptied). */
export const cacheDasborHari = cacheHari;
