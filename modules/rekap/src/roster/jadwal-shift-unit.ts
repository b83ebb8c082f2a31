import { statusHariUsulan } from '@simasn/cuti';
import { join, sql } from '@simasn/db';
import { ATURAN_PRESENSI, type PolaShift, tambahHari, type TanggalIso } from '@simasn/domain';
import { bacaDataKalender, bacaRoster, hitungKalenderPegawai, ISTIRAHAT_MINIMAL_MENIT, polaShiftPada } from '@simasn/kalender';
import { lingkup, syaratLingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { skemaJadwalShiftUnit } from '../rekap.types.ts';
import { rentangBulanIso } from '../saya/bulan-saya.ts';

export { skemaJadwalShiftUnit };

/**
 * A shift unit's roster of a month for the roster page: the units in the caller's reach whose
 * calendar names a shift pattern (the picker), and for the unit shown every active pegawai of its
 * subtree with each day's shift (set in the roster, else the rotation), whether the day can take
 * a shift, and the approved request covering it (a conflict when a shift is set). The reach
 * (`kalender:jadwal`: admin OPD their perangkat daerah, admin BKD all) is applied in the queries.
 */
export async function jadwalShiftUnit(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaJadwalShiftUnit, masukan);
  const l = lingkup(ctx, 'kalender:jadwal');
  const { dari, sampai } = rentangBulanIso(f.bulan);
  const data = await bacaDataKalender(ctx.db, ctx.instansiId, dari, sampai);
  // Units whose own calendar version is a shift pattern at some point of the month.
  const idShift: number[] = [];
  for (const [unitId, versi] of data.versi) {
    if (!unitId) continue;
    const shift = versi.some((v, i) => {
      const berakhir = i === 0 ? null : versi[i - 1]!.berlakuMulai;
      return (berakhir === null || berakhir > dari) && v.berlakuMulai <= sampai && ATURAN_PRESENSI[v.aturanId]?.pola[v.pola]?.jenis === 'shift';
    });
    if (shift) idShift.push(unitId);
  }
  const syaratUnit = l.semua ? sql`true` : l.jalur.length ? sql`(${join(l.jalur.map((j) => sql`u.jalur like ${`${j}%`}`), ' or ')})` : sql`false`;
  const pilihanUnit = (await ctx.db.many<{ id: number, nama: string, jalur: string }>(sql`
    select u.id, u.nama, u.jalur from unit_organisasi u where u.instansi_id = ${ctx.instansiId} and u.id = any(${idShift}::bigint[]) and ${syaratUnit}
     order by u.jalur`)).map((u) => ({ id: Number(u.id), nama: u.nama, jalur: u.jalur }));
  const hari: { tanggal: TanggalIso, libur: string | null }[] = [];
  for (let t = dari; t <= sampai; t = tambahHari(t, 1)) hari.push({ tanggal: t, libur: data.libur.get(Number(t.slice(0, 4)))?.hari.get(t) ?? null });
  const kosong = { bulan: f.bulan, pilihanUnit: pilihanUnit.map(({ id, nama }) => ({ id, nama })), unit: null, shift: [], hari, pegawai: [],
    istirahatMinimalMenit: ISTIRAHAT_MINIMAL_MENIT };
  if (f.unitId && !pilihanUnit.some((u) => u.id === f.unitId)) {
    throw tidakValid('Unit ini tidak bekerja dalam shift pada bulan itu atau di luar kewenangan Anda.', [{ kolom: 'unitId', pesan: 'pilih unit yang bekerja dalam shift' }]);
  }
  const unit = f.unitId ? pilihanUnit.find((u) => u.id === f.unitId)! : pilihanUnit[0];
  if (!unit) return kosong;
  const pegawai = await ctx.db.many<{ id: number, nip: string, nama: string, jalur_unit: string | null, unit: string | null }>(sql`
    select p.id, p.nip, p.nama, p.jalur_unit, o.nama as unit from pegawai p left join unit_organisasi o on o.instansi_id = p.instansi_id and o.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.kedudukan in ('aktif', 'tugas_belajar') and p.jalur_unit like ${`${unit.jalur}%`} and ${syaratLingkup(l, 'p')}
     order by p.nama, p.id`);
  const ids = pegawai.map((p) => Number(p.id));
  const [roster, usulan] = await Promise.all([bacaRoster(ctx.db, ctx.instansiId, ids, dari, sampai), statusHariUsulan(ctx.db, ctx.instansiId, ids, dari, sampai)]);
  const kal = hitungKalenderPegawai(data, pegawai.map((p) => ({ id: Number(p.id), jalurUnit: p.jalur_unit })), dari, sampai, roster);
  const cuti = new Map(usulan.filter((u) => u.status || u.bebasPresensi).map((u) => [`${u.pegawaiId}|${u.tanggal}`, u.keterangan]));
  const pola = new Map<string, PolaShift>();
  for (const t of [dari, sampai]) {
    const p = polaShiftPada(data, unit.jalur, t);
    if (p) pola.set(p.id, p);
  }
  const shift = new Map<string, { kode: string, nama: string, masuk: string, pulang: string, lintasTengahMalam: boolean }>();
  for (const p of pola.values()) {
    for (const [kode, s] of Object.entries(p.shift)) {
      if (!shift.has(kode)) shift.set(kode, { kode, nama: s.nama, masuk: s.masuk, pulang: s.pulang, lintasTengahMalam: s.pulang <= s.masuk });
    }
  }
  return { ...kosong, unit: { id: unit.id, nama: unit.nama }, shift: [...shift.values()], pegawai: pegawai.map((p) => {
    const id = Number(p.id);
    const r = roster.get(id);
    return { id, nip: p.nip, nama: p.nama, unit: p.unit,
      hari: (kal.get(id) ?? []).map((j) => ({ tanggal: j.tanggal, kodeShift: j.shift?.kode ?? null, dariRoster: !!r?.has(j.tanggal),
        bolehShift: !!polaShiftPada(data, p.jalur_unit, j.tanggal), cuti: cuti.get(`${id}|${j.tanggal}`) ?? null })
      ) };
  }) };
}
