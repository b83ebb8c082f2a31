import { join, raw, sql } from '@simasn/db';
import { catatAudit, denganDb, konflik, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { unitDalamJangkauan } from '../riwayat/tambah-riwayat.ts';
import { sisipRiwayat } from '../riwayat/tulis-riwayat.ts';
import { sandikanBaris } from './data-pribadi.ts';
import { KOLOM_IDENTITAS, periksaSesuaiNip } from './identitas.ts';
import { skemaTambahPegawai } from './pegawai.types.ts';
import type { PegawaiInti } from './pegawai-dalam-lingkup.ts';

export { skemaTambahPegawai };

/** Registers a new employee with their first jabatan (and golongan, when known). */
export async function tambahPegawai(ctx: Konteks, masukan: unknown): Promise<{ nip: string }> {
  const { nip, penempatan, pangkat, ...identitas } = uraikan(skemaTambahPegawai, masukan);
  const masalah = periksaSesuaiNip(nip, identitas);
  if (masalah.length) throw tidakValid('Data tidak sesuai NIP.', masalah);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    await unitDalamJangkauan(c, penempatan.unitId as number);
    const ada = await tx.maybeOne(sql`select 1 from pegawai where instansi_id = ${ctx.instansiId} and nip = ${nip}`);
    if (ada) throw konflik(`NIP ${nip} sudah terdaftar.`);
    const kolom = Object.entries(
      sandikanBaris('pegawai', Object.fromEntries(Object.entries(KOLOM_IDENTITAS).map(([f, k]) => [k, (identitas as Record<string, unknown>)[f] ?? null]))),
    );
    const p = await tx.one<{ id: number }>(sql`
      insert into pegawai (instansi_id, nip, ${raw(kolom.map(([k]) => k).join(', '))})
      values (${ctx.instansiId}, ${nip}, ${join(kolom.map(([, v]) => sql`${v}`))})
      returning id`);
    const inti: PegawaiInti = { id: p.id, nip, nama: identitas.nama, jalurUnit: null, statusKepegawaian: identitas.statusKepegawaian, versi: 1 };
    await catatAudit(c, { aksi: 'pegawai.tambah', entitas: 'pegawai', entitasId: nip, pegawaiId: p.id, sesudah: identitas });
    await sisipRiwayat(c, inti, 'jabatan', penempatan, 'manual');
    if (pangkat) await sisipRiwayat(c, inti, 'pangkat', pangkat, 'manual');
    return { nip };
  });
}
