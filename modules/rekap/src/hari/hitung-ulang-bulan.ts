import { sql, type Db } from '@simasn/db';
import { type MasukanHari, type TanggalIso, tambahHari } from '@simasn/domain';
import { aturSumberMasukanHari } from '@simasn/kalender';
import { catatAudit, denganDb, lingkup, syaratLingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { skemaHitungUlangBulan } from '../rekap.types.ts';
import { rentangBulanIso } from '../saya/bulan-saya.ts';
import { hitungHari } from './hitung-hari.ts';
import { bacaPegawaiHari, hariTutupTerakhir, simpanHari } from './simpan-hari.ts';

export { skemaHitungUlangBulan };

/**
 * Computes and stores again the closed days of a month (all pegawai in the caller's reach, or a
 * unit's subtree) under the calendar and rule versions in force now: after a rule set's version
 * changed or a calendar was corrected. Audited with the count.
 */
export async function hitungUlangBulan(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaHitungUlangBulan, masukan);
  const l = lingkup(ctx, 'kalender:kelola');
  const tutup = await hariTutupTerakhir(ctx.db, ctx.instansiId);
  const { dari, sampai: akhir } = rentangBulanIso(f.bulan);
  if (!tutup || tutup < dari) throw tidakValid('Bulan ini belum punya hari yang ditutup.', [{ kolom: 'bulan', pesan: 'pilih bulan yang sudah berjalan' }]);
  const sampai: TanggalIso = [tutup, akhir].sort()[0]!;
  const ids = (await ctx.db.many<{ id: number }>(sql`
    select p.id from pegawai p where p.instansi_id = ${ctx.instansiId} and ${syaratLingkup(l, 'p')}
       and ${f.unitId ? sql`p.jalur_unit like (select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${f.unitId}) || '%'` : sql`true`}
       and exists (select 1 from hari_presensi h where h.instansi_id = p.instansi_id and h.pegawai_id = p.id and h.tanggal between ${dari}::date and ${sampai}::date)`)).map((r) =>
    Number(r.id)
  );
  let jumlah = 0;
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < ids.length; i += 5000) {
      const bagian = ids.slice(i, i + 5000);
      const pegawai = await bacaPegawaiHari(tx, ctx.instansiId, bagian);
      const hari = await hitungHari(tx, ctx.instansiId, pegawai, dari, sampai, { zona: ctx.zona });
      await simpanHari(tx, ctx.instansiId, bagian, dari, sampai, hari, ctx.sekarang());
      jumlah += hari.length;
    }
    await catatAudit(denganDb(ctx, tx), { aksi: 'rekap_presensi.hitung_ulang', entitas: 'hari_presensi',
      sesudah: { bulan: f.bulan, unitId: f.unitId ?? null, pegawai: ids.length, hari: jumlah } });
  });
  return { bulan: f.bulan, hari: jumlah, pegawai: ids.length };
}

/**
 * The stored day inputs for kalender's recomputation preview (kalender cannot depend on the
 * rekap): the status and the counted check-in/check-out times of each stored day.
 */
export async function masukanHariTersimpan(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: TanggalIso, sampai: TanggalIso) {
  const baris = await db.many<
    { pegawai_id: number, tanggal: string, status: MasukanHari['status'], jam_masuk: string | null, jam_pulang: string | null, jenis_absen: string | null }
  >(sql`
    select pegawai_id, tanggal::text as tanggal, status, jam_masuk, jam_pulang, jenis_absen from hari_presensi
     where instansi_id = ${instansiId} and pegawai_id = any(${[...pegawaiIds]}::bigint[]) and tanggal between ${dari}::date and ${tambahHari(sampai, 0)}::date`);
  const hasil = new Map<number, Map<TanggalIso, MasukanHari>>();
  for (const b of baris) {
    let m = hasil.get(Number(b.pegawai_id));
    if (!m) {
      m = new Map();
      hasil.set(Number(b.pegawai_id), m);
    }
    m.set(b.tanggal, { status: b.status, jamMasuk: b.jam_masuk, jamPulang: b.jam_pulang, jenisCuti: b.jenis_absen });
  }
  return hasil;
}

/** Registers the stored inputs with kalender's recomputation (the server does this once at start). */
export function pasangSumberMasukanHari(): void {
  aturSumberMasukanHari(masukanHariTersimpan);
}
