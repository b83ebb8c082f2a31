import { sql } from '@simasn/db';
import { bersihkanNip, hariIniIso, tambahHari } from '@simasn/domain';
import { lingkup, syaratLingkup, terlarang, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { skemaAktivitasSaya, skemaAntrianAktivitas } from './aktivitas.types.ts';
import { batasIsi, DARI_AKTIVITAS, KOLOM_AKTIVITAS, tampilAktivitas, type BarisAktivitas } from './baca-aktivitas.ts';
import { syaratBolehPutuskan } from './wewenang.ts';
import { denganPengganti } from '@simasn/cuti';

export { skemaAktivitasSaya, skemaAntrianAktivitas } from './aktivitas.types.ts';

/** The ASN's own activities between two dates (default the last 7 days), newest first. */
export async function aktivitasSaya(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaAktivitasSaya, masukan);
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'aktivitas:baca');
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const sampai = f.sampai ?? hariIni;
  const dari = f.dari ?? tambahHari(sampai, -6);
  const peg = await ctx.db.maybeOne(sql`select 1 from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
  if (!peg) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
  const rows = await ctx.db.many<BarisAktivitas>(sql`select ${KOLOM_AKTIVITAS} ${DARI_AKTIVITAS}
    where a.instansi_id = ${ctx.instansiId} and a.pegawai_id = ${p.pegawaiId ?? 0} and a.tanggal between ${dari}::date and ${sampai}::date
    order by a.tanggal desc, a.jam_mulai desc, a.id desc limit 500`);
  return { dari, sampai, batasIsi: batasIsi(ctx), items: rows.map((r) => tampilAktivitas(ctx, r)) };
}

/**
 * The submitted activities the caller may decide (their team, the nearest present atasan first,
 * escalated ones after the deadline), oldest first, searched by name or NIP, paged.
 */
export async function antrianAktivitas(asal: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaAntrianAktivitas, masukan);
  // A plt or delegate of an away atasan sees that atasan's team too.
  const { ctx } = await denganPengganti(asal);
  if (!wajibMasuk(ctx).peran.some((r) => r.peran === 'atasan')) throw terlarang('Aktivitas harian diputuskan oleh atasan langsung atau penggantinya.');
  const { boleh, dieskalasi } = syaratBolehPutuskan(ctx);
  const syarat = sql`a.instansi_id = ${ctx.instansiId} and a.status = 'diajukan' and ${boleh}
    ${f.q ? sql`and (p.nama ilike ${`%${f.q}%`} or p.nip like ${`${bersihkanNip(f.q)}%`})` : sql``}`;
  const total = (await ctx.db.one<{ n: number }>(sql`select count(*)::int as n ${DARI_AKTIVITAS} where ${syarat}`)).n;
  const rows = await ctx.db.many<BarisAktivitas & { unit: string | null, dieskalasi: boolean }>(sql`select ${KOLOM_AKTIVITAS},
      (select o.nama from unit_organisasi o where o.instansi_id = p.instansi_id and o.id = p.unit_id) as unit, ${dieskalasi} as dieskalasi
    ${DARI_AKTIVITAS} where ${syarat} order by a.tanggal, p.nama, a.jam_mulai, a.id limit ${f.limit} offset ${(f.page - 1) * f.limit}`);
  return { total, page: f.page, limit: f.limit, items: rows.map((r) => ({ ...tampilAktivitas(ctx, r), unit: r.unit, dieskalasi: r.dieskalasi })) };
}
