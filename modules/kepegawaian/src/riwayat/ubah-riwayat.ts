import { denganDb, uraikan, z, type Konteks } from '@simasn/platform';
import { pegawaiDalamLingkup } from '../pegawai/pegawai-dalam-lingkup.ts';
import { SKEMA_RIWAYAT, type JenisRiwayat } from './jenis-riwayat.ts';
import { unitDalamJangkauan } from './tambah-riwayat.ts';
import { perbaruiRiwayat } from './tulis-riwayat.ts';

const skemaVersi = z.object({ versi: z.coerce.number().int().min(1, 'versi data wajib disertakan') });

export async function ubahRiwayat(ctx: Konteks, nip: string, jenis: JenisRiwayat, id: number, masukan: unknown) {
  const { versi } = uraikan(skemaVersi, masukan);
  const data = uraikan(SKEMA_RIWAYAT[jenis], masukan) as Record<string, unknown>;
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pegawai = await pegawaiDalamLingkup(c, nip, 'pegawai:ubah');
    if (jenis === 'jabatan') await unitDalamJangkauan(c, Number(data.unitId));
    return perbaruiRiwayat(c, pegawai, jenis, id, data, versi, 'manual');
  });
}
