import { sql } from '@simasn/db';
import { ATURAN_PRESENSI, formatTanggal, hariIniIso } from '@simasn/domain';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { unitDalamLingkup } from '../lingkup.ts';
import { skemaTambahKalenderUnit } from './kalender.types.ts';

export { skemaTambahKalenderUnit };

/**
 * Adds a version of a unit's calendar (or, with unitId null, the instansi's default): from
 * `berlakuMulai` on the unit follows rule set `aturanId` with its pattern `pola`. A version starts
 * today at the earliest: a day already passed keeps the calendar it was computed with (recomputing
 * it under another version is hitungUlang's job, which stores nothing). Only the system may record
 * a past version (the demo's year, an initial load).
 */
export async function tambahKalenderUnit(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaTambahKalenderUnit, masukan);
  const aturan = Object.hasOwn(ATURAN_PRESENSI, f.aturanId) ? ATURAN_PRESENSI[f.aturanId] : undefined;
  if (!aturan) throw tidakValid('Aturan presensi tidak dikenal.', [{ kolom: 'aturanId', pesan: `pilih salah satu: ${Object.keys(ATURAN_PRESENSI).join(', ')}` }]);
  if (!Object.hasOwn(aturan.pola, f.pola)) {
    throw tidakValid('Pola kerja tidak ada pada aturan itu.', [{ kolom: 'pola', pesan: `pola pada ${aturan.nama}: ${Object.values(aturan.pola).map((p) => p.nama).join(', ')}` }]);
  }
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  // The system (the demo generator, a migration of old data) may record calendars of the past.
  if (f.berlakuMulai < hariIni && !ctx.pemanggil?.sistem) {
    throw tidakValid('Kalender yang sudah lewat tidak dapat diubah.', [{ kolom: 'berlakuMulai',
      pesan: `berlaku mulai paling awal hari ini (${formatTanggal(hariIni)}); untuk melihat hari yang lalu di bawah aturan lain pakai Hitung ulang` }]);
  }
  if (f.berlakuMulai < aturan.berlakuMulai) {
    throw tidakValid('Aturan belum berlaku pada tanggal itu.', [{ kolom: 'berlakuMulai', pesan: `${aturan.nama} berlaku mulai ${formatTanggal(aturan.berlakuMulai)}` }]);
  }
  const unit = f.unitId === null ? null : await unitDalamLingkup(ctx, f.unitId, 'kalender:kelola');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const ada = await tx.maybeOne<{ id: number }>(sql`
      select id from kalender_unit where instansi_id = ${ctx.instansiId} and coalesce(unit_id, 0) = ${f.unitId ?? 0} and berlaku_mulai = ${f.berlakuMulai}`);
    if (ada) throw konflik(`Sudah ada versi kalender ${unit ? unit.nama : 'instansi'} yang berlaku mulai ${formatTanggal(f.berlakuMulai)}; hapus dulu versi itu.`);
    const p = ctx.pemanggil;
    const r = await tx.one<{ id: number, dibuat_pada: Date }>(sql`
      insert into kalender_unit (instansi_id, unit_id, berlaku_mulai, aturan_id, pola, keterangan, dibuat_pada, dibuat_oleh)
      values (${ctx.instansiId}, ${f.unitId}, ${f.berlakuMulai}, ${f.aturanId}, ${f.pola}, ${f.keterangan}, ${ctx.sekarang()}, ${p && !p.sistem ? p.akunId : null})
      returning id, dibuat_pada`);
    await catatAudit(c, { aksi: 'kalender.tambah', entitas: 'kalender_unit', entitasId: r.id,
      sesudah: { unit: unit ? `${unit.kode} ${unit.nama}` : 'instansi (bawaan)', berlakuMulai: f.berlakuMulai, aturan: aturan.id, pola: f.pola, keterangan: f.keterangan } });
    return { id: r.id, unitId: f.unitId, unitNama: unit?.nama ?? null, berlakuMulai: f.berlakuMulai, aturanId: f.aturanId, pola: f.pola, keterangan: f.keterangan,
      dibuatPada: new Date(r.dibuat_pada).toISOString(), sudahBerlaku: f.berlakuMulai <= hariIni };
  });
}
