import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, selisih, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { unitKelola, syaratUnitIzin } from '../lingkup.ts';
import { bulatKoordinat } from '../catat/aturan-sinyal.ts';
import { skemaSimpanTitik, skemaUbahTitik, type TitikPresensi } from './titik.types.ts';

export { skemaSimpanTitik, skemaUbahTitik };

async function ambilTitik(ctx: Konteks, id: number): Promise<TitikPresensi> {
  const t = await ctx.db.maybeOne<TitikPresensi>(sql`
    select t.id::int as id, t.unit_id::int as "unitId", u.nama as unit, t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter", t.aktif, t.versi
      from titik_presensi t join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
     where t.instansi_id = ${ctx.instansiId} and t.id = ${id} and ${syaratUnitIzin(ctx, 'presensi:kelola', 'u')}`);
  if (!t) throw tidakDitemukan('Titik presensi tidak ditemukan.');
  return { ...t, lat: Number(t.lat), lon: Number(t.lon) };
}

/** A new check-in point of a unit the caller keeps (admin OPD: its units; admin BKD: all). */
export async function tambahTitik(ctx: Konteks, masukan: unknown): Promise<TitikPresensi> {
  const f = uraikan(skemaSimpanTitik, masukan, 'Titik presensi belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await unitKelola(c, f.unitId);
    const r = await tx.one<{ id: number }>(sql`
      insert into titik_presensi (instansi_id, unit_id, nama, lat, lon, radius_meter, aktif, dibuat_pada, diubah_pada)
      values (${ctx.instansiId}, ${u.id}, ${f.nama}, ${bulatKoordinat(f.lat)}, ${bulatKoordinat(f.lon)}, ${f.radiusMeter}, ${f.aktif}, ${ctx.sekarang()}, ${ctx.sekarang()})
      returning id`);
    const t = await ambilTitik(c, Number(r.id));
    await catatAudit(c, { aksi: 'presensi.titik_tambah', entitas: 'titik_presensi', entitasId: t.id, sesudah: t });
    return t;
  });
}

/** Changes a point (name, place, radius, unit, active) with its versi; a point in use is deactivated, never deleted. */
export async function ubahTitik(ctx: Konteks, id: number, masukan: unknown): Promise<TitikPresensi> {
  const f = uraikan(skemaUbahTitik, masukan, 'Titik presensi belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const lama = await ambilTitik(c, id);
    if (lama.versi !== f.versi) throw konflik(`Titik presensi ini sudah diubah orang lain (versi ${lama.versi}, Anda mengubah versi ${f.versi}). Muat ulang halaman.`);
    if (f.unitId !== undefined && f.unitId !== lama.unitId) await unitKelola(c, f.unitId);
    const n = await tx.run(sql`
      update titik_presensi set unit_id = ${f.unitId ?? lama.unitId}, nama = ${f.nama ?? lama.nama}, lat = ${bulatKoordinat(f.lat ?? lama.lat)},
             lon = ${bulatKoordinat(f.lon ?? lama.lon)}, radius_meter = ${f.radiusMeter ?? lama.radiusMeter}, aktif = ${f.aktif ?? lama.aktif}, versi = versi + 1,
             diubah_pada = ${ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi}`);
    if (!n) throw konflik('Titik presensi ini sudah diubah orang lain. Muat ulang halaman.');
    const baru = await ambilTitik(c, id);
    const d = selisih(lama as unknown as Record<string, unknown>, baru as unknown as Record<string, unknown>);
    await catatAudit(c, { aksi: 'presensi.titik_ubah', entitas: 'titik_presensi', entitasId: id, sebelum: d.sebelum, sesudah: d.sesudah });
    return baru;
  });
}
