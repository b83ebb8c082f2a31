import { sql } from '@simasn/db';
import { konflik, terlarang, tidakValid, type Konteks } from '@simasn/platform';
import type { z } from '@simasn/kontrak';
import { pemilikSkp, sudahDiubah, type BarisSkp } from './skp.ts';
import type { skemaIndikatorRhk } from './skp.types.ts';

/** The caller's own draft SKP at the version they saw, or the refusal that says why not. */
export function periksaDrafSendiri(ctx: Konteks, s: BarisSkp, versi: number) {
  if (!pemilikSkp(ctx, s)) throw terlarang('Rencana SKP hanya dapat diubah oleh pegawai pemiliknya.');
  if (s.status !== 'draf') {
    throw konflik(
      s.status === 'diajukan' ?
        'SKP ini sedang menunggu persetujuan pejabat penilai; tunggu keputusannya atau minta dikembalikan.' :
        'SKP ini sudah disepakati; perubahan dilakukan melalui revisi SKP.',
    );
  }
  if (s.versi !== versi) throw sudahDiubah(s.versi, versi);
}

/** The atasan's RHK (by root) an RHK of this SKP may intervene: one of the pejabat penilai's SKP of the same year, else 422. */
export async function periksaRhkAtasan(ctx: Konteks, s: BarisSkp, akarId: number | null | undefined) {
  if (akarId === null || akarId === undefined) return;
  if (s.penilaiPegawaiId === null) {
    throw tidakValid('RHK atasan tidak sesuai.', [{ kolom: 'rhkAtasanAkarId', pesan: 'SKP kepala perangkat daerah diturunkan dari Perjanjian Kinerja, bukan dari RHK atasan' }]);
  }
  const ada = await ctx.db.maybeOne<{ n: number }>(sql`
    select 1 as n from skp_rhk r join skp a on a.instansi_id = r.instansi_id and a.id = r.skp_id
     where r.instansi_id = ${ctx.instansiId} and r.akar_id = ${akarId} and a.pegawai_id = ${s.penilaiPegawaiId} and a.tahun = ${s.tahun} limit 1`);
  if (!ada) throw tidakValid('RHK atasan tidak sesuai.', [{ kolom: 'rhkAtasanAkarId', pesan: 'pilih RHK dari SKP pejabat penilai Anda tahun yang sama' }]);
}

/** Writes the indicators of an RHK (replacing the ones it had). */
export async function tulisIndikator(ctx: Konteks, rhkId: number, indikator: z.output<typeof skemaIndikatorRhk>[]) {
  await ctx.db.run(sql`delete from skp_indikator where instansi_id = ${ctx.instansiId} and rhk_id = ${rhkId}`);
  for (const [urutan, x] of indikator.entries()) {
    const kuant = x.pendekatan === 'kuantitatif';
    await ctx.db.run(sql`
      insert into skp_indikator (instansi_id, rhk_id, aspek, uraian, pendekatan, target_min, target_maks, satuan, target_teks, urutan)
      values (${ctx.instansiId}, ${rhkId}, ${x.aspek}, ${x.uraian}, ${x.pendekatan}, ${kuant ? x.targetMin! : null}, ${kuant ? (x.targetMaks ?? x.targetMin!) : null},
              ${kuant ? x.satuan! : null}, ${kuant ? null : x.targetTeks!}, ${urutan})`);
  }
}

/** Marks the SKP as changed (optimistic version). */
export async function naikkanVersi(ctx: Konteks, s: BarisSkp) {
  const r = await ctx.db.maybeOne(sql`update skp set versi = versi + 1, diubah_pada = ${ctx.sekarang()}
    where instansi_id = ${ctx.instansiId} and id = ${s.id} and versi = ${s.versi} returning versi`);
  if (!r) throw sudahDiubah();
}
