import { sql } from '@simasn/db';
import { awalHariSetempat, hariIniIso } from '@simasn/domain';
import { jangkauanPeran, type Konteks } from '@simasn/platform';
import { izinLangkah, semuaLayanan } from '../alur/definisi.ts';
import { beriNotifikasiBanyak } from './beri-notifikasi.ts';

export const JUDUL_DIGEST = 'Ringkasan harian layanan';

/**
 * The daily digest for those who act on requests: for every account, the open requests waiting
 * at a step where one of its roles acts, within that role's reach (same rule as the queue), per
 * service, and how many are past their deadline. One notification (and e-mail, when SMTP is
 * configured) per account with something waiting; an account already served today is skipped, so
 * running it twice (timer and CLI) sends once. "Today" is the instansi's local day (`ctx.zona`):
 * the guard compares the notification's instant with the instant that day began there, computed
 * here. (It used to compare with `'YYYY-MM-DD'::date`, which the database turns into midnight of
 * its session's zone: with a UTC session, from 17.00 to 24.00 UTC the WIB day had already
 * begun but "its midnight" lay in the future, and the digest went out twice.)
 */
export async function kirimDigestVerifikator(ctx: Konteks): Promise<{ penerima: number, usulan: number }> {
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const awalHariIni = awalHariSetempat(hariIni, ctx.zona);
  const lp = semuaLayanan().flatMap((d) =>
    d.langkah.flatMap((l) => l.peran.map((peran) => ({ jenis: d.jenis, label: d.label, langkah: l.kode, peran, jangkauan: jangkauanPeran(izinLangkah(d, l.kode), peran) ?? null })))
  ).filter((x) => x.jangkauan);
  const rows = await ctx.db.many<{ akunId: number, label: string, n: number, terlambat: number, id: number[] }>(sql`
    with lp as (select * from jsonb_to_recordset(${JSON.stringify(lp)}::jsonb) as x(jenis text, label text, langkah text, peran text, jangkauan text)),
    menunggu as (
      select distinct a.id as akun_id, lp.label, u.id, u.tenggat
        from usulan_layanan u
        join pegawai t on t.instansi_id = u.instansi_id and t.id = u.pegawai_id
        join lp on lp.jenis = u.jenis and lp.langkah = u.langkah
        join akun_peran ap on ap.instansi_id = u.instansi_id and ap.peran = lp.peran
        join akun a on a.instansi_id = ap.instansi_id and a.id = ap.akun_id and a.aktif
        left join unit_organisasi un on un.instansi_id = ap.instansi_id and un.id = ap.unit_id
        left join pegawai s on s.instansi_id = a.instansi_id and s.id = a.pegawai_id
       where u.instansi_id = ${ctx.instansiId} and u.status in ('diproses', 'dikembalikan')
         and (lp.jangkauan = 'instansi' or (lp.jangkauan = 'opd' and t.jalur_unit like un.jalur || '%')
              or (lp.jangkauan = 'bawahan' and t.jalur_unit like s.jalur_unit || '%') or (lp.jangkauan = 'diri' and a.pegawai_id = t.id))
         and not exists (select 1 from notifikasi n where n.instansi_id = a.instansi_id and n.akun_id = a.id and n.judul like ${`${JUDUL_DIGEST}%`}
                          and n.dibuat_pada >= ${awalHariIni}::timestamptz)
    )
    select akun_id as "akunId", label, count(*)::int as n, count(*) filter (where tenggat < ${hariIni}::date)::int as terlambat, array_agg(id) as id
      from menunggu group by akun_id, label order by akun_id, label`);
  const perAkun = new Map<number, typeof rows>();
  for (const r of rows) perAkun.set(r.akunId, [...(perAkun.get(r.akunId) ?? []), r]);
  const pesan = [...perAkun].map(([akunId, r]) => {
    const total = r.reduce((s, x) => s + x.n, 0);
    const telat = r.reduce((s, x) => s + x.terlambat, 0);
    return { akunId, tautan: '/layanan/antrian', judul: `${JUDUL_DIGEST}: ${total} usulan menunggu${telat ? `, ${telat} melewati tenggat` : ''}`,
      isi: `Usulan yang menunggu tindakan Anda: ${r.map((x) => `${x.label} ${x.n}${x.terlambat ? ` (${x.terlambat} melewati tenggat)` : ''}`).join('; ')}.` };
  });
  await ctx.db.transaction(async (tx) => {
    await beriNotifikasiBanyak({ ...ctx, db: tx }, pesan);
  });
  return { penerima: pesan.length, usulan: new Set(rows.flatMap((x) => x.id.map(Number))).size };
}
