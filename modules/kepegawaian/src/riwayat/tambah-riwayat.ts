import { sql } from '@simasn/db';
import { denganDb, lingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { pegawaiDalamLingkup } from '../pegawai/pegawai-dalam-lingkup.ts';
import { SKEMA_RIWAYAT, type JenisRiwayat } from './jenis-riwayat.ts';
import { sisipRiwayat } from './tulis-riwayat.ts';

/**
 * An admin (OPD within their perangkat daerah, BKD everywhere) adds a riwayat entry. A jabatan
 * may only place the employee in a unit the admin reaches: moving staff between perangkat
 * daerah is the BKD's decision.
 */
export async function tambahRiwayat(ctx: Konteks, nip: string, jenis: JenisRiwayat, masukan: unknown) {
  const data = uraikan(SKEMA_RIWAYAT[jenis], masukan) as Record<string, unknown>;
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const pegawai = await pegawaiDalamLingkup(c, nip, 'pegawai:ubah');
    if (jenis === 'jabatan') await unitDalamJangkauan(c, Number(data.unitId));
    return sisipRiwayat(c, pegawai, jenis, data, 'manual');
  });
}

export async function unitDalamJangkauan(ctx: Konteks, unitId: number): Promise<void> {
  const l = lingkup(ctx, 'pegawai:ubah');
  const u = await ctx.db.maybeOne<{ jalur: string }>(sql`select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${unitId}`);
  if (!u) throw tidakValid('Unit tidak ditemukan.', [{ kolom: 'unitId', pesan: `unit #${unitId} tidak ada` }]);
  if (!l.semua && !l.jalur.some((j) => u.jalur.startsWith(j))) {
    throw tidakValid('Unit di luar kewenangan Anda.', [{ kolom: 'unitId', pesan: 'perpindahan antar perangkat daerah dilakukan oleh BKD' }]);
  }
}
