import { sql } from '@simasn/db';
import { bacaAktivitasPegawai } from '@simasn/aktivitas';
import { formatAngka } from '@simasn/domain';
import { catatAudit, denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import type { z } from '@simasn/kontrak';
import { pemilikSkp, skpDalamLingkup, susunSkp, type BarisSkp } from '../skp/skp.ts';
import { skemaTautkanAktivitas, type skemaAktivitasRhk } from './pelaksanaan.types.ts';

export { skemaTautkanAktivitas };

export type AktivitasRhk = z.output<typeof skemaAktivitasRhk>;

/**
 * The daily activities linked to the RHK of an SKP series, per RHK root, read through
 * modules/aktivitas (the caller already reaches the SKP).
 */
export async function aktivitasPerRhk(ctx: Konteks, s: Pick<BarisSkp, 'seriId' | 'pegawaiId'>): Promise<Map<number, AktivitasRhk[]>> {
  const tautan = await ctx.db.many<{ aktivitasId: number, rhkAkarId: number }>(sql`
    select aktivitas_id as "aktivitasId", rhk_akar_id as "rhkAkarId" from skp_aktivitas where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId}`);
  const hasil = new Map<number, AktivitasRhk[]>();
  if (!tautan.length) return hasil;
  const rhk = new Map(tautan.map((t) => [t.aktivitasId, t.rhkAkarId]));
  const rows = await bacaAktivitasPegawai(ctx, s.pegawaiId, { ids: tautan.map((t) => t.aktivitasId) });
  for (const a of [...rows].reverse()) {
    const akar = rhk.get(a.id)!;
    hasil.set(akar, [...(hasil.get(akar) ?? []), { id: a.id, tanggal: a.tanggal, uraian: a.uraian, kuantitas: a.kuantitas, satuan: a.satuan, status: a.status,
      labelStatus: a.labelStatus }]);
  }
  return hasil;
}

/** "3 aktivitas harian disetujui (12 dokumen, 2 surat)" (the approved ones only count), or null when none is approved. */
export function ringkasAktivitas(daftar: readonly AktivitasRhk[], sampai?: string): string | null {
  const setuju = daftar.filter((a) => a.status === 'disetujui' && (!sampai || a.tanggal <= sampai));
  if (!setuju.length) return null;
  const per = new Map<string, number>();
  for (const a of setuju) per.set(a.satuan, (per.get(a.satuan) ?? 0) + a.kuantitas);
  const angka = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : 2);
  return `${setuju.length} aktivitas harian disetujui (${[...per].map(([s, n]) => `${angka(n)} ${s}`).join(', ')})`;
}

/**
 * The ASN links daily activities of the SKP's year to one RHK of their agreed SKP (linking an
 * activity again moves it to the new RHK). Rejected activities are not linked; the approved
 * ones count toward the RHK's realisasi as its evidence.
 */
export async function tautkanAktivitas(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaTautkanAktivitas, masukan, 'Tautan aktivitas belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    if (!pemilikSkp(c, s)) throw terlarang('Aktivitas harian ditautkan oleh pegawai pemilik SKP.');
    if (s.status !== 'disetujui') throw konflik('Aktivitas ditautkan pada SKP yang sudah disepakati dengan pejabat penilai.');
    const rhk = await tx.maybeOne(sql`select 1 from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id} and akar_id = ${f.rhkAkarId}`);
    if (!rhk) throw tidakValid('Tautan aktivitas belum benar.', [{ kolom: 'rhkAkarId', pesan: 'pilih RHK dari SKP ini' }]);
    const ids = [...new Set(f.aktivitasIds)];
    const akt = await bacaAktivitasPegawai(c, s.pegawaiId, { ids });
    const ada = new Map(akt.map((a) => [a.id, a]));
    const salah = ids.filter((id) => !ada.has(id));
    if (salah.length) throw tidakValid('Tautan aktivitas belum benar.', [{ kolom: 'aktivitasIds', pesan: `aktivitas nomor ${salah.join(', ')} bukan aktivitas harian Anda` }]);
    const lainTahun = akt.filter((a) => Number(a.tanggal.slice(0, 4)) !== s.tahun);
    if (lainTahun.length) throw tidakValid('Tautan aktivitas belum benar.', [{ kolom: 'aktivitasIds', pesan: `aktivitas harus pada tahun SKP (${s.tahun})` }]);
    if (akt.some((a) => a.status === 'ditolak')) {
      throw tidakValid('Tautan aktivitas belum benar.', [{ kolom: 'aktivitasIds', pesan: 'aktivitas yang ditolak tidak dapat ditautkan' }]);
    }
    const p = c.pemanggil!;
    await tx.run(sql`insert into skp_aktivitas (instansi_id, aktivitas_id, skp_seri_id, rhk_akar_id, oleh_akun, ditautkan_pada)
      select ${ctx.instansiId}, x, ${s.seriId}, ${f.rhkAkarId}, ${p.sistem ? null : p.akunId}, ${ctx.sekarang()} from unnest(${ids}::bigint[]) x
      on conflict (instansi_id, aktivitas_id) do update set skp_seri_id = excluded.skp_seri_id, rhk_akar_id = excluded.rhk_akar_id, oleh_akun = excluded.oleh_akun,
        ditautkan_pada = excluded.ditautkan_pada`);
    await catatAudit(c, { aksi: 'skp.tautkan_aktivitas', entitas: 'skp_aktivitas', entitasId: s.seriId, pegawaiId: s.pegawaiId, sesudah: { rhk: f.rhkAkarId, aktivitas: ids } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}

/** The ASN removes the link of one activity from their SKP. */
export async function lepasAktivitas(ctx: Konteks, skpId: number, aktivitasId: number) {
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:isi', true);
    if (!pemilikSkp(c, s)) throw terlarang('Tautan aktivitas dilepas oleh pegawai pemilik SKP.');
    const lama = await tx.maybeOne<{ rhkAkarId: number }>(sql`delete from skp_aktivitas
      where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and aktivitas_id = ${aktivitasId} returning rhk_akar_id as "rhkAkarId"`);
    if (!lama) throw tidakValid('Tautan aktivitas belum benar.', [{ kolom: 'aktivitasId', pesan: 'aktivitas ini tidak tertaut pada SKP ini' }]);
    await catatAudit(c, { aksi: 'skp.lepas_aktivitas', entitas: 'skp_aktivitas', entitasId: aktivitasId, pegawaiId: s.pegawaiId, sebelum: { rhk: lama.rhkAkarId } });
    return susunSkp(c, await skpDalamLingkup(c, s.id));
  });
}
