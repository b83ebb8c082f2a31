import { denganDb, type Konteks } from '@simasn/platform';
import { pegawaiDalamLingkup } from '../pegawai/pegawai-dalam-lingkup.ts';
import type { JenisRiwayat } from './jenis-riwayat.ts';
import { buangRiwayat } from './tulis-riwayat.ts';

export async function hapusRiwayat(ctx: Konteks, nip: string, jenis: JenisRiwayat, id: number, versi: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pegawai = await pegawaiDalamLingkup(c, nip, 'pegawai:ubah');
    await buangRiwayat(c, pegawai, jenis, id, versi);
  });
}
