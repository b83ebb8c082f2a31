import { sql } from '@simasn/db';
import { ATURAN_PRESENSI, formatTanggal, type JadwalHari, menitJam, type PolaShift, tambahHari, type TanggalIso, tulisJam } from '@simasn/domain';
import { catatAudit, denganDb, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { bacaDataKalender, bacaRoster, type DataKalender, hitungKalenderPegawai, idJalur, versiBerlaku } from '../kalender/kalender-pegawai.ts';
import { skemaSimpanRosterUnit } from '../kalender/kalender.types.ts';
import { rentangBulan } from '../kalender/jadwal.ts';
import { syaratPegawaiKalender, unitDalamLingkup } from '../lingkup.ts';

export { skemaSimpanRosterUnit };

/**
 * The shortest rest between the end of one shift and the start of the next one of the same
 * pegawai [impl: a roster rule of the units with shifts; a night shift straight into a morning
 * shift is the planning mistake this catches]. In minutes.
 */
export const ISTIRAHAT_MINIMAL_MENIT = 8 * 60;

/** The shift pattern a unit (by path) follows on a day, or null when it works a weekly pattern that day. */
export function polaShiftPada(data: DataKalender, jalurUnit: string | null, tanggal: TanggalIso): PolaShift | null {
  const v = versiBerlaku(data, idJalur(jalurUnit), tanggal);
  const pola = ATURAN_PRESENSI[v.aturanId]?.pola[v.pola];
  return pola?.jenis === 'shift' ? pola : null;
}

/** Start and end of a day's shift in minutes from the midnight that starts the day (an end past midnight is above 1440). */
const rentangShift = (j: JadwalHari) => {
  if (!j.hariKerja || !j.masuk || !j.pulang) return null;
  const masuk = menitJam(j.masuk);
  const pulang = menitJam(j.pulang) + (j.lintasTengahMalam ? 1440 : 0);
  return { masuk, pulang };
};

/**
 * The rest problems of consecutive days of one pegawai's schedule (the days in date order): for
 * each pair of consecutive working days whose gap is under ISTIRAHAT_MINIMAL_MENIT, the later
 * day with a sentence saying why.
 */
export function periksaIstirahat(hari: readonly JadwalHari[]): { tanggal: TanggalIso, sebelum: TanggalIso, pesan: string }[] {
  const hasil: { tanggal: TanggalIso, sebelum: TanggalIso, pesan: string }[] = [];
  for (let i = 1; i < hari.length; i++) {
    const a = hari[i - 1]!;
    const b = hari[i]!;
    if (b.tanggal !== tambahHari(a.tanggal, 1)) continue;
    const ra = rentangShift(a);
    const rb = rentangShift(b);
    if (!ra || !rb) continue;
    const istirahat = rb.masuk + 1440 - ra.pulang;
    if (istirahat < ISTIRAHAT_MINIMAL_MENIT) {
      const jam = Math.max(0, Math.floor(istirahat / 60));
      const sisa = Math.max(0, istirahat % 60);
      hasil.push({ tanggal: b.tanggal, sebelum: a.tanggal,
        pesan: `${a.shift?.nama ?? 'shift'} ${formatTanggal(a.tanggal)} berakhir pukul ${tulisJam(a.pulang!)}, ${b.shift?.nama ?? 'shift'} mulai pukul ${
          tulisJam(b.masuk!)
        }: istirahat ${istirahat <= 0 ? 'tidak ada' : `hanya ${jam ? `${jam} jam` : ''}${jam && sisa ? ' ' : ''}${sisa ? `${sisa} menit` : ''}`} (paling sedikit ${
          ISTIRAHAT_MINIMAL_MENIT / 60
        } jam)` });
    }
  }
  return hasil;
}

/**
 * Saves a unit's roster changes for a month at once (the roster page), all or nothing: every
 * pegawai must be in the unit's subtree and the caller's reach, every day in the month and in a
 * shift pattern of the pegawai's unit, every code one of that pattern's shifts, and the resulting
 * schedule must leave ISTIRAHAT_MINIMAL_MENIT between shifts around each changed day. Problems
 * name their cell (`perubahan.<i>.kodeShift`); nothing is saved while there is one. The late-input
 * queue picks the closed days up (triggers on jadwal_shift). Audited per pegawai.
 */
export async function simpanRosterUnit(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaSimpanRosterUnit, masukan);
  const unit = await unitDalamLingkup(ctx, f.unitId, 'kalender:jadwal');
  const { dari, sampai } = rentangBulan(f.bulan);
  const ids = [...new Set(f.perubahan.map((x) => x.pegawaiId))];
  const pegawai = new Map((await ctx.db.many<{ id: number, nama: string, jalur_unit: string | null }>(sql`
      select id, nama, jalur_unit from pegawai p where instansi_id = ${ctx.instansiId} and id = any(${ids}::bigint[]) and p.jalur_unit like ${`${unit.jalur}%`}
         and ${syaratPegawaiKalender(ctx, 'kalender:jadwal')}`)).map((p) => [Number(p.id), p]));
  const dariBaca = tambahHari(dari, -1);
  const sampaiBaca = tambahHari(sampai, 1);
  const [data, roster] = await Promise.all([bacaDataKalender(ctx.db, ctx.instansiId, dariBaca, sampaiBaca), bacaRoster(ctx.db, ctx.instansiId, ids, dariBaca, sampaiBaca)]);
  const masalah: { kolom: string, pesan: string }[] = [];
  const dilihat = new Map<string, number>();
  const berubah = new Map<number, Map<TanggalIso, number>>();
  for (const [i, x] of f.perubahan.entries()) {
    const kolom = `perubahan.${i}.kodeShift`;
    const p = pegawai.get(x.pegawaiId);
    if (!p) {
      masalah.push({ kolom, pesan: `pegawai #${x.pegawaiId} tidak ada di ${unit.nama} atau di luar kewenangan Anda` });
      continue;
    }
    if (x.tanggal < dari || x.tanggal > sampai) {
      masalah.push({ kolom, pesan: `${formatTanggal(x.tanggal)} di luar bulan yang sedang disusun` });
      continue;
    }
    const k = `${x.pegawaiId}|${x.tanggal}`;
    if (dilihat.has(k)) {
      masalah.push({ kolom, pesan: `${formatTanggal(x.tanggal)} untuk ${p.nama} disebut dua kali` });
      continue;
    }
    dilihat.set(k, i);
    const pola = polaShiftPada(data, p.jalur_unit, x.tanggal);
    if (!pola) {
      masalah.push({ kolom, pesan: `${p.nama}: pada ${formatTanggal(x.tanggal)} unit kerjanya tidak bekerja dalam shift` });
      continue;
    }
    if (!x.hapus && x.kodeShift !== null && !Object.hasOwn(pola.shift, x.kodeShift)) {
      masalah.push({ kolom, pesan: `shift "${x.kodeShift}" tidak ada; pilihan: ${Object.entries(pola.shift).map(([kd, s]) => `${kd} (${s.nama})`).join(', ')}` });
      continue;
    }
    const m = berubah.get(x.pegawaiId) ?? new Map<TanggalIso, number>();
    berubah.set(x.pegawaiId, m);
    m.set(x.tanggal, i);
  }
  // The schedule as it would be after the save (stored roster with the changes, else the rotation), checked for rest around each changed day.
  if (!masalah.length) {
    const baru = new Map<number, Map<TanggalIso, string | null>>();
    for (const [id, m] of berubah) {
      const r = new Map(roster.get(id) ?? []);
      for (const i of m.values()) {
        const x = f.perubahan[i]!;
        if (x.hapus) r.delete(x.tanggal);
        else r.set(x.tanggal, x.kodeShift);
      }
      baru.set(id, r);
    }
    const jadwal = hitungKalenderPegawai(data, [...berubah.keys()].map((id) => ({ id, jalurUnit: pegawai.get(id)!.jalur_unit })), dariBaca, sampaiBaca, baru);
    for (const [id, m] of berubah) {
      for (const r of periksaIstirahat(jadwal.get(id) ?? [])) {
        const i = m.get(r.tanggal) ?? m.get(r.sebelum);
        if (i !== undefined) masalah.push({ kolom: `perubahan.${i}.kodeShift`, pesan: r.pesan });
      }
    }
  }
  if (masalah.length) throw tidakValid(`Jadwal shift ${unit.nama} belum benar (${masalah.length} masalah); tidak ada yang disimpan.`, masalah);
  const oleh = ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null;
  return ctx.db.transaction(async (tx) => {
    const hapus = f.perubahan.filter((x) => x.hapus);
    const simpan = f.perubahan.filter((x) => !x.hapus);
    if (hapus.length) {
      await tx.run(sql`
        delete from jadwal_shift s using jsonb_to_recordset(${JSON.stringify(hapus.map((x) => ({ p: x.pegawaiId, t: x.tanggal })))}::jsonb) as x(p bigint, t date)
         where s.instansi_id = ${ctx.instansiId} and s.pegawai_id = x.p and s.tanggal = x.t`);
    }
    if (simpan.length) {
      await tx.run(sql`
        insert into jadwal_shift (instansi_id, pegawai_id, tanggal, kode_shift, diubah_pada, diubah_oleh)
        select ${ctx.instansiId}, x.p, x.t, x.k, ${ctx.sekarang()}, ${oleh}
          from jsonb_to_recordset(${JSON.stringify(simpan.map((x) => ({ p: x.pegawaiId, t: x.tanggal, k: x.kodeShift })))}::jsonb) as x(p bigint, t date, k text)
        on conflict (instansi_id, pegawai_id, tanggal) do update set kode_shift = excluded.kode_shift, diubah_pada = excluded.diubah_pada, diubah_oleh = excluded.diubah_oleh`);
    }
    for (const [id, m] of berubah) {
      await catatAudit(denganDb(ctx, tx), { aksi: 'jadwal_shift.simpan', entitas: 'jadwal_shift', entitasId: id, pegawaiId: id,
        sesudah: { unitId: unit.id, bulan: f.bulan, jadwal: [...m.values()].map((i) =>
          f.perubahan[i]!
        ).map((x) => ({ tanggal: x.tanggal, shift: x.hapus ? 'rotasi' : x.kodeShift ?? 'libur' })) } });
    }
    return { unitId: unit.id, bulan: f.bulan, disimpan: f.perubahan.length, pegawai: berubah.size };
  });
}
