import { sql } from '@simasn/db';
import { jumlahHari, type JadwalHari, menitJam } from '@simasn/domain';
import { tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { syaratPegawaiKalender, unitDalamLingkup } from '../lingkup.ts';
import { bacaDataKalender, bacaRiwayatUnit, bacaRoster, hitungKalenderPegawai } from './kalender-pegawai.ts';
import { type JadwalHariRespons, skemaJadwalPegawai, skemaJadwalUnit } from './kalender.types.ts';

export { skemaJadwalPegawai, skemaJadwalUnit };

export const rentangBulan = (bulan: string) => {
  const [t, b] = bulan.split('-').map(Number);
  return { dari: `${bulan}-01`, sampai: `${bulan}-${String(jumlahHari(t!, b!)).padStart(2, '0')}` };
};

export const jadwalKeRespons = (j: JadwalHari): JadwalHariRespons => ({ tanggal: j.tanggal, hariKerja: j.hariKerja, alasan: j.alasan ?? null, masuk: j.masuk, pulang: j.pulang,
  lintasTengahMalam: j.lintasTengahMalam, ramadan: j.ramadan, pola: j.pola, shift: j.shift ?? null, versiAturan: j.versiAturan, versiKalender: j.versiKalender ?? null });

const lamaMenit = (j: JadwalHari) => {
  if (!j.hariKerja || !j.masuk || !j.pulang) return 0;
  const d = menitJam(j.pulang) - menitJam(j.masuk);
  return d > 0 ? d : d + 1440;
};

/**
 * A unit's month as its calendar gives it (the instansi's default without a unit): each day's
 * working hours or why it is off, with the rule and calendar versions. Shift units show their
 * rotation as it starts; a pegawai's own roster is in jadwalPegawai.
 */
export async function jadwalUnit(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaJadwalUnit, masukan);
  const unit = f.unitId ? await unitDalamLingkup(ctx, f.unitId, 'kalender:baca') : null;
  const { dari, sampai } = rentangBulan(f.bulan);
  const data = await bacaDataKalender(ctx.db, ctx.instansiId, dari, sampai);
  const hari = hitungKalenderPegawai(data, [{ id: 0, jalurUnit: unit?.jalur ?? null }], dari, sampai).get(0)!;
  return { unitId: unit?.id ?? null, bulan: f.bulan, hari: hari.map(jadwalKeRespons),
    ringkas: { hariKerja: hari.filter((h) => h.hariKerja).length, menitKerja: hari.reduce((n, h) => n + lamaMenit(h), 0) } };
}

/** One pegawai's month (their unit's calendar and their shift roster), within the caller's reach. */
export async function jadwalPegawai(ctx: Konteks, pegawaiId: number, masukan: unknown) {
  const f = uraikan(skemaJadwalPegawai, masukan);
  const p = await ctx.db.maybeOne<{ id: number, nip: string, nama: string, jalur_unit: string | null }>(sql`
    select id, nip, nama, jalur_unit from pegawai p where instansi_id = ${ctx.instansiId} and id = ${pegawaiId} and ${syaratPegawaiKalender(ctx, 'kalender:baca')}`);
  if (!p) throw tidakDitemukan('Pegawai tidak ditemukan.');
  const { dari, sampai } = rentangBulan(f.bulan);
  const [data, roster, riwayat] = [
    await bacaDataKalender(ctx.db, ctx.instansiId, dari, sampai),
    await bacaRoster(ctx.db, ctx.instansiId, [p.id], dari, sampai),
    await bacaRiwayatUnit(ctx.db, ctx.instansiId, [p.id], dari, sampai),
  ];
  const hari = hitungKalenderPegawai(data, [{ id: p.id, jalurUnit: p.jalur_unit, riwayatUnit: riwayat.get(p.id) }], dari, sampai, roster).get(p.id)!;
  return { pegawaiId: p.id, nip: p.nip, nama: p.nama, bulan: f.bulan, hari: hari.map(jadwalKeRespons) };
}
