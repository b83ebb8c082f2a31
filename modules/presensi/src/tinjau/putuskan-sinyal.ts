import { sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, lingkup, syaratLingkup, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaPutuskanSinyal } from './tinjau.types.ts';

export { skemaPutuskanSinyal };

/**
 * A person decides on a signal: valid (no violation) or pelanggaran with a note. The decision is
 * recorded and audited; nothing is deducted here (the rekap and the discipline process read it).
 * A decided signal may be decided again (a correction), with its versi.
 */
export async function putuskanSinyal(ctx: Konteks, id: number, masukan: unknown) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:kelola');
  const f = uraikan(skemaPutuskanSinyal, masukan, 'Keputusan belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await tx.maybeOne<{ id: number, pegawai_id: number, status: string, versi: number, jenis: string }>(sql`
      select s.id, s.pegawai_id, s.status, s.versi, s.jenis from sinyal_presensi s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
       where s.instansi_id = ${ctx.instansiId} and s.id = ${id} and ${syaratLingkup(l, 'p')}`);
    if (!s) throw tidakDitemukan('Sinyal presensi tidak ditemukan.');
    if (s.versi !== f.versi) throw konflik('Sinyal ini sudah diputuskan orang lain. Muat ulang halaman.');
    const n = await tx.run(sql`update sinyal_presensi set status = ${f.keputusan}, catatan = ${f.catatan ?? null}, diputuskan_pada = ${ctx.sekarang()},
                                 diputuskan_oleh = ${p.sistem ? null : p.akunId}, versi = versi + 1
                                where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi}`);
    if (!n) throw konflik('Sinyal ini sudah diputuskan orang lain. Muat ulang halaman.');
    await catatAudit(c, { aksi: 'presensi.sinyal_putuskan', entitas: 'sinyal_presensi', entitasId: id, pegawaiId: Number(s.pegawai_id), sebelum: { status: s.status },
      sesudah: { status: f.keputusan, jenis: s.jenis }, keterangan: f.catatan ?? null });
    return { ok: true as const, versi: s.versi + 1 };
  });
}
