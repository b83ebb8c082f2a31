import { ATURAN_PRESENSI_BAWAAN, aturanPresensi, type HariLibur } from '@simasn/domain';
import { catatAudit, denganDb, type Konteks } from '@simasn/platform';
import { daftarVersiLibur, tulisVersiLibur } from './versi-libur.ts';

/**
 * Installs a year's list as its first version when the year has none (`sumber` bawaan): the
 * demo's and a new installation's starting point. The Ramadan range comes from the default rule
 * set when it has one in that year. Does nothing when the year already has a list.
 */
export async function pasangLiburBawaan(ctx: Konteks, tahun: number, hari: readonly HariLibur[], keterangan: string,
  ramadan?: { dari: string, sampai: string }): Promise<{ versi: number } | null>
{
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    if ((await daftarVersiLibur(tx, ctx.instansiId, tahun)).length) return null;
    const a = aturanPresensi(ATURAN_PRESENSI_BAWAAN);
    const r = ramadan ?? (a.ok ? a.nilai.ramadan.find((x) => x.dari.startsWith(`${tahun}-`)) : undefined);
    const v = await tulisVersiLibur(c, { tahun, sumber: 'bawaan', keterangan, ramadan: r ? { dari: r.dari, sampai: r.sampai } : null, hari });
    await catatAudit(c, { aksi: 'libur.impor', entitas: 'daftar_libur', entitasId: v.id, keterangan, sesudah: { tahun, versi: v.versi, jumlahHari: hari.length } });
    return { versi: v.versi };
  });
}
