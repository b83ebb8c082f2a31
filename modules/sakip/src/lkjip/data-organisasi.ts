import { sql } from '@simasn/db';
import { ESELON, KODE_PENDIDIKAN, pangkatDari } from '@simasn/domain';
import { statistikPegawai } from '@simasn/kepegawaian';
import { pemanggilSistem, type Konteks } from '@simasn/platform';
import type { BarisPersonil, LaporanLkjip, SaranaPrasarana } from './model.ts';

/**
 * Bab I from the records: the unit tree, the workforce by jabatan / golongan / pendidikan (the
 * kepegawaian statistics, aggregates only), the sarana prasarana users entered. The caller's
 * reach on the unit was settled by the SAKIP reads; the head count is an aggregate of that unit,
 * so it is read with the system's reach (an admin OPD without dashboard rights still gets Bab I).
 */

export async function instansiLaporan(ctx: Konteks): Promise<LaporanLkjip['instansi']> {
  const r = await ctx.db.one<{ nama: string, ibu_kota: string | null }>(sql`select nama, ibu_kota from instansi where instansi_id = ${ctx.instansiId}`);
  return { nama: r.nama, ibuKota: r.ibu_kota };
}

export async function strukturUnit(ctx: Konteks, unitId: number): Promise<LaporanLkjip['struktur']> {
  const b = await ctx.db.many<{ nama: string, jalur: string }>(sql`
    select u.nama, u.jalur from unit_organisasi u
     where u.instansi_id = ${ctx.instansiId} and u.aktif
       and u.jalur like (select jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and id = ${unitId}) || '%'
     order by u.jalur`);
  const dasar = b[0] ? b[0].jalur.split('/').length : 0;
  return b.map((u) => ({ nama: u.nama, tingkat: u.jalur.split('/').length - dasar }));
}

const PENDIDIKAN_LAPORAN: [string, string[]][] = [
  ['S3', ['S3']],
  ['S2', ['S2']],
  ['S1/D4', ['S1', 'D4']],
  ['D3', ['D3']],
  ['D1/D2', ['D1', 'D2']],
  ['SMA/SMK', ['SMA']],
  ['SMP', ['SMP']],
  ['SD', ['SD']],
];

/**
 * The order a personnel table reads in: eselon from the highest (I.a) down, then structural posts
 * without an eselon, fungsional, pelaksana, and those without a jabatan; never by head count.
 */
const URUTAN_JABATAN = [...ESELON.map((e) => `Eselon ${e}`), 'Struktural', 'Fungsional', 'Pelaksana', 'Belum ada jabatan'];
export function urutkanJabatan(baris: BarisPersonil[]): BarisPersonil[] {
  const i = (x: BarisPersonil) => {
    const k = URUTAN_JABATAN.indexOf(x.label);
    return k < 0 ? URUTAN_JABATAN.length : k;
  };
  return [...baris].sort((a, b) => i(a) - i(b) || a.label.localeCompare(b.label, 'id'));
}

export async function personilUnit(ctx: Konteks, unitId: number): Promise<LaporanLkjip['personil']> {
  const s = await statistikPegawai({ ...ctx, pemanggil: pemanggilSistem(ctx.instansiId, 'lkjip') }, { unitId });
  const ke = (b: { kunci: string, l: number, p: number }): BarisPersonil => ({ label: b.kunci, l: b.l, p: b.p });
  const pendidikan = PENDIDIKAN_LAPORAN.map(([label, kode]) => {
    const b = s.pendidikan.filter((x) => kode.includes(x.kunci));
    return { label, l: b.reduce((a, x) => a + x.l, 0), p: b.reduce((a, x) => a + x.p, 0) };
  });
  const lain = s.pendidikan.filter((x) => !(KODE_PENDIDIKAN as readonly string[]).includes(x.kunci) && x.jumlah > 0);
  if (lain.length) pendidikan.push({ label: 'Tidak tercatat', l: lain.reduce((a, x) => a + x.l, 0), p: lain.reduce((a, x) => a + x.p, 0) });
  return { jabatan: urutkanJabatan(s.jabatan.map(ke).filter((b) => b.l + b.p > 0)),
    golongan: s.golongan.filter((g) => g.jumlah > 0).map((g) => ke({ ...g, kunci: pangkatDari(g.kunci) ? `${g.kunci} (${pangkatDari(g.kunci)})` : g.kunci })), pendidikan };
}

/** The list of the year, or the latest earlier one (assets carry over until someone updates them). */
export async function saranaUnit(ctx: Konteks, unitId: number, tahun: number): Promise<SaranaPrasarana[]> {
  const r = await ctx.db.maybeOne<{ baris: SaranaPrasarana[] }>(sql`
    select baris from sarana_prasarana where instansi_id = ${ctx.instansiId} and unit_id = ${unitId} and tahun <= ${tahun}
     order by tahun desc limit 1`);
  return r?.baris ?? [];
}

/** Pangkat of the head (the PK's pihak pertama) for the signature block. */
export async function pangkatPegawai(ctx: Konteks, pegawaiId: number | null): Promise<string | null> {
  if (!pegawaiId) return null;
  const r = await ctx.db.maybeOne<{ golongan_akhir: string | null }>(sql`
    select golongan_akhir from pegawai where instansi_id = ${ctx.instansiId} and id = ${pegawaiId}`);
  const g = r?.golongan_akhir;
  return g ? `${pangkatDari(g) ?? ''} (${g})`.trim() : null;
}
