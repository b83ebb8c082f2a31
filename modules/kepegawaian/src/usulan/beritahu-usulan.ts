import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso } from '@simasn/domain';
import { HAK_AKSES, type Konteks, type Peran } from '@simasn/platform';
import { akunBerperan, akunPegawai, beriNotifikasi } from '@simasn/platform/notifikasi';
import { labelJenisUsulan, uraiJenisUsulan } from './jenis-usulan.ts';

/**
 * Notifications of a SIMAK change proposal, written in the caller's transaction (a rolled-back
 * decision tells no one): when a proposal arrives, the verifiers whose reach covers the employee;
 * when it is decided, the employee. The text names the kind of change, the employee's name (the
 * verifier may read it) and dates as "17 Mei 2022"; never the values proposed (a NIK, an address):
 * the recipient opens the link to read them under their own access rules. The actor is never told
 * of their own action.
 */

/** The roles that verify proposals, from the permission catalogue (one place decides). */
const PERAN_VERIFIKATOR = Object.keys(HAK_AKSES['usulan:verifikasi']) as Peran[];

const label = (jenis: string) => {
  const j = uraiJenisUsulan(jenis);
  return j ? labelJenisUsulan(j) : 'Perubahan data';
};

const tanggal = (ctx: Konteks, waktu: Date | string) => formatTanggal(hariIniIso(new Date(waktu), ctx.zona));

const pelaku = (ctx: Konteks) => (ctx.pemanggil && !ctx.pemanggil.sistem ? ctx.pemanggil.akunId : null);

/** A new proposal: the verifiers are told it waits for them. */
export async function beritahuUsulanMasuk(ctx: Konteks, u: { id: number, pegawaiId: number, jenis: string }) {
  const p = await ctx.db.one<{ nama: string }>(sql`select nama from pegawai where instansi_id = ${ctx.instansiId} and id = ${u.pegawaiId}`);
  const penerima = (await akunBerperan(ctx, PERAN_VERIFIKATOR, 'usulan:verifikasi', u.pegawaiId)).filter((a) => a !== pelaku(ctx));
  if (!penerima.length) return;
  await beriNotifikasi(ctx, penerima, { judul: `Usulan perubahan data baru: ${p.nama}`,
    isi: `${label(u.jenis)} diajukan oleh ${p.nama} pada ${tanggal(ctx, ctx.sekarang())} dan menunggu verifikasi Anda.`, tautan: `/verifikasi/${u.id}` });
}

/** A decision: the employee is told, with the verifier's note or reason. */
export async function beritahuUsulanDiputus(ctx: Konteks,
  u: { id: number, pegawaiId: number, jenis: string, diajukanPada: Date | string, status: 'disetujui' | 'ditolak', catatan: string | null })
{
  const penerima = (await akunPegawai(ctx, u.pegawaiId)).filter((a) => a !== pelaku(ctx));
  if (!penerima.length) return;
  const keputusan = u.status === 'disetujui' ? 'disetujui' : 'ditolak';
  const akibat = u.status === 'disetujui' ? ' Data Anda sudah diperbarui.' : '';
  const catatan = u.catatan ? ` ${u.status === 'ditolak' ? 'Alasan' : 'Catatan verifikator'}: ${u.catatan}` : '';
  await beriNotifikasi(ctx, penerima, { judul: `Usulan perubahan data ${keputusan}`,
    isi: `${label(u.jenis)} yang Anda ajukan pada ${tanggal(ctx, u.diajukanPada)} ${keputusan} pada ${tanggal(ctx, ctx.sekarang())}.${akibat}${catatan}`,
    tautan: `/usulan-saya/${u.id}` });
}
