import { sql } from '@simasn/db';
import { formatWaktuSetempat } from '@simasn/domain';
import { catatAudit, denganDb, konflik, lingkup, syaratLingkup, terlarang, tidakDitemukan, uraikan, wajibMasuk, type z, type Konteks } from '@simasn/platform';
import type { PegawaiInti } from '../pegawai/pegawai-dalam-lingkup.ts';
import { bukaDataUsulan } from '../pegawai/data-pribadi.ts';
import { tulisIdentitas } from '../pegawai/ubah-pegawai.ts';
import { perbaruiRiwayat, sisipRiwayat, ambilBarisRiwayat } from '../riwayat/tulis-riwayat.ts';
import { uraiJenisUsulan } from './jenis-usulan.ts';
import { skemaSetujui, skemaTolak } from './usulan.types.ts';
import { beritahuUsulanDiputus } from './beritahu-usulan.ts';

export { skemaSetujui, skemaTolak };

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A claimed proposal (u.*) with the pegawai it changes. */
interface UsulanDiklaim {
  pegawai_id: number;
  jenis: string;
  riwayat_id: number | null;
  /** jsonb: parsed by PostgreSQL drivers, text from some. */
  data_baru: unknown;
  berkas_id: number | null;
  diajukan_oleh: number;
  diajukan_pada: Date | string;
  nip: string;
  nama: string;
  jalur_unit: string | null;
  status_kepegawaian: PegawaiInti['statusKepegawaian'];
  versi_pegawai: number;
}

/**
 * Claims a pending proposal for a decision. The status check is in the UPDATE itself, so of two
 * verifiers acting at once exactly one gets the row; the other gets a conflict that says who
 * decided and when.
 */
async function klaim(ctx: Konteks, id: number, status: 'disetujui' | 'ditolak', catatan: string | null) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'usulan:verifikasi');
  const u = await ctx.db.maybeOne<UsulanDiklaim>(sql`
    update usulan_perubahan u set status = ${status}, diputus_oleh = ${p.sistem ? null : p.akunId},
           diputus_pada = ${ctx.sekarang()}, catatan_verifikator = ${catatan}
      from pegawai p
     where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and u.status = 'diajukan'
       and p.instansi_id = u.instansi_id and p.id = u.pegawai_id and ${syaratLingkup(l)}
    returning u.*, p.nip, p.nama, p.jalur_unit, p.status_kepegawaian, p.versi as versi_pegawai`);
  if (u) {
    if (!p.sistem && u.diajukan_oleh === p.akunId) throw terlarang('Verifikator tidak boleh memutus usulannya sendiri.');
    return u;
  }
  const ada = await ctx.db.maybeOne<{ status: string, diputus_pada: Date | null, pemutus: string | null }>(sql`
    select u.status, u.diputus_pada, a.nama_tampilan as pemutus
      from usulan_perubahan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
      left join akun a on a.instansi_id = u.instansi_id and a.id = u.diputus_oleh
     where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and ${syaratLingkup(l)}`);
  if (!ada) throw tidakDitemukan('Usulan tidak ditemukan.');
  throw konflik(
    `Usulan ini sudah ${ada.status}${ada.pemutus ? ` oleh ${ada.pemutus}` : ''}${ada.diputus_pada ? ` pada ${formatWaktuSetempat(new Date(ada.diputus_pada), ctx.zona)}` : ''}.`,
    { status: ada.status },
  );
}

/**
 * Approves a proposal and applies it in one transaction: the decision, the change to the
 * record (identity or riwayat, with the derived current state), the document moved onto the
 * riwayat entry, and the audit entries. If any part fails, none of it happened.
 */
export async function setujuiUsulan(ctx: Konteks, id: number, masukan: z.input<typeof skemaSetujui> = {}) {
  const { catatan } = uraikan(skemaSetujui, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await klaim(c, id, 'disetujui', catatan ?? null);
    const jenis = uraiJenisUsulan(u.jenis)!;
    const data = bukaDataUsulan('data_baru', json<Record<string, unknown>>(u.data_baru))!;
    const pegawai: PegawaiInti = { id: u.pegawai_id, nip: u.nip, nama: u.nama, jalurUnit: u.jalur_unit, statusKepegawaian: u.status_kepegawaian, versi: u.versi_pegawai };
    let riwayatId: number | null = u.riwayat_id;
    if (jenis.macam === 'identitas') {
      await tulisIdentitas(c, pegawai.id, data, pegawai.versi, 'pegawai.ubah_dari_usulan');
    } else if (jenis.macam === 'tambah') {
      riwayatId = (await sisipRiwayat(c, pegawai, jenis.riwayat, data, 'usulan')).id;
    } else {
      const entri = u.riwayat_id!; // a proposal to change an entry always names it (ajukanUsulan)
      const kini = await ambilBarisRiwayat(tx, ctx.instansiId, pegawai.id, jenis.riwayat, entri);
      await perbaruiRiwayat(c, pegawai, jenis.riwayat, entri, data, kini.versi, 'usulan');
    }
    if (jenis.macam !== 'identitas' && u.berkas_id) {
      await tx.run(sql`update berkas set riwayat_jenis = ${jenis.riwayat}, riwayat_id = ${riwayatId}
                        where instansi_id = ${ctx.instansiId} and id = ${u.berkas_id}`);
    }
    await catatAudit(c, { aksi: 'usulan.setujui', entitas: 'usulan_perubahan', entitasId: id, pegawaiId: pegawai.id, sebelum: { status: 'diajukan' },
      sesudah: { status: 'disetujui', catatan: catatan ?? null } });
    await beritahuUsulanDiputus(c, { id, pegawaiId: pegawai.id, jenis: u.jenis, diajukanPada: u.diajukan_pada, status: 'disetujui', catatan: catatan ?? null });
    return { id, status: 'disetujui' as const };
  });
}

export async function tolakUsulan(ctx: Konteks, id: number, masukan: z.input<typeof skemaTolak>) {
  const { alasan } = uraikan(skemaTolak, masukan);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await klaim(c, id, 'ditolak', alasan);
    await catatAudit(c, { aksi: 'usulan.tolak', entitas: 'usulan_perubahan', entitasId: id, pegawaiId: u.pegawai_id, sebelum: { status: 'diajukan' },
      sesudah: { status: 'ditolak', alasan } });
    await beritahuUsulanDiputus(c, { id, pegawaiId: u.pegawai_id, jenis: u.jenis, diajukanPada: u.diajukan_pada, status: 'ditolak', catatan: alasan });
    return { id, status: 'ditolak' as const };
  });
}

/** The ASN withdraws their own pending proposal. */
export async function batalkanUsulan(ctx: Konteks, id: number) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'usulan:ajukan');
  return ctx.db.transaction(async (tx) => {
    const u = await tx.maybeOne<{ pegawai_id: number }>(sql`
      update usulan_perubahan u set status = 'dibatalkan', diputus_oleh = ${p.akunId}, diputus_pada = ${ctx.sekarang()}
        from pegawai p
       where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and u.status = 'diajukan'
         and p.instansi_id = u.instansi_id and p.id = u.pegawai_id and ${syaratLingkup(l)}
      returning u.pegawai_id`);
    if (!u) {
      const ada = await tx.maybeOne<{ status: string }>(sql`
        select u.status from usulan_perubahan u join pegawai p on p.instansi_id = u.instansi_id and p.id = u.pegawai_id
         where u.instansi_id = ${ctx.instansiId} and u.id = ${id} and ${syaratLingkup(l)}`);
      if (!ada) throw tidakDitemukan('Usulan tidak ditemukan.');
      throw konflik(`Usulan ini sudah ${ada.status} dan tidak dapat dibatalkan.`);
    }
    await catatAudit(denganDb(ctx, tx), { aksi: 'usulan.batalkan', entitas: 'usulan_perubahan', entitasId: id, pegawaiId: u.pegawai_id, sebelum: { status: 'diajukan' },
      sesudah: { status: 'dibatalkan' } });
    return { id, status: 'dibatalkan' as const };
  });
}
