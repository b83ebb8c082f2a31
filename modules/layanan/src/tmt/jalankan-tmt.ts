import { sql } from '@simasn/db';
import { hariIniIso } from '@simasn/domain';
import { wajibMasuk, type Konteks } from '@simasn/platform';
import { prosesUsulanLayanan } from '@simasn/platform/alur';
import { LAYANAN_KENAIKAN_PANGKAT } from '../kenaikan-pangkat/layanan-kp.ts';
import { LAYANAN_PENSIUN } from '../pensiun/layanan-pensiun.ts';
import type { HasilJalankanTmt } from '../kenaikan-pangkat/kenaikan-pangkat.types.ts';

/** Requests whose TMT step is due today: `[jenis, step, the data field holding the TMT]` (step codes typed by the definitions). */
const TMT: readonly [string, string, string][] = [
  [LAYANAN_KENAIKAN_PANGKAT.jenis, LAYANAN_KENAIKAN_PANGKAT.kode.penetapan, 'tmt'],
  [LAYANAN_PENSIUN.jenis, LAYANAN_PENSIUN.kode.tmt, 'tmtPensiun'],
];

export type { HasilJalankanTmt } from '../kenaikan-pangkat/kenaikan-pangkat.types.ts';

/**
 * The daily job: every request waiting at its TMT step whose TMT has come is completed (the KP's
 * new riwayat golongan, the pension's kedudukan). Each request in its own transaction, so one
 * failure does not hold back the others; it is reported and retried the next day. Runs as the
 * caller (the system for the CLI and the server's timer; BKD through the API).
 */
export async function jalankanTmtLayanan(ctx: Konteks): Promise<HasilJalankanTmt> {
  wajibMasuk(ctx);
  const tanggal = hariIniIso(ctx.sekarang(), ctx.zona);
  const hasil: HasilJalankanTmt = { tanggal, diproses: [], gagal: [] };
  for (const [jenis, langkah, kolom] of TMT) {
    const due = await ctx.db.many<{ id: number, versi: number, nip: string }>(sql`
      select u.id, u.versi, p.nip from usulan_layanan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
       where u.instansi_id = ${ctx.instansiId} and u.jenis = ${jenis} and u.langkah = ${langkah} and u.status = 'diproses'
         and (u.data->>${kolom})::date <= ${tanggal}::date
       order by u.id`);
    for (const u of due) {
      try {
        await prosesUsulanLayanan(ctx, u.id, { aksi: 'setujui', versi: u.versi });
        hasil.diproses.push({ usulanId: u.id, jenis, nip: u.nip });
      } catch (e) {
        hasil.gagal.push({ usulanId: u.id, jenis, pesan: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return hasil;
}
