import { sql } from '@simasn/db';
import { catatAuditBanyak, denganDb, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaPutuskanAktivitas } from './aktivitas.types.ts';
import { syaratBolehPutuskan } from './wewenang.ts';
import { denganPengganti, labelPengganti, penggantiUntuk } from '@simasn/cuti';

export { skemaPutuskanAktivitas } from './aktivitas.types.ts';

/**
 * The atasan approves or rejects (with a reason) many submitted activities at once. One
 * conditional update decides those still submitted and within the caller's authority; of two
 * atasan deciding the same activity at once, one wins and the other's answer lists it as already
 * decided. Returns how many were decided and why the others were skipped.
 */
export async function putuskanAktivitas(asal: Konteks, masukan: unknown) {
  const f = uraikan(skemaPutuskanAktivitas, masukan, 'Keputusan belum benar.');
  const { ctx, pengganti } = await denganPengganti(asal);
  const p = wajibMasuk(ctx);
  if (!p.peran.some((r) => r.peran === 'atasan')) throw terlarang('Aktivitas harian diputuskan oleh atasan langsung.');
  const { boleh } = syaratBolehPutuskan(ctx);
  const ids = [...new Set(f.ids)];
  const status = f.keputusan === 'setujui' ? 'disetujui' : 'ditolak';
  return ctx.db.transaction(async (tx) => {
    const rows = await tx.many<{ id: number, pegawaiId: number, jalur: string | null }>(sql`
      update aktivitas_harian a set status = ${status}, alasan_tolak = ${f.keputusan === 'tolak' ? f.alasan! : null}, diputuskan_pada = ${ctx.sekarang()},
             diputuskan_oleh = ${p.sistem ? null : p.akunId}, versi = a.versi + 1, diubah_pada = ${ctx.sekarang()}
        from pegawai p
       where p.instansi_id = a.instansi_id and p.id = a.pegawai_id and a.instansi_id = ${ctx.instansiId} and a.id = any(${ids}::bigint[]) and a.status = 'diajukan'
         and ${boleh}
      returning a.id, a.pegawai_id as "pegawaiId", p.jalur_unit as jalur`);
    const diputuskan = new Set(rows.map((r) => r.id));
    const sisa = ids.filter((i) => !diputuskan.has(i));
    const keadaan = sisa.length ?
      await tx.many<{ id: number, status: string }>(sql`select id, status from aktivitas_harian where instansi_id = ${ctx.instansiId} and id = any(${sisa}::bigint[])`) :
      [];
    const dilewati = sisa.map((id) => {
      const k = keadaan.find((x) => x.id === id);
      return { id, alasan: k && k.status !== 'diajukan' && k.status !== 'konsep' ? `sudah ${k.status} sebelumnya` : 'tidak menunggu keputusan Anda' };
    });
    await catatAuditBanyak(denganDb(ctx, tx), rows.map((r) => {
      // Decided by a plt / delegate: the entry names the atasan they acted for too.
      const g = penggantiUntuk(ctx, pengganti, r.jalur);
      return { aksi: f.keputusan === 'setujui' ? 'aktivitas.setujui' as const : 'aktivitas.tolak' as const, entitas: 'aktivitas_harian', entitasId: r.id, pegawaiId: r.pegawaiId,
        sebelum: { status: 'diajukan' }, sesudah: g ? { status, sebagai: g.jenis, atasNama: g.atasan, unit: g.unit, pengganti: g.id } : { status },
        keterangan: [g ? `sebagai ${labelPengganti(g)}` : null, f.alasan].filter(Boolean).join('; ') || null };
    }));
    return { diputuskan: rows.length, dilewati };
  });
}
