import { sql, type Db } from '@simasn/db';
import { ATURAN_PRESENSI, aturanPresensi, type JadwalHari, type MasukanHari, nilaiHari, type NilaiHari, type TanggalIso } from '@simasn/domain';
import { tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { syaratPegawaiKalender, unitDalamLingkup } from '../lingkup.ts';
import { jadwalKeRespons, rentangBulan } from './jadwal.ts';
import { bacaDataKalender, bacaRiwayatUnit, bacaRoster, hitungKalenderPegawai } from './kalender-pegawai.ts';
import { skemaHitungUlang } from './kalender.types.ts';

export { skemaHitungUlang };

/**
 * Where the stored day inputs (status, check-in and check-out times) come from: the presensi
 * module registers its reader here (kalender cannot depend on presensi, which depends on it).
 * Without one, a recomputation needs the inputs in its request or shows the schedules only.
 */
export type SumberMasukanHari = (db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso,
  sampai: TanggalIso) => Promise<Map<number, Map<TanggalIso, MasukanHari>>>;
let sumberTersimpan: SumberMasukanHari | null = null;
/** Sets the source; returns the one it replaces (a test puts it back). */
export function aturSumberMasukanHari(sumber: SumberMasukanHari | null): SumberMasukanHari | null {
  const sebelumnya = sumberTersimpan;
  sumberTersimpan = sumber;
  return sebelumnya;
}

const MAKS_PEGAWAI = 500;

const nilaiKeRespons = (n: NilaiHari) => ({ hariKerja: n.hariKerja, status: n.status, kodeMasuk: n.kodeMasuk, terlambatMenit: n.terlambatMenit, kodePulang: n.kodePulang,
  pulangCepatMenit: n.pulangCepatMenit, potonganPersen: n.potonganPersen, keterangan: n.keterangan, versiAturan: n.versiAturan });

const samaJadwal = (a: JadwalHari, b: JadwalHari) => a.hariKerja === b.hariKerja && a.masuk === b.masuk && a.pulang === b.pulang;
const samaNilai = (a: NilaiHari | null, b: NilaiHari | null) =>
  a === b || (!!a && !!b && a.kodeMasuk === b.kodeMasuk && a.kodePulang === b.kodePulang && a.potonganPersen === b.potonganPersen);

/**
 * A month evaluated under another rule version without changing anything stored: for each pegawai
 * (of a unit, or those named in `hari`) and day, the schedule and result under the calendar in
 * force (`Sekarang`) beside those under rule set `aturanId` (`Ulang`), and whether they differ.
 * The day inputs are the request's `hari`, else the stored ones (the registered source), else
 * none (schedules only).
 */
export async function hitungUlang(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaHitungUlang, masukan);
  const a = aturanPresensi(f.aturanId);
  if (!a.ok) throw tidakValid('Aturan presensi tidak dikenal.', [{ kolom: 'aturanId', pesan: a.alasan }]);
  if (!f.unitId && !f.hari?.length) throw tidakValid('Pilih unit atau isi data hari.', [{ kolom: 'unitId', pesan: 'pilih unit kerja yang dihitung ulang' }]);
  const { dari, sampai } = rentangBulan(f.bulan);
  const masalah: { kolom: string, pesan: string }[] = [];
  f.hari?.forEach((h, i) => {
    if (h.tanggal < dari || h.tanggal > sampai) masalah.push({ kolom: `hari.${i}.tanggal`, pesan: `tanggal di luar bulan ${f.bulan}` });
  });
  if (masalah.length) throw tidakValid('Data hari belum benar.', masalah);
  const unit = f.unitId ? await unitDalamLingkup(ctx, f.unitId, 'kalender:baca') : null;
  const nip = f.hari ? [...new Set(f.hari.map((h) => h.nip))] : null;
  const pegawai = await ctx.db.many<{ id: number, nip: string, nama: string, jalur_unit: string | null }>(sql`
    select id, nip, nama, jalur_unit from pegawai p
     where instansi_id = ${ctx.instansiId} and ${syaratPegawaiKalender(ctx, 'kalender:baca')}
       and ${nip ? sql`nip = any(${nip})` : sql`jalur_unit like ${`${unit!.jalur}%`} and kedudukan = 'aktif'`}
     order by nama, id limit ${MAKS_PEGAWAI + 1}`);
  if (nip) {
    const ada = new Set(pegawai.map((p) => p.nip));
    f.hari!.forEach((h, i) => {
      if (!ada.has(h.nip)) masalah.push({ kolom: `hari.${i}.nip`, pesan: `NIP ${h.nip} tidak ditemukan atau di luar kewenangan Anda` });
    });
    if (masalah.length) throw tidakValid('Data hari belum benar.', masalah);
  }
  if (pegawai.length > MAKS_PEGAWAI) {
    throw tidakValid('Terlalu banyak pegawai sekaligus.', [{ kolom: 'unitId', pesan: `paling banyak ${MAKS_PEGAWAI} pegawai; pilih unit yang lebih kecil` }]);
  }
  const ids = pegawai.map((p) => p.id);
  const [data, roster, riwayat] = [
    await bacaDataKalender(ctx.db, ctx.instansiId, dari, sampai),
    await bacaRoster(ctx.db, ctx.instansiId, ids, dari, sampai),
    await bacaRiwayatUnit(ctx.db, ctx.instansiId, ids, dari, sampai),
  ];
  const orang = pegawai.map((p) => ({ id: p.id, jalurUnit: p.jalur_unit, riwayatUnit: riwayat.get(p.id) }));
  const sekarang = hitungKalenderPegawai(data, orang, dari, sampai, roster);
  const ulang = hitungKalenderPegawai(data, orang, dari, sampai, roster, a.nilai);
  let sumber: 'masukan' | 'tersimpan' | 'jadwal' = 'jadwal';
  let masukanHari = new Map<number, Map<TanggalIso, MasukanHari>>();
  if (f.hari) {
    sumber = 'masukan';
    const idNip = new Map(pegawai.map((p) => [p.nip, p.id]));
    for (const h of f.hari) {
      const id = idNip.get(h.nip)!;
      let m = masukanHari.get(id);
      if (!m) {
        m = new Map();
        masukanHari.set(id, m);
      }
      m.set(h.tanggal, { status: h.status, jamMasuk: h.jamMasuk, jamPulang: h.jamPulang });
    }
  } else if (sumberTersimpan) {
    sumber = 'tersimpan';
    masukanHari = await sumberTersimpan(ctx.db, ctx.instansiId, ids, dari, sampai);
  }
  const nilai = (j: JadwalHari, m: MasukanHari | undefined) => (m ? nilaiHari(ATURAN_PRESENSI[j.versiAturan]!, j, m) : null);
  return { aturanId: a.nilai.id, bulan: f.bulan, sumber, pegawai: pegawai.map((p) => {
    const js = sekarang.get(p.id)!;
    const ju = ulang.get(p.id)!;
    const m = masukanHari.get(p.id);
    let potonganSekarang = 0;
    let potonganUlang = 0;
    let hariBerubah = 0;
    const hari = js.map((j, i) => {
      const u = ju[i]!;
      const ns = nilai(j, m?.get(j.tanggal));
      const nu = nilai(u, m?.get(j.tanggal));
      potonganSekarang += ns?.potonganPersen ?? 0;
      potonganUlang += nu?.potonganPersen ?? 0;
      const berubah = !samaJadwal(j, u) || !samaNilai(ns, nu);
      if (berubah) hariBerubah++;
      return { tanggal: j.tanggal, jadwalSekarang: jadwalKeRespons(j), jadwalUlang: jadwalKeRespons(u), nilaiSekarang: ns && nilaiKeRespons(ns),
        nilaiUlang: nu && nilaiKeRespons(nu), berubah };
    });
    const bulat = (x: number) => Math.round(x * 100) / 100;
    return { pegawaiId: p.id, nip: p.nip, nama: p.nama, hari,
      ringkas: { potonganSekarang: Math.min(100, bulat(potonganSekarang)), potonganUlang: Math.min(100, bulat(potonganUlang)), hariBerubah } };
  }) };
}
